// One neuron's activation map over the main plot, shown in place of the decision surface while
// the neuron is hovered or pinned: what that single unit computes, and where it switches.

import Learning

/// Draws a neuron's activation over the plot from a grid evaluated on the GPU. GL thread only.
public final class NeuronMapRenderer {
    /// The most multiply-adds one refresh of the grid may cost; a deep net gets a coarser grid.
    public var budget = 40_000_000

    private let library: ShaderLibrary
    private let weights: NetworkWeights
    private let evaluator: NeuronEvaluator
    private let quad = EmptyVertexArray()
    private var evaluated: (generation: Int, layer: Int)?

    public init(library: ShaderLibrary, weights: NetworkWeights) {
        self.library = library
        self.weights = weights
        evaluator = NeuronEvaluator(library: library, points: .grid(size: 2))
    }

    /// Grid points per side for a net of `shape` up to `layer`, within `budget`: 24...128.
    // TODO(circuit): deep wide nets get a 24-point grid, so a deep neuron's map is soft-edged
    // and has no zero line: the whole grid is evaluated layer by layer within one frame's
    // budget of multiply-adds. Missing: a second pass that refines only the cells its sign
    // changes in, which would give both back at a fraction of a full grid's cost.
    func gridSize(_ shape: NetworkShape, through layer: Int) -> Int {
        var multiplyAdds = 1
        for map in 0..<min(layer, shape.layerCount) {
            multiplyAdds += shape.layerSizes[map] * shape.layerSizes[map + 1]
        }
        let side = Int(Double(budget / multiplyAdds).squareRoot())
        return min(max(side, 24), 128)
    }

    /// Draws `neuron` of the network in `weights` over `plot` of `target`, which stays bound.
    /// `gain` scales the activation to about -1...1.
    public func draw(_ neuron: NeuronID, plot: PixelRect, target: RenderTarget, gain: Float,
                     palette: Palette) throws(GLError) {
        guard let shape = weights.shape, !plot.isEmpty else { return }
        let size = gridSize(shape, through: neuron.layer)
        if evaluated?.generation != weights.generation || evaluated!.layer < neuron.layer
            || evaluator.points != .grid(size: size) {
            try evaluator.evaluate(weights, points: .grid(size: size), through: neuron.layer)
            evaluated = (weights.generation, neuron.layer)
        }

        target.bind(viewport: plot)
        GL.setBlending(false)
        let program = library[.neuronMap]
        program.use()
        evaluator.bindValues(to: program, grid: size)
        program.set("uLayer", neuron.layer)
        program.set("uNeuron", neuron.index)
        program.set("uGain", gain)
        program.bind(weights.texture, unit: 2, to: "uWeights")
        program.set("uExact", neuron.layer == 1 ? 1 : 0)
        let activation = shape.activation(afterLayer: neuron.layer - 1)
        program.set("uActivation", Int(activation.map(NetworkTextures.code) ?? 4))
        program.set("uRect", plot.vector)
        let base = palette.surfaceBase
        program.set("uBase", SIMD3(base.x, base.y, base.z))
        quad.drawQuad()
        target.bind()
        GL.setBlending(true)
    }
}
