// The words and numbers on screen: the run's figures above the loss panel, the loss axes'
// labels, and banners for a broken shader or a trainer notice. Everything is set through
// TextRenderer in screen points, so it scales with the layout.

import Foundation

/// Draws the HUD for one frame. GL thread only.
public final class HUDRenderer {
    let text: TextRenderer
    /// The full HUD, or the installation's caption.
    public var mode = HUDMode.full

    /// How long a trainer notice stays on screen, in seconds.
    public var noticeDuration = 6.0
    private var shownNotice: String?
    private var noticeShownAt = 0.0

    public init(text: TextRenderer) {
        self.text = text
    }

    /// Queues the HUD for `figures` into `layout`; `now` (seconds) times the notice banner.
    public func draw(_ figures: SceneFigures, axes: LossAxes, layout: SceneLayout,
                     palette: Palette, now: Double) {
        if mode == .caption {
            drawCaption(figures, layout: layout, palette: palette)
            text.flush(size: layout.size)
            return
        }
        drawFigures(figures, layout: layout, palette: palette)
        drawLossLabels(axes, layout: layout, palette: palette)
        drawBanners(figures, layout: layout, palette: palette, now: now)
        text.flush(size: layout.size)
    }

    // MARK: - The figures column

    private func drawFigures(_ figures: SceneFigures, layout: SceneLayout, palette: Palette) {
        let scale = layout.uiScale
        let height = layout.size.height
        let area = layout.hud
        var top = Float(area.maxY)
        let left = Float(area.x)

        top -= text.add("NEUROLUME", x: left, top: top, targetHeight: height, points: 11,
                        scale: scale, colour: palette.dimText)
        top -= 4 * scale
        let status = figures.isPaused ? "❚❚ paused · " : ""
        top -= text.add(status + figures.network + " · " + figures.optimizer, x: left, top: top,
                        targetHeight: height, points: 15, scale: scale, colour: palette.text)
        top -= 14 * scale

        // Accuracy leads: it is what a visitor reads first.
        let columns = [left, left + Float(area.width) / 2]
        let accuracyRows: [(String, String)] = [
            ("train accuracy", percent(figures.trainAccuracy)),
            ("test accuracy", percent(figures.testAccuracy)),
        ]
        top = drawPairs(accuracyRows, columns: columns, top: top, valuePoints: 26,
                        layout: layout, palette: palette)
        top -= 10 * scale

        let rows: [(String, String)] = [
            ("train loss", decimal(figures.trainLoss)),
            ("test loss", decimal(figures.testLoss)),
            ("step", grouped(figures.step)),
            ("epoch", grouped(figures.epoch)),
            ("learning rate", String(format: "%g", figures.learningRate)),
            ("steps / s", grouped(Int(figures.stepsPerSecond.rounded()))),
            ("frames / s", figures.framesPerSecond > 0
                ? String(format: "%.1f", figures.framesPerSecond) : "–"),
            ("surface", figures.surfaceMethod),
        ]
        _ = drawPairs(rows, columns: columns, top: top, valuePoints: 15, layout: layout,
                      palette: palette)
    }

    /// Label-over-value pairs, two per row; returns the top of what comes next.
    private func drawPairs(_ pairs: [(String, String)], columns: [Float], top start: Float,
                           valuePoints: Float, layout: SceneLayout, palette: Palette) -> Float {
        let scale = layout.uiScale
        let height = layout.size.height
        var top = start
        for row in stride(from: 0, to: pairs.count, by: columns.count) {
            var rowHeight: Float = 0
            for (column, x) in columns.enumerated() where row + column < pairs.count {
                let (label, value) = pairs[row + column]
                var cellTop = top
                cellTop -= text.add(label.uppercased(), x: x, top: cellTop, targetHeight: height,
                                    points: 9, scale: scale, colour: palette.dimText)
                cellTop -= 1 * scale
                cellTop -= text.add(value, x: x, top: cellTop, targetHeight: height,
                                    points: valuePoints, scale: scale, colour: palette.text,
                                    face: .figures)
                rowHeight = max(rowHeight, top - cellTop)
            }
            top -= rowHeight + 8 * scale
        }
        return top
    }

    // MARK: - Loss panel labels

