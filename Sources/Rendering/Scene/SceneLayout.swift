// Where each part of the picture goes for a framebuffer size and view. The default view puts
// the plot square large and packs the HUD, circuit, waveforms and loss panel into the rest:
// beside it on landscape frames, below it on portrait ones. Other views fill the frame.

/// The rectangles of one frame, in framebuffer pixels (origin bottom left). A part the view
/// does not show has an empty rectangle.
///
/// Sizes given in screen points (margins, point radii, line widths) are multiplied by
/// `uiScale`: the window system's content scale, raised for large framebuffers so a 4K frame
/// looks like a 1280x720 one drawn finer rather than a small picture in a big space.
public struct SceneLayout: Sendable {
    public let size: (width: Int, height: Int)
    public let uiScale: Float
    public let view: SceneView
    /// How much HUD text the layout makes room for: an installation's two caption lines
    /// leave the rest of the HUD's place to the circuit.
    public let hudMode: HUDMode
    /// Where the decision surface and the points are drawn; maps plot space [-1, 1]².
    public internal(set) var plot: PixelRect
    /// Free for the HUD's text: step, epoch, losses, accuracies and rates.
    public internal(set) var hud: PixelRect
    /// The loss panel's frame; the curve is drawn inside `lossPlot`.
    public internal(set) var lossPanel: PixelRect
    /// The curve's area inside `lossPanel`, leaving room for axis labels at its left and
    /// bottom edges.
    public internal(set) var lossPlot: PixelRect
    /// The circuit board's panel.
    public internal(set) var circuit: PixelRect
    /// The waveform panel.
    public internal(set) var waves: PixelRect
    /// The wave-front field (the whole frame in the field view).
    public internal(set) var field: PixelRect
    /// Where an installation's caption goes: the HUD's place in the default view, else the
    /// frame's lower left corner, like a label beside a picture on a wall.
    public internal(set) var caption: PixelRect
    /// How far every rectangle is moved from its place, in pixels (burn-in drift).
    public internal(set) var offset = SIMD2<Int>.zero

    public static func == (a: SceneLayout, b: SceneLayout) -> Bool {
        a.size == b.size && a.uiScale == b.uiScale && a.view == b.view
            && a.hudMode == b.hudMode && a.offset == b.offset
    }

    /// `contentScale` is the window's pixels per screen point (1 offscreen).
    public init(width: Int, height: Int, contentScale: Float = 1, view: SceneView = .all,
                hudMode: HUDMode = .full) {
        size = (width, height)
        self.view = view
        self.hudMode = hudMode
        // The reference layout is 1280x720 points; bigger frames scale up in proportion, and a
        // portrait frame is judged by its shorter side so 1080x1920 reads like 1920x1080.
        let proportional = max(min(Float(width) / 1280, Float(height) / 720),
                               min(Float(width) / 720, Float(height) / 1280))
        uiScale = max(contentScale, proportional, 0.5)

        let margin = Int((16 * uiScale).rounded())
        let whole = PixelRect(x: margin, y: margin, width: width - 2 * margin,
                              height: height - 2 * margin)
        let none = PixelRect(x: 0, y: 0, width: 0, height: 0)
        var parts = (plot: none, hud: none, loss: none, circuit: none, waves: none, field: none)

        switch view {
        case .all:
            let landscape = width >= height
            let side = max(landscape ? min(whole.height, Int(Float(width) * 0.52))
                                     : min(whole.width, Int(Float(height) * 0.5)), 1)
            // The plot hugs the left edge (landscape) or the top edge (portrait).
            let plot = landscape
                ? PixelRect(x: margin, y: (height - side) / 2, width: side, height: side)
                : PixelRect(x: (width - side) / 2, y: height - margin - side, width: side,
                            height: side)
            let rest = landscape
                ? PixelRect(x: plot.maxX + margin, y: plot.y,
                            width: width - plot.maxX - 2 * margin, height: side)
                : PixelRect(x: margin, y: margin, width: whole.width,
                            height: plot.y - 2 * margin)
            parts.plot = plot
            (parts.hud, parts.circuit, parts.waves, parts.loss) =
                Self.pack(rest, margin: margin, uiScale: uiScale, hudMode: hudMode)
        case .surface:
            let side = max(min(whole.width, whole.height), 1)
            parts.plot = PixelRect(x: (width - side) / 2, y: (height - side) / 2, width: side,
                                   height: side)
        case .circuit:
            parts.circuit = whole
        case .waves:
            parts.waves = whole
        case .field:
            parts.field = PixelRect(x: 0, y: 0, width: width, height: height)
        }
        plot = parts.plot
        hud = parts.hud
        lossPanel = parts.loss
        circuit = parts.circuit
        waves = parts.waves
        field = parts.field
        caption = view == .all ? parts.hud
            : PixelRect(x: 2 * margin, y: 2 * margin, width: whole.width / 3,
                        height: Int((72 * uiScale).rounded()))

        let labelRoom = Int((44 * uiScale).rounded())
        let inset = Int((10 * uiScale).rounded())
        lossPlot = PixelRect(x: lossPanel.x + labelRoom, y: lossPanel.y + labelRoom / 2 + inset,
                             width: lossPanel.width - labelRoom - inset,
                             height: lossPanel.height - labelRoom / 2 - 3 * inset)
    }

