// Naming one neuron of a network, for hit tests, highlights and activation maps.

/// One neuron: `layer` 0 is the input layer, `layer` == layerCount the output (logit) layer;
/// `index` counts from 0 within the layer.
public struct NeuronID: Hashable, Sendable, CustomStringConvertible {
    public var layer: Int
    public var index: Int

    public init(layer: Int, index: Int) {
        self.layer = layer
        self.index = index
    }

    public var description: String { "layer \(layer) neuron \(index)" }
}
