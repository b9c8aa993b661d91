// Where each part of the picture goes for a framebuffer size: the plot square large on the
// left, a column on the right with room for the HUD above the loss panel.

/// The rectangles of one frame, in framebuffer pixels (origin bottom left).
///
/// Sizes given in screen points (margins, point radii, line widths) are multiplied by
/// `uiScale`: the window system's content scale, raised for large framebuffers so a 4K frame
/// looks like a 1280x720 one drawn finer rather than a small picture in a big space.
public struct SceneLayout: Sendable {
    public let size: (width: Int, height: Int)
    public let uiScale: Float
    /// Where the decision surface and the points are drawn; maps plot space [-1, 1]².
    public internal(set) var plot: PixelRect
    /// Free for the HUD's text: step, epoch, losses, accuracies and rates.
    public internal(set) var hud: PixelRect
    /// The loss panel's frame; the curve is drawn inside `lossPlot`.
    public internal(set) var lossPanel: PixelRect
    /// The curve's area inside `lossPanel`, leaving room for axis labels at its left and
    /// bottom edges.
    public internal(set) var lossPlot: PixelRect
    /// How far every rectangle is moved from its place, in pixels (burn-in drift).
    public internal(set) var offset = SIMD2<Int>.zero

    /// `contentScale` is the window's pixels per screen point (1 offscreen).
    public init(width: Int, height: Int, contentScale: Float = 1) {
        size = (width, height)
        // The reference layout is 1280x720 points; bigger frames scale up in proportion.
        let proportional = min(Float(width) / 1280, Float(height) / 720)
        uiScale = max(contentScale, proportional, 0.5)

        let margin = Int((16 * uiScale).rounded())
        let side = max(min(height - 2 * margin, Int(Float(width) * 0.6)), 1)
        plot = PixelRect(x: margin, y: (height - side) / 2, width: side, height: side)

        // The right-hand column: HUD on top, loss panel below, aligned with the plot.
        let columnX = plot.maxX + margin
        let columnWidth = max(width - columnX - margin, 1)
        let panelHeight = max(side * 11 / 20, 1)
        lossPanel = PixelRect(x: columnX, y: plot.y, width: columnWidth, height: panelHeight)
        hud = PixelRect(x: columnX, y: lossPanel.maxY + margin, width: columnWidth,
                        height: max(plot.maxY - lossPanel.maxY - margin, 1))

        let labelRoom = Int((44 * uiScale).rounded())
        let inset = Int((10 * uiScale).rounded())
        lossPlot = PixelRect(x: lossPanel.x + labelRoom, y: lossPanel.y + labelRoom / 2 + inset,
                             width: lossPanel.width - labelRoom - inset,
                             height: lossPanel.height - labelRoom / 2 - 3 * inset)
    }

    /// The pixel centre (x, y) of plot-space point `p` within `plot`.
    public func pixel(forPlot p: SIMD2<Float>) -> SIMD2<Float> {
        SIMD2(Float(plot.x) + (p.x * 0.5 + 0.5) * Float(plot.width),
              Float(plot.y) + (p.y * 0.5 + 0.5) * Float(plot.height))
    }
}
