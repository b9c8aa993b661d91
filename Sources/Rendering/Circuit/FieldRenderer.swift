// The installation view: the first hidden layer's planes as sources of wave fronts over the
// whole frame, each neuron's fronts in the colour of the class it votes for most.

import Learning

// TODO(circuit): the field always shows the first hidden layer, the only one whose neurons have
// a straight plane to send fronts from; iso-lines of a deeper layer could come from a
// NeuronEvaluator grid, as the hovered neuron's map does.

/// Draws the wave-front field through BloomRenderer. GL thread only.
public final class FieldRenderer {
    /// Neuron-pixel evaluations one frame may cost: the buffer shrinks (down to a fifth of the
    /// frame's size) and wide layers are thinned to keep within it, so llvmpipe stays live.
    public var budget = 12_000_000.0

    private let library: ShaderLibrary
    private let weights: NetworkWeights
    private let colours = Texture(format: .rgba32f)
    private let quad = EmptyVertexArray()
    private var colouredGeneration = -1
    private var texels: [Float] = []

    public init(library: ShaderLibrary, weights: NetworkWeights) {
        self.library = library
        self.weights = weights
    }

    /// Draws the field of `snapshot`'s first hidden layer into `panel` of `target`; `weights`
    /// must hold the snapshot's network. `time` in seconds moves the fronts.
    public func draw(_ snapshot: TrainingSnapshot, panel: PixelRect, target: RenderTarget,
                     bloom: BloomRenderer, palette: Palette, time: Double) throws(GLError) {
        guard let shape = weights.shape, !panel.isEmpty else { return }
        let neurons = shape.layerSizes[1]
        if colouredGeneration != weights.generation {
            updateColours(snapshot.network, palette: palette)
            colouredGeneration = weights.generation
        }

        // Thin the layer first (at most 48 neurons), then lower the resolution.
        let stride = max((neurons + 47) / 48, 1)
        let drawn = Double((neurons + stride - 1) / stride)
        let pixels = Double(panel.width * panel.height)
        let scale = Float(min(max((budget / (drawn * pixels)).squareRoot(), 0.2), 1))

        try bloom.begin(panel: panel, scale: scale)
        let program = library[.field]
        program.use()
        program.bind(weights.texture, unit: 0, to: "uWeights")
        program.bind(colours, unit: 1, to: "uNeuronColours")
        program.set("uNeurons", neurons)
        program.set("uStride", stride)
        let activation = shape.activation(afterLayer: 0)
        program.set("uActivation", Int(activation.map(NetworkTextures.code) ?? 4))
        let size = SIMD2(Float(panel.width) * scale, Float(panel.height) * scale)
        program.set("uBufferSize", size.rounded(.toNearestOrAwayFromZero))
        // The plot's unit square fits the shorter side, with a margin; the longer side shows
        // more of the plane.
        let aspect = Float(panel.width) / Float(panel.height)
        program.set("uPlotScale", aspect >= 1 ? SIMD2(1.1 * aspect, 1.1)
                                              : SIMD2(1.1, 1.1 / aspect))
        program.set("uTime", Float(time.truncatingRemainder(dividingBy: 3600)))
        quad.drawQuad()
        try bloom.end(into: target, background: palette.background)
    }

    /// Row j: the colour of the class neuron j pushes up most (through the next map; by index
    /// in deeper nets) and an amplitude from its outgoing weights.
    private func updateColours(_ network: Network, palette: Palette) {
        let shape = network.shape
        let neurons = shape.layerSizes[1]
        let next = shape.layerSizes.count > 2 ? shape.layerSizes[2] : 0
        texels.removeAll(keepingCapacity: true)
        var largest: Float = 1e-6
        var strengths: [Float] = []
        for j in 0..<neurons {
            var best = 0, bestWeight = -Float.infinity, strength: Float = 0
            for k in 0..<next {
                let w = shape.layerCount > 1 ? network.weight(layer: 1, output: k, input: j) : 0
                strength += abs(w)
                if w > bestWeight { bestWeight = w; best = k }
            }
            strengths.append(strength)
            largest = max(largest, strength)
            let colour = palette.classColour(best)
            texels += [colour.x, colour.y, colour.z, 0]
        }
        for j in 0..<neurons {
            texels[j * 4 + 3] = next == 0 ? 1 : 0.3 + 0.7 * strengths[j] / largest
        }
        colours.upload(width: 1, height: neurons, texels: texels)
    }
}
