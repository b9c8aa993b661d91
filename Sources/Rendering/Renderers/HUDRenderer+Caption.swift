// The installation's caption: two quiet lines in place of the full HUD, saying what a
// passer-by is looking at (problem, network, step, accuracy) and nothing else.

import Foundation

/// How much text the HUD shows.
public enum HUDMode: Sendable {
    /// Every figure, the loss labels and banners: for someone at the controls.
    case full
    /// A single caption line: for a screen on a wall.
    case caption
}

extension HUDRenderer {
    /// Queues the caption for `figures` at the top of the layout's caption area.
    func drawCaption(_ figures: SceneFigures, layout: SceneLayout, palette: Palette) {
        let scale = layout.uiScale
        let height = layout.size.height
        let area = layout.caption
        let left = Float(area.x)
        var top = Float(area.maxY)

        top -= text.add(figures.network, x: left, top: top, targetHeight: height, points: 20,
                        scale: scale, colour: palette.text)
        top -= 10 * scale
        let accuracy = figures.trainAccuracy.map { String(format: "%.1f%%", 100 * $0) } ?? "–"
        let step = "step \(grouped(figures.step))"
        // One line in the HUD's wide column; two in a corner, where the plot is near.
        let lines = layout.view == .all ? ["\(step)   ·   accuracy \(accuracy)"]
            : [step, "accuracy \(accuracy)"]
        for line in lines {
            top -= text.add(line, x: left, top: top, targetHeight: height, points: 14,
                            scale: scale, colour: palette.dimText, face: .figures) + 3 * scale
        }
    }
}
