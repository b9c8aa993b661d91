// Each first-layer neuron's plane over the decision surface: one neuron is a linear
// classifier, and the network folds many such lines into its curved boundary.

/// Draws the first hidden layer's lines w·x + b = 0 over the plot. GL thread only.
public final class NeuronPlanesRenderer {
    private let library: ShaderLibrary
    private let weights: NetworkWeights
    private let quad = EmptyVertexArray()

    public init(library: ShaderLibrary, weights: NetworkWeights) {
        self.library = library
        self.weights = weights
    }

    /// Adds the lines over `plot` of the bound target; `highlight` (a first-layer neuron
    /// index) is drawn brighter. `uiScale` turns the line width from points into pixels.
    public func draw(plot: PixelRect, uiScale: Float, highlight: Int?) {
        guard let shape = weights.shape, !plot.isEmpty else { return }
        GL.setViewport(plot)
        GL.setBlending(true)
        let program = library[.neuronPlanes]
        program.use()
        program.bind(weights.texture, unit: 0, to: "uWeights")
        program.set("uNeurons", shape.layerSizes[1])
        program.set("uHighlight", highlight ?? -1)
        program.set("uRect", plot.vector)
        program.set("uLineWidth", 1.2 * uiScale)
        program.set("uLineColour", SIMD3<Float>(0.55, 0.80, 1.00))
        program.set("uShadeColour", SIMD3<Float>(0.50, 0.55, 0.70))
        quad.drawQuad()
    }
}
