// What the interface lays over a frame: a short notice after each change a person makes, and
// the help panel listing every key. Both are boxes from ShapeRenderer under HUD text.

extension HUDRenderer {
    /// Draws `message` in a box along the bottom of the plot, faded out over its last
    /// `fade` seconds of `age` (seconds since it appeared) within `duration`. GL thread only.
    public func drawNotice(_ message: String, age: Double, duration: Double = 2.5,
                           isError: Bool = false, layout: SceneLayout, palette: Palette,
                           shapes: ShapeRenderer) {
        guard age < duration else { return }
        let fade: Double = 0.5
        let alpha = Float(min(1, (duration - age) / fade))
        let scale = layout.uiScale
        let points: Float = 14

        // A box just large enough for the text, centred near the plot's bottom edge.
        let size = text.measure(message, points: points, scale: scale)
        let padding = 10 * scale
        let plot = layout.plot
        let centreX = Float(plot.x) + Float(plot.width) / 2
        let bottom = Float(plot.y) + 18 * scale
        let box = PixelRect(x: Int(centreX - size.x / 2 - padding), y: Int(bottom),
                            width: Int(size.x + 2 * padding), height: Int(size.y + 2 * padding))
        var background = palette.panel
        background.w = 0.92 * alpha
        shapes.box(box, colour: background, radius: 6 * scale)
        shapes.flush(size: layout.size)

        var colour = isError ? palette.error : palette.text
        colour.w *= alpha
        text.add(message, x: centreX, top: Float(box.maxY) - padding,
                 targetHeight: layout.size.height, points: points, scale: scale, colour: colour,
                 alignment: .center)
        text.flush(size: layout.size)
    }

    /// Draws the help panel over the whole frame: `title`, then `rows` of (keys, what they do)
    /// in two columns, then `footer`. GL thread only.
    public func drawHelp(title: String, rows: [(keys: String, action: String)], footer: String,
                         layout: SceneLayout, palette: Palette, shapes: ShapeRenderer) {
        let scale = layout.uiScale
        let height = layout.size.height
        let points: Float = 13
        let lineHeight = text.measure("Hg", points: points, scale: scale).y + 5 * scale

        // Size the panel from the widest key and action texts.
        let keyWidth = rows.map {
            text.measure($0.keys, points: points, scale: scale, face: .figures).x
        }.max() ?? 0
        let actionWidth = rows.map { text.measure($0.action, points: points, scale: scale).x }
            .max() ?? 0
        let padding = 24 * scale
        let gap = 18 * scale
        let panelWidth = min(keyWidth + gap + actionWidth + 2 * padding,
                             Float(layout.size.width) - 20 * scale)
        let panelHeight = min(Float(rows.count + 4) * lineHeight + 2 * padding,
                              Float(height) - 20 * scale)
        let panel = PixelRect(x: Int((Float(layout.size.width) - panelWidth) / 2),
                              y: Int((Float(height) - panelHeight) / 2),
                              width: Int(panelWidth), height: Int(panelHeight))
        var background = palette.panel
        background.w = 0.96
        shapes.box(panel, colour: palette.panelBorder, radius: 9 * scale)
        shapes.box(PixelRect(x: panel.x + 1, y: panel.y + 1, width: panel.width - 2,
                             height: panel.height - 2),
                   colour: background, radius: 8 * scale)
        shapes.flush(size: layout.size)

        // Title, the rows, and the footer; rows that do not fit are cut at the bottom.
        let left = Float(panel.x) + padding
        var top = Float(panel.maxY) - padding
        top -= text.add(title, x: left, top: top, targetHeight: height, points: 16,
                        scale: scale, colour: palette.text) + lineHeight / 2
        for row in rows where top - lineHeight > Float(panel.y) + padding + lineHeight {
            text.add(row.keys, x: left, top: top, targetHeight: height, points: points,
                     scale: scale, colour: palette.notice, face: .figures)
            text.add(row.action, x: left + keyWidth + gap, top: top, targetHeight: height,
                     points: points, scale: scale, colour: palette.text)
            top -= lineHeight
        }
        text.add(footer, x: left, top: Float(panel.y) + padding + lineHeight,
                 targetHeight: height, points: 11, scale: scale, colour: palette.dimText)
        text.flush(size: layout.size)
    }
}
