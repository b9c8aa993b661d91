// Burn-in care for screens that show the same layout for days: the whole picture moves by a
// few pixels over hours, too slowly for anyone to see it move.

extension SceneLayout {
    /// The same layout with every rectangle moved by `offset` pixels (x right, y up).
    public func shifted(by offset: SIMD2<Int>) -> SceneLayout {
        var moved = self
        moved.offset = self.offset &+ offset
        moved.plot = plot.moved(by: offset)
        moved.hud = hud.moved(by: offset)
        moved.lossPanel = lossPanel.moved(by: offset)
        moved.lossPlot = lossPlot.moved(by: offset)
        moved.circuit = circuit.moved(by: offset)
        moved.waves = waves.moved(by: offset)
        moved.field = field.moved(by: offset)
        moved.caption = caption.moved(by: offset)
        return moved
    }
}

extension PixelRect {
    func moved(by offset: SIMD2<Int>) -> PixelRect {
        PixelRect(x: x + offset.x, y: y + offset.y, width: width, height: height)
    }
}