    /// The HUD, circuit, waveform and loss rectangles packed into `rest`: one column (HUD,
    /// circuit, then waves beside loss) when `rest` is tall, two columns (HUD over loss,
    /// circuit over waves) when it is wide.
    private static func pack(_ rest: PixelRect, margin: Int, uiScale: Float, hudMode: HUDMode)
        -> (PixelRect, PixelRect, PixelRect, PixelRect) {
        // The HUD's figures need about 260 points of height (the caption's two lines 84): 40%
        // of a tall column at most, half of a short one beside the loss panel.
        let hudHeight = Int((hudMode == .caption ? 84 : 260) * uiScale)

        if rest.width < rest.height * 11 / 10 {
            let hudHeight = min(hudHeight, rest.height * 2 / 5)
            let hud = PixelRect(x: rest.x, y: rest.maxY - hudHeight, width: rest.width,
                                height: hudHeight)
            let below = hud.y - margin - rest.y
            let circuitHeight = (below - margin) * 11 / 20
            let circuit = PixelRect(x: rest.x, y: hud.y - margin - circuitHeight,
                                    width: rest.width, height: circuitHeight)
            let rowHeight = circuit.y - margin - rest.y
            let half = (rest.width - margin) / 2
            let waves = PixelRect(x: rest.x, y: rest.y, width: half, height: rowHeight)
            let loss = PixelRect(x: rest.x + half + margin, y: rest.y,
                                 width: rest.width - half - margin, height: rowHeight)
            return (hud, circuit, waves, loss)
        }

        let hudHeightBeside = min(hudHeight, rest.height / 2)
        let leftWidth = (rest.width - margin) * 2 / 5
        let left = PixelRect(x: rest.x, y: rest.y, width: leftWidth, height: rest.height)
        let right = PixelRect(x: left.maxX + margin, y: rest.y,
                              width: rest.maxX - left.maxX - margin, height: rest.height)
        let hud = PixelRect(x: left.x, y: left.maxY - hudHeightBeside, width: left.width,
                            height: hudHeightBeside)
        let loss = PixelRect(x: left.x, y: left.y, width: left.width,
                             height: hud.y - margin - left.y)
        let circuitHeight = (right.height - margin) * 3 / 5
        let circuit = PixelRect(x: right.x, y: right.maxY - circuitHeight, width: right.width,
                                height: circuitHeight)
        let waves = PixelRect(x: right.x, y: right.y, width: right.width,
                              height: circuit.y - margin - right.y)
        return (hud, circuit, waves, loss)
    }

    /// The pixel centre (x, y) of plot-space point `p` within `plot`.
    public func pixel(forPlot p: SIMD2<Float>) -> SIMD2<Float> {
        SIMD2(Float(plot.x) + (p.x * 0.5 + 0.5) * Float(plot.width),
              Float(plot.y) + (p.y * 0.5 + 0.5) * Float(plot.height))
    }
}
