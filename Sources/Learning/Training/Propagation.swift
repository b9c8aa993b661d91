// The forward pass, the softmax cross-entropy and the backward pass over one batch. Everything
// runs on preallocated buffers; this is the code a training step spends its time in.

import Foundation

/// Forward and backward passes of a softmax classifier over a batch held in `BatchBuffers`.
enum Propagation {
    /// Runs the batch forward and returns the mean cross-entropy (no regularization).
    /// Afterwards the last `outputs` hold the class probabilities.
    static func forward(layout: ParameterLayout, parameters: UnsafePointer<Float>,
                        batch: BatchBuffers) -> Float {
        let shape = layout.shape
        let stride = batch.capacity
        let columns = batch.paddedCount
        for layer in 0..<shape.layerCount {
            let outputCount = shape.layerSizes[layer + 1]
            let epilogue = shape.activation(afterLayer: layer).map(Epilogue.activate) ?? .none
            Kernels.multiply(into: batch.outputs[layer + 1], rows: outputCount,
                             weights: parameters + layout.weightOffsets[layer],
                             rowStep: shape.layerSizes[layer], depthStep: 1,
                             depth: shape.layerSizes[layer], inputs: batch.outputs[layer],
                             bias: parameters + layout.biasOffsets[layer],
                             columns: columns, stride: stride, epilogue: epilogue)
        }

        let probabilities = batch.outputs[shape.layerCount]
        Kernels.softmaxColumns(probabilities, classes: shape.classCount, columns: columns,
                               stride: stride, scratch: batch.scratch)
        return crossEntropy(probabilities, labels: batch.labels, columns: batch.count,
                            stride: stride)
    }

    /// Mean of -log p(true class) over the batch.
    static func crossEntropy(_ probabilities: UnsafePointer<Float>,
                             labels: UnsafePointer<Int32>, columns: Int, stride: Int) -> Float {
        guard columns > 0 else { return 0 }
        var total: Float = 0
        for column in 0..<columns {
            // The floor keeps a confidently wrong sample at a large finite loss, not infinity.
            total -= log(max(probabilities[Int(labels[column]) * stride + column], 1e-30))
        }
        return total / Float(columns)
    }

    /// Writes dLoss/dθ for the batch into `gradient` (same layout as the parameters), the
    /// regularization term included. Needs `forward` to have just run on the same batch;
    /// leaves dLoss/dz of every layer in `batch.deltas`.
    static func backward(layout: ParameterLayout, parameters: UnsafePointer<Float>,
                         gradient: UnsafeMutablePointer<Float>, batch: BatchBuffers,
                         regularization: Regularization) {
        let shape = layout.shape
        let stride = batch.capacity
        let columns = batch.count
        guard columns > 0 else {
            gradient.update(repeating: 0, count: layout.parameterCount)
            return
        }

        // Softmax with cross-entropy: dL/dz = (p - onehot(y)) / batch size; zero in padding.
        let top = shape.layerCount
        let scale = 1 / Float(columns)
        for k in 0..<shape.classCount {
            let probabilities = batch.outputs[top] + k * stride
            let delta = batch.deltas[top] + k * stride
            Kernels.forEachVector(columns) { i in
                Kernels.store(Kernels.load(probabilities + i) * scale, delta + i)
            } scalar: { i in
                delta[i] = probabilities[i] * scale
            }
            Kernels.fill(delta + columns, 0, batch.paddedCount - columns)
        }
        for column in 0..<columns {
            batch.deltas[top][Int(batch.labels[column]) * stride + column] -= scale
        }

        for layer in (0..<top).reversed() {
            backwardThroughLayer(layer, layout: layout, parameters: parameters,
                                 gradient: gradient, batch: batch, regularization: regularization)
        }
    }

    /// Given dL/dz of layer `layer + 1`'s neurons, fills that map's weight and bias gradients and,
    /// below the top, dL/dz of layer `layer`'s neurons.
    private static func backwardThroughLayer(_ layer: Int, layout: ParameterLayout,
                                             parameters: UnsafePointer<Float>,
                                             gradient: UnsafeMutablePointer<Float>,
                                             batch: BatchBuffers,
                                             regularization: Regularization) {
        let shape = layout.shape
        let stride = batch.capacity
        let columns = batch.paddedCount
        let inputCount = shape.layerSizes[layer]
        let outputCount = shape.layerSizes[layer + 1]
        let deltas = batch.deltas[layer + 1]
        let weights = parameters + layout.weightOffsets[layer]
        let weightGradient = gradient + layout.weightOffsets[layer]

        Kernels.outerProductSum(into: weightGradient, rows: outputCount, depth: inputCount,
                                deltas: deltas, inputs: batch.outputs[layer],
                                columns: columns, stride: stride)
        regularization.addGradient(weightGradient, weights, inputCount * outputCount)
        for neuron in Swift.stride(from: 0, to: outputCount, by: 4) {
            let block = Kernels.RowBlock(first: neuron, count: min(4, outputCount - neuron),
                                         rowStep: stride)
            let sums = Kernels.rowSums(deltas + neuron * stride, block, columns: columns)
            for r in 0..<block.count { gradient[layout.biasOffsets[layer] + neuron + r] = sums[r] }
        }
        guard layer > 0 else { return }

        // dL/dz below = (Wᵀ·dL/dz) ⊙ f'(a), f being the activation that produced a.
        let activation = shape.activation(afterLayer: layer - 1)!
        Kernels.multiply(into: batch.deltas[layer], rows: inputCount, weights: weights,
                         rowStep: 1, depthStep: inputCount, depth: outputCount,
                         inputs: deltas, bias: nil, columns: columns, stride: stride,
                         epilogue: .derivative(activation, outputs: batch.outputs[layer]))
    }

    /// The regularization penalty of all weights.
    static func regularizationLoss(layout: ParameterLayout, parameters: UnsafePointer<Float>,
                                   regularization: Regularization) -> Float {
        var total: Float = 0
        for layer in 0..<layout.shape.layerCount {
            let range = layout.weightRange(layer: layer)
            total += regularization.loss(parameters + range.lowerBound, range.count)
        }
        return total
    }
}
