// One upload of a network's parameters for the circuit's shaders, shared by the evaluators,
// the neuron planes and the field so a snapshot's weights cross to the GPU once per change.

import Learning

/// The latest network's weights in a float texture (NetworkTextures.weights layout: a row per
/// neuron, its inputs' weights then its bias). GL thread only.
public final class NetworkWeights {
    public let texture = Texture(format: .rgba32f)
    public private(set) var shape: NetworkShape?
    /// First texture row of each affine map's neurons.
    public private(set) var rowOffsets: [Int32] = []
    /// Counts uploads, so users can tell when the weights changed.
    public private(set) var generation = 0
    private var parameters: [Float] = []

    public init() {}

    /// Uploads `network` if its shape or parameters differ from the last upload; returns
    /// whether it did.
    @discardableResult
    public func update(_ network: Network) -> Bool {
        guard network.shape != shape || network.parameters != parameters else { return false }
        shape = network.shape
        parameters = network.parameters
        let packed = NetworkTextures.weights(network)
        texture.upload(width: NetworkTextures.weightRowTexels, height: packed.rows,
                       texels: packed.texels)
        rowOffsets = packed.rowOffsets
        generation += 1
        return true
    }
}
