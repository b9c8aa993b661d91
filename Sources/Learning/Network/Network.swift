// A network's parameters in one contiguous Float array, with the layout that the trainer, the
// optimizers, the snapshots and the GPU upload all share.

import Foundation

/// Where each layer's parameters sit in the flat array: for each affine map `l` in order, its
/// weights as an `[out][in]` row-major matrix, then its `out` biases; z[o] = b[o] + Σᵢ W[o][i]·a[i].
public struct ParameterLayout: Sendable, Equatable {
    public let shape: NetworkShape
    public let weightOffsets: [Int]
    public let biasOffsets: [Int]
    public let parameterCount: Int

    public init(shape: NetworkShape) {
        var weightOffsets: [Int] = []
        var biasOffsets: [Int] = []
        var offset = 0
        for layer in 0..<shape.layerCount {
            weightOffsets.append(offset)
            offset += shape.layerSizes[layer] * shape.layerSizes[layer + 1]
            biasOffsets.append(offset)
            offset += shape.layerSizes[layer + 1]
        }
        self.shape = shape
        self.weightOffsets = weightOffsets
        self.biasOffsets = biasOffsets
        self.parameterCount = offset
    }

    public func weightRange(layer: Int) -> Range<Int> {
        weightOffsets[layer]..<biasOffsets[layer]
    }

    public func biasRange(layer: Int) -> Range<Int> {
        biasOffsets[layer]..<(biasOffsets[layer] + shape.layerSizes[layer + 1])
    }
}

/// How initial weights are drawn. Biases always start at zero.
public enum Initialization: String, CaseIterable, Sendable, Codable {
    /// `0.01 · randn`, as in the cs231n case study.
    case small
    /// `randn · sqrt(2 / fanIn)`, for ReLU-like layers.
    case he
    /// `randn · sqrt(1 / fanIn)` (the normal form of Glorot's), for tanh and sigmoid layers.
    case xavier
}

/// The parameters of a multilayer perceptron, laid out as `ParameterLayout` describes.
public struct Network: Sendable {
    public let shape: NetworkShape
    public internal(set) var parameters: [Float]

    /// Where each layer's weights and biases sit in `parameters`.
    public let layout: ParameterLayout

    /// A freshly initialized network.
    public init(shape: NetworkShape, initialization: Initialization,
                generator: inout SeededGenerator) {
        self.init(shape: shape, parameters: [])
        for layer in 0..<shape.layerCount {
            let fanIn = shape.layerSizes[layer]
            let scale: Float
            switch initialization {
            case .small: scale = 0.01
            case .he: scale = (2 / Float(fanIn)).squareRoot()
            case .xavier: scale = (1 / Float(fanIn)).squareRoot()
            }
            for index in weightRange(layer: layer) {
                parameters[index] = scale * generator.nextNormal()
            }
        }
    }

    /// A network with the given parameters; `parameters` empty means all zeros.
    public init(shape: NetworkShape, parameters: [Float]) {
        let layout = ParameterLayout(shape: shape)
        precondition(parameters.isEmpty || parameters.count == layout.parameterCount,
                     "parameter count \(parameters.count) does not match shape \(shape)")
        self.shape = shape
        self.layout = layout
        self.parameters = parameters.isEmpty
            ? Array(repeating: 0, count: layout.parameterCount) : parameters
    }

    public func weightRange(layer: Int) -> Range<Int> { layout.weightRange(layer: layer) }
    public func biasRange(layer: Int) -> Range<Int> { layout.biasRange(layer: layer) }

    /// W[output][input] of layer `layer`.
    public func weight(layer: Int, output: Int, input: Int) -> Float {
        parameters[layout.weightOffsets[layer] + output * shape.layerSizes[layer] + input]
    }

    /// b[output] of layer `layer`.
    public func bias(layer: Int, output: Int) -> Float {
        parameters[layout.biasOffsets[layer] + output]
    }

    /// Whether every parameter is a finite number.
    public var isFinite: Bool {
        parameters.withUnsafeBufferPointer { Kernels.allFinite($0.baseAddress!, $0.count) }
    }
}

extension Network {
    /// Every layer's outputs for one input: entry 0 is the input, the last entry is the logits.
    /// Allocates; meant for single points (hover, tests, the CPU reference), not for training.
    public func activations(for input: [Float]) -> [[Float]] {
        precondition(input.count == shape.inputCount, "input has \(input.count) values")
        var layers = [input]
        for layer in 0..<shape.layerCount {
            let previous = layers[layer]
            let outputs = shape.layerSizes[layer + 1]
            var next = [Float](repeating: 0, count: outputs)
            for output in 0..<outputs {
                var sum = bias(layer: layer, output: output)
                for input in 0..<previous.count {
                    sum += weight(layer: layer, output: output, input: input) * previous[input]
                }
                next[output] = shape.activation(afterLayer: layer)?.apply(sum) ?? sum
            }
            layers.append(next)
        }
        return layers
    }

    /// Class probabilities (softmax of the logits) for one input.
    public func probabilities(for input: [Float]) -> [Float] {
        softmax(activations(for: input).last!)
    }

    /// The most probable class for one input.
    public func predictedClass(for input: [Float]) -> Int {
        let logits = activations(for: input).last!
        return logits.indices.max(by: { logits[$0] < logits[$1] })!
    }
}

/// A numerically stable softmax of one vector.
public func softmax(_ logits: [Float]) -> [Float] {
    let largest = logits.max() ?? 0
    let exponentials = logits.map { exp($0 - largest) }
    let total = exponentials.reduce(0, +)
    return exponentials.map { $0 / total }
}
