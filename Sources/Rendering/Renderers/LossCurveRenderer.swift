// The loss panel: train and test loss against step, redrawn from the snapshot's history every
// frame, on a linear or logarithmic value axis.

import Foundation
import Learning

/// The loss axes as last drawn, so the HUD can label them.
public struct LossAxes: Sendable, Equatable {
    /// The steps at the left and right edges of the curve area.
    public var steps: ClosedRange<Int>
    /// The losses at the bottom and top edges.
    public var losses: ClosedRange<Float>
    public var isLogarithmic: Bool
    /// Loss values with a horizontal grid line, bottom to top.
    public var gridValues: [Float]
}

/// Draws the loss panel through a ShapeRenderer. GL thread only.
public final class LossCurveRenderer {
    /// Plots log10(loss) instead of loss; the HUD's toggle.
    public var isLogarithmic = false
    /// The axes of the latest draw.
    public private(set) var axes = LossAxes(steps: 0...1, losses: 0...1, isLogarithmic: false,
                                            gridValues: [])

    public init() {}

    /// Queues the panel, grid and curves for `history` into `shapes`.
    public func draw(_ history: LossHistory, layout: SceneLayout, palette: Palette,
                     shapes: ShapeRenderer) {
        let scale = layout.uiScale
        shapes.box(layout.lossPanel, colour: palette.panelBorder, radius: 6 * scale)
        shapes.box(inset(layout.lossPanel, by: Int(scale.rounded(.up))), colour: palette.panel,
                   radius: 5 * scale)

        let samples = history.samples.filter { $0.trainLoss.isFinite }
        axes = makeAxes(samples)
        let area = layout.lossPlot
        for value in axes.gridValues {
            let y = yPosition(value, area: area)
            shapes.segment(SIMD2(Float(area.x), y), SIMD2(Float(area.maxX), y),
                           width: max(1, scale), colour: palette.grid)
        }
        guard samples.count >= 2 else { return }

        let train = samples.map { point(step: $0.step, loss: $0.trainLoss, area: area) }
        let test = samples.compactMap { sample in
            sample.testLoss.map { point(step: sample.step, loss: $0, area: area) }
        }
        shapes.polyline(test, width: 1.75 * scale, colour: palette.testCurve)
        shapes.polyline(train, width: 2 * scale, colour: palette.trainCurve)
    }

    private func makeAxes(_ samples: [LossSample]) -> LossAxes {
        let first = samples.first?.step ?? 0
        let last = max(samples.last?.step ?? 1, first + 1)
        let values = samples.flatMap { [$0.trainLoss] + ($0.testLoss.map { [$0] } ?? []) }
            .filter { $0.isFinite && $0 > 0 }
        let top = max(values.max() ?? 1, 1e-6)

        if isLogarithmic {
            // Whole decades, so grid lines fall on 0.01, 0.1, 1, ….
            let low = floor(log10(max(values.min() ?? top / 10, 1e-6)))
            let high = max(ceil(log10(top)), low + 1)
            let grid = stride(from: low, through: high, by: 1).map { Float(pow(10, $0)) }
            return LossAxes(steps: first...last, losses: Float(pow(10, low))...Float(pow(10, high)),
                            isLogarithmic: true, gridValues: grid)
        }
        let step = niceStep(Float(top) / 4)
        let high = (top / step).rounded(.up) * step
        let grid = stride(from: Float(0), through: high + step / 2, by: step).map { $0 }
        return LossAxes(steps: first...last, losses: 0...high, isLogarithmic: false,
                        gridValues: grid)
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    private func niceStep(_ raw: Float) -> Float {
        let power = pow(10, floor(log10(max(raw, 1e-6))))
        for multiple: Float in [1, 2, 5, 10] where multiple * power >= raw {
            return multiple * power
        }
        return 10 * power
    }

    private func point(step: Int, loss: Float, area: PixelRect) -> SIMD2<Float> {
        let span = Float(axes.steps.upperBound - axes.steps.lowerBound)
        let x = Float(area.x) + Float(step - axes.steps.lowerBound) / span * Float(area.width)
        return SIMD2(x, yPosition(loss, area: area))
    }

    private func yPosition(_ loss: Float, area: PixelRect) -> Float {
        let fraction: Float
        if axes.isLogarithmic {
            let low = log10(axes.losses.lowerBound), high = log10(axes.losses.upperBound)
            fraction = (log10(max(loss, axes.losses.lowerBound)) - low) / (high - low)
        } else {
            fraction = loss / axes.losses.upperBound
        }
        return Float(area.y) + min(max(fraction, 0), 1) * Float(area.height)
    }

    private func inset(_ rect: PixelRect, by amount: Int) -> PixelRect {
        PixelRect(x: rect.x + amount, y: rect.y + amount, width: rect.width - 2 * amount,
                  height: rect.height - 2 * amount)
    }
}
