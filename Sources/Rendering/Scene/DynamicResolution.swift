// Holds the frame rate on slow rasterizers by rendering the per-pixel surface at a lower
// resolution (its logits are interpolated, so boundaries stay sharp), and returns to full
// resolution when there is time to spare.

/// Picks the per-pixel surface's resolution scale from measured frame times.
public struct DynamicResolution: Sendable {
    /// Frames per second below which the scale drops, and above which it rises again.
    public var lowFPS: Double = 24
    public var highFPS: Double = 45
    public private(set) var scale: Float = 1
    private var lastChange: Double = 0

    public init() {}

    /// Considers a change at most twice a second; `time` is monotonic seconds.
    /// Returns whether the scale changed.
    public mutating func update(framesPerSecond: Double, time: Double) -> Bool {
        guard framesPerSecond > 0, time - lastChange >= 0.5 else { return false }
        let previous = scale
        if framesPerSecond < lowFPS {
            scale = max(scale * 0.75, 0.25)
        } else if framesPerSecond > highFPS {
            scale = min(scale * 1.25, 1)
        }
        guard scale != previous else { return false }
        lastChange = time
        return true
    }
}