    private func drawLossLabels(_ axes: LossAxes, layout: SceneLayout, palette: Palette) {
        let scale = layout.uiScale
        let height = layout.size.height
        let area = layout.lossPlot
        let labelPoints: Float = 9
        let lineHeight = text.measure("0", points: labelPoints, scale: scale).y

        for value in axes.gridValues {
            let fraction = axes.isLogarithmic
                ? (log10(value) - log10(axes.losses.lowerBound))
                    / (log10(axes.losses.upperBound) - log10(axes.losses.lowerBound))
                : value / axes.losses.upperBound
            let y = Float(area.y) + fraction * Float(area.height)
            text.add(String(format: "%g", value), x: Float(area.x) - 8 * scale,
                     top: y + lineHeight / 2, targetHeight: height, points: labelPoints,
                     scale: scale, colour: palette.dimText, face: .figures, alignment: .right)
        }

        let below = Float(area.y) - 6 * scale
        text.add("step \(grouped(axes.steps.lowerBound))", x: Float(area.x), top: below,
                 targetHeight: height, points: labelPoints, scale: scale,
                 colour: palette.dimText, face: .figures)
        text.add(grouped(axes.steps.upperBound), x: Float(area.maxX), top: below,
                 targetHeight: height, points: labelPoints, scale: scale,
                 colour: palette.dimText, face: .figures, alignment: .right)

        // The legend, in the curves' own colours, along the panel's top edge.
        let legendTop = Float(layout.lossPanel.maxY) - 8 * scale
        let axis = axes.isLogarithmic ? "LOSS (LOG)" : "LOSS"
        text.add(axis, x: Float(area.x), top: legendTop, targetHeight: height,
                 points: labelPoints, scale: scale, colour: palette.dimText)
        text.add("test", x: Float(area.maxX), top: legendTop, targetHeight: height,
                 points: labelPoints, scale: scale, colour: palette.testCurve, alignment: .right)
        let testWidth = text.measure("test", points: labelPoints, scale: scale).x
        text.add("train", x: Float(area.maxX) - testWidth - 10 * scale, top: legendTop,
                 targetHeight: height, points: labelPoints, scale: scale,
                 colour: palette.trainCurve, alignment: .right)
    }

    // MARK: - Banners

    private func drawBanners(_ figures: SceneFigures, layout: SceneLayout, palette: Palette,
                             now: Double) {
        if figures.notice != shownNotice {
            shownNotice = figures.notice
            noticeShownAt = now
        }
        let scale = layout.uiScale
        let plot = layout.plot
        var top = Float(plot.maxY) - 10 * scale
        if let error = figures.shaderError {
            // A shader edit that failed keeps the old program; say so until it is fixed.
            let firstLines = error.split(separator: "\n").prefix(4).joined(separator: "\n")
            top -= text.add(firstLines, x: Float(plot.x) + 12 * scale, top: top,
                            targetHeight: layout.size.height, points: 11, scale: scale,
                            colour: palette.error, face: .figures)
            top -= 8 * scale
        }
        if let notice = shownNotice, now - noticeShownAt < noticeDuration {
            text.add(notice, x: Float(plot.x) + 12 * scale, top: top,
                     targetHeight: layout.size.height, points: 12, scale: scale,
                     colour: palette.notice)
        }
    }

    // MARK: - Recording

    /// The REC mark with the recording's length, at the plot's top right. Drawn after the frame
    /// was captured, so it shows in the window but not in the video.
    public func drawRecordingMark(elapsed: Double, layout: SceneLayout, palette: Palette) {
        let scale = layout.uiScale
        let seconds = Int(elapsed)
        let mark = String(format: "● REC %d:%02d", seconds / 60, seconds % 60)
        text.add(mark, x: Float(layout.plot.maxX) - 12 * scale,
                 top: Float(layout.plot.maxY) - 10 * scale, targetHeight: layout.size.height,
                 points: 13, scale: scale, colour: palette.error, face: .figures,
                 alignment: .right)
        text.flush(size: layout.size)
    }

    // MARK: - Number formats

    private func percent(_ fraction: Float?) -> String {
        fraction.map { String(format: "%.1f%%", 100 * $0) } ?? "–"
    }

    private func decimal(_ value: Float?) -> String {
        value.map { String(format: "%.4f", $0) } ?? "–"
    }

    /// 12,345: thousands grouped, which reads at a distance.
    func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }
}
