// Waveforms: for one layer, each neuron's activation along a circle through the data, drawn
// as stacked glowing ridgelines. The circle turns slowly, so the ridges travel; they change
// shape as the weights do. Height is the activation, brightness the neuron's gradient.

import Learning

/// Draws one layer's waveforms into a panel through BloomRenderer. GL thread only.
public final class WaveformRenderer {
    /// Points along the path.
    public var sampleCount = 128
    /// The most rows drawn; wider layers show neurons picked evenly, and the caption says so.
    public var maximumRows = 40
    /// The path: a circle about the origin through the data, in plot units.
    public var radius: Float = 0.62
    /// How fast the circle turns, radians per second.
    public var turnRate: Float = 0.06
    /// Row heights per unit of activation (times 1 / the layer's largest mean activation).
    public var gainOverride: Float?

    private let library: ShaderLibrary
    private let weights: NetworkWeights
    private let evaluator: NeuronEvaluator
    private let quad = EmptyVertexArray()
    private var rowGradients: [Float] = []

    public init(library: ShaderLibrary, weights: NetworkWeights) {
        self.library = library
        self.weights = weights
        evaluator = NeuronEvaluator(library: library, points: .grid(size: 2))
    }

    /// The path's first point's angle at `time` seconds.
    public func pathAngle(time: Double) -> Float {
        Float((time * Double(turnRate)).truncatingRemainder(dividingBy: 2 * Double.pi))
    }

    /// Rows drawn for a layer of `width` neurons.
    public func rows(forWidth width: Int) -> Int { min(width, maximumRows) }

    /// Draws layer `layer` (1 = first hidden; clamped to the net) of `snapshot` into `panel`.
    /// `weights` must hold the snapshot's network. Leaves `target` bound.
    public func draw(_ snapshot: TrainingSnapshot, layer wanted: Int, panel: PixelRect,
                     uiScale: Float, target: RenderTarget, bloom: BloomRenderer,
                     palette: Palette, time: Double) throws(GLError) {
        guard let shape = weights.shape, !panel.isEmpty else { return }
        let layer = min(max(wanted, 1), shape.layerCount)
        let width = shape.layerSizes[layer]
        let rows = rows(forWidth: width)
        let points = EvaluationPoints.circle(count: sampleCount, centre: .zero, radius: radius,
                                             angle: pathAngle(time: time))
        try evaluator.evaluate(weights, points: points, through: layer)

        // Per-row gradients and the gain, from the trainer's statistics when it has them.
        let statistics = snapshot.neuronStatistics
        let gradients = statistics.meanGradientMagnitude.indices.contains(layer - 1)
            ? statistics.meanGradientMagnitude[layer - 1] : []
        let means = statistics.meanActivation.indices.contains(layer - 1)
            ? statistics.meanActivation[layer - 1] : []
        let steepest = max(gradients.max() ?? 0, 1e-6)
        rowGradients.removeAll(keepingCapacity: true)
        for row in 0..<rows {
            let neuron = row * width / rows
            rowGradients.append(gradients.count == width ? gradients[neuron] / steepest : 0.5)
        }
        let typical = max(means.map(abs).max() ?? 1, 0.05)
        let gain = gainOverride ?? 0.8 / typical

        try bloom.begin(panel: panel)
        let program = library[.waveform]
        program.use()
        evaluator.bindValues(to: program, grid: sampleCount)
        program.set("uLayer", layer)
        program.set("uNeurons", width)
        program.set("uRows", rows)
        program.set("uSamples", sampleCount)
        program.set("uGain", gain)
        program.set("uRowGradient", rowGradients)
        program.set("uPanelSize", SIMD2(Float(panel.width), Float(panel.height)))
        let inset = 20 * uiScale
        let caption = 24 * uiScale
        program.set("uArea", SIMD4(inset, 6 * uiScale, Float(panel.width) - 2 * inset,
                                   Float(panel.height) - caption - 6 * uiScale))
        program.set("uHalfWidth", 0.9 * uiScale)
        program.set("uGlowWidth", 4 * uiScale)
        program.set("uLow", SIMD3<Float>(0.20, 0.45, 0.95))
        program.set("uHigh", SIMD3<Float>(1.10, 0.85, 0.45))
        quad.draw(vertexCount: 6, instances: rows * 2 * (sampleCount - 1))
        try bloom.end(into: target, background: palette.panel)
    }
}
