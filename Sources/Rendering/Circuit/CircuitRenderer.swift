// The network as a glowing circuit board: traces coloured by the weight's sign, pads that show
// each neuron's activation over the plane, pulses of signal running forward and of gradient
// running back. Everything is instanced into BloomRenderer's buffer and blurred there.

import Learning

/// Draws the circuit view into a panel. GL thread only.
///
/// Per frame it uploads nothing unless the snapshot, the focus point or the panel changed;
/// the pulses move through uniforms alone, so a frame's cost does not depend on how fast the
/// trainer runs.
public final class CircuitRenderer {
    /// Heatmaps of each neuron over the input plane inside pads big enough to show one.
    public var showsThumbnails = true
    /// Grid points per side of the thumbnails.
    public var thumbnailGrid = 16
    /// The geometry of the latest draw; nil before the first.
    public private(set) var layout: CircuitLayout?

    private let library: ShaderLibrary
    private let weights: NetworkWeights
    private let thumbnails: NeuronEvaluator
    private let traceBuffer = InstanceBuffer(attributes: [4, 4, 4])
    private let padBuffer = InstanceBuffer(attributes: [4, 4])
    private var instances = CircuitInstances()
    private var gains: [Float] = []
    private var baseGain: Float = 1

    // What the instances were built from.
    private var builtSnapshot: TrainingSnapshot?
    private var builtFocus: SIMD2<Float>?
    private var thumbnailGeneration = -1
    private var thumbnailTime = -Double.infinity

    public init(library: ShaderLibrary, weights: NetworkWeights) {
        self.library = library
        self.weights = weights
        thumbnails = NeuronEvaluator(library: library, points: .grid(size: 16))
    }

    /// Links drawn and links that exist, per gap between layers, as of the latest draw.
    public var shownLinks: [(shown: Int, total: Int)] { instances.shownLinks }

    /// Draws `snapshot`'s network into `panel` of `target` through `bloom`, and leaves the
    /// target bound. `weights` must already hold the snapshot's network. `time` is seconds (the
    /// rings' flicker), `phase` the TrainingPace phase in turns (the pulses), `focus` a
    /// plot-space point whose forward pass the pulses carry, `highlight` a neuron to single out.
    public func draw(_ snapshot: TrainingSnapshot, panel: PixelRect, uiScale: Float,
                     target: RenderTarget, bloom: BloomRenderer, palette: Palette, time: Double,
                     phase: Double, focus: SIMD2<Float>?,
                     highlight: NeuronID?) throws(GLError) {
        guard !panel.isEmpty else { return }
        let shape = snapshot.network.shape
        let geometry = CircuitLayout(layerSizes: shape.layerSizes, panel: panel,
                                     uiScale: uiScale)
        if geometry != layout || snapshot !== builtSnapshot || focus != builtFocus {
            layout = geometry
            builtSnapshot = snapshot
            builtFocus = focus
            instances.rebuild(snapshot: snapshot, layout: geometry, focus: focus)
            traceBuffer.upload(instances.traces)
            padBuffer.upload(instances.pads)
            updateGains(snapshot, layout: geometry)
            // Hundreds of overlapping traces would add up to white; pulses keep their strength.
            let crowd = Float(instances.shownLinks.reduce(1) { max($0, $1.shown) })
            baseGain = min(max(5 / crowd.squareRoot(), 0.25), 1)
        }
        let drawsThumbnails = showsThumbnails && gains.contains { $0 > 0 }
        if drawsThumbnails { try refreshThumbnails(time: time) }

        try bloom.begin(panel: panel)
        let size = SIMD2(Float(panel.width), Float(panel.height))
        let marked = highlight ?? NeuronID(layer: -1, index: -1)

        let trace = library[.circuitTrace]
        trace.use()
        trace.set("uPanelSize", size)
        trace.set("uHalfWidth", 1.6 * uiScale)
        trace.set("uGlowWidth", 2.5 * uiScale)
        trace.set("uHighlight", SIMD2(Int32(marked.layer), Int32(marked.index)))
        let gaps = Double(shape.layerCount)
        trace.set("uForward", Float(phase * gaps))
        trace.set("uBackward", Float((1 - (phase + 0.5).truncatingRemainder(dividingBy: 1))
                                     * gaps))
        trace.set("uPulseLength", 0.09)
        trace.set("uBaseGain", baseGain)
        trace.set("uPositive", CircuitColours.positive)
        trace.set("uNegative", CircuitColours.negative)
        trace.set("uPulsePositive", CircuitColours.pulsePositive)
        trace.set("uPulseNegative", CircuitColours.pulseNegative)
        trace.set("uGradient", CircuitColours.gradient)
        traceBuffer.draw(verticesPerInstance: 6 * 12)

        let pad = library[.circuitPad]
        pad.use()
        pad.set("uPanelSize", size)
        pad.set("uThumbnails", drawsThumbnails ? 1 : 0)
        if drawsThumbnails {
            thumbnails.bindValues(to: pad, grid: thumbnailGrid)
            pad.set("uThumbnailGain", gains)
        }
        pad.set("uTime", Float(time.truncatingRemainder(dividingBy: 3600)))
        pad.set("uHighlight", SIMD2(Int32(marked.layer), Int32(marked.index)))
        pad.set("uActive", CircuitColours.active)
        pad.set("uNegativeActive", CircuitColours.negativeActive)
        pad.set("uGradient", CircuitColours.gradient)
        pad.set("uRim", CircuitColours.rim)
        padBuffer.draw()

        try bloom.end(into: target, background: palette.panel)
    }

    /// Per layer, the thumbnail gain (0.5 / the layer's largest mean activation), or -1 where
    /// pads are too small to show a picture.
    private func updateGains(_ snapshot: TrainingSnapshot, layout: CircuitLayout) {
        let means = snapshot.neuronStatistics.meanActivation
        gains.removeAll(keepingCapacity: true)
        for layer in layout.layerSizes.indices {
            guard layout.padRadius[layer] >= 6 else {
                gains.append(-1)
                continue
            }
            let typical = layer > 0 && means.indices.contains(layer - 1)
                ? (means[layer - 1].map(abs).max() ?? 1) : 1
            // Half: a neuron's peak over the plane is well above its mean over the data.
            gains.append(0.5 / max(typical, 0.05))
        }
    }

    /// Re-evaluates the thumbnails when the weights changed: at once for nets that are cheap
    /// to evaluate, at most every 0.3 s for large ones.
    private func refreshThumbnails(time: Double) throws(GLError) {
        guard weights.generation != thumbnailGeneration, let shape = weights.shape else { return }
        var multiplyAdds = 0
        for layer in 0..<shape.layerCount {
            multiplyAdds += shape.layerSizes[layer] * shape.layerSizes[layer + 1]
        }
        let cost = multiplyAdds * thumbnailGrid * thumbnailGrid
        guard cost < 20_000_000 || time - thumbnailTime >= 0.3 || time < thumbnailTime else {
            return
        }
        try thumbnails.evaluate(weights, points: .grid(size: thumbnailGrid),
                                through: shape.layerCount)
        thumbnailGeneration = weights.generation
        thumbnailTime = time
    }
}
