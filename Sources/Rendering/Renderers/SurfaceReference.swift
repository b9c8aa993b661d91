// The CPU's answer for every pixel of a surface, to check the GPU against: the same forward
// pass as Network.activations(for:) (same order of sums), without allocating per pixel.

import Foundation
import Learning

/// Per-pixel top classes of a network over a plot of `width` x `height` pixels, rows bottom
/// up, pixel centres mapped to plot space as the surface shaders map them.
public struct SurfaceReference: Sendable {
    public let width: Int
    public let height: Int
    /// Top class per pixel.
    public let classes: [UInt8]
    /// Whether the top two probabilities differ by less than `ambiguity` (such pixels may
    /// legitimately differ between processors and are left out of the comparison).
    public let ambiguous: [Bool]

    public init(network: Network, width: Int, height: Int, ambiguity: Float = 1e-3) {
        let shape = network.shape
        let widest = shape.layerSizes.max()!
        var current = [Float](repeating: 0, count: widest)
        var next = [Float](repeating: 0, count: widest)
        var classes = [UInt8](repeating: 0, count: width * height)
        var ambiguous = [Bool](repeating: false, count: width * height)

        network.parameters.withUnsafeBufferPointer { parameters in
            for row in 0..<height {
                for column in 0..<width {
                    current[0] = (Float(column) + 0.5) * (2 / Float(width)) - 1
                    current[1] = (Float(row) + 0.5) * (2 / Float(height)) - 1
                    for layer in 0..<shape.layerCount {
                        let inputs = shape.layerSizes[layer]
                        let weightBase = network.layout.weightOffsets[layer]
                        let biasBase = network.layout.biasOffsets[layer]
                        let activation = shape.activation(afterLayer: layer)
                        for output in 0..<shape.layerSizes[layer + 1] {
                            var sum = parameters[biasBase + output]
                            let rowBase = weightBase + output * inputs
                            for input in 0..<inputs {
                                sum += parameters[rowBase + input] * current[input]
                            }
                            next[output] = activation?.apply(sum) ?? sum
                        }
                        swap(&current, &next)
                    }

                    let logits = current[0..<shape.classCount]
                    let probabilities = softmax(Array(logits))
                    let order = probabilities.indices.sorted { probabilities[$0] > probabilities[$1] }
                    let index = row * width + column
                    classes[index] = UInt8(order[0])
                    ambiguous[index] = probabilities[order[0]] - probabilities[order[1]] < ambiguity
                }
            }
        }
        self.width = width
        self.height = height
        self.classes = classes
        self.ambiguous = ambiguous
    }

    /// How well `gpuClasses` (one class per pixel, rows bottom up) matches: the agreeing
    /// fraction over all pixels and over the unambiguous ones.
    public func agreement(with gpuClasses: [UInt8]) -> (all: Double, unambiguous: Double) {
        precondition(gpuClasses.count == classes.count, "pixel counts differ")
        var agreeing = 0, clear = 0, clearAgreeing = 0
        for index in classes.indices {
            let same = classes[index] == gpuClasses[index]
            if same { agreeing += 1 }
            if !ambiguous[index] {
                clear += 1
                if same { clearAgreeing += 1 }
            }
        }
        return (Double(agreeing) / Double(max(classes.count, 1)),
                Double(clearAgreeing) / Double(max(clear, 1)))
    }
}
