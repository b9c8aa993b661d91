// Which picture fills the screen: everything at once, or one view full-screen for an
// installation. The interaction layer cycles them (Tab); the screenshot command picks one.

/// The views a frame can show. `all` is the default composition; the others fill the frame.
public enum SceneView: String, CaseIterable, Sendable {
    /// The surface large, with the circuit, the waveforms, the loss curve and the HUD beside it.
    case all
    /// The decision surface and the data alone.
    case surface
    /// The network as a glowing circuit board.
    case circuit
    /// One layer's neurons as stacked waveforms along a path through the plane.
    case waves
    /// The first hidden layer's planes as interfering wave fronts over the whole frame.
    case field

    /// The view after this one, wrapping around.
    public var next: SceneView {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
