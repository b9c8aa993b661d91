// Preallocated storage for one batch's forward and backward pass, so that a training step
// allocates nothing. Matrices are feature-major: row r holds neuron r's value for every sample.

/// Buffers for up to `capacity` samples through a network of one shape.
///
/// Layout: `outputs[l]` is `[layerSizes[l]][capacity]`; `outputs[0]` holds the inputs, and the
/// last holds the logits, turned into probabilities by the loss. `deltas[l]` (l ≥ 1) holds
/// dLoss/dz for layer l's neurons in the same layout. Owned by one thread.
///
/// Rows are padded to a whole number of vectors, and the kernels run over `paddedCount`
/// columns: a scalar tail of a few columns cost as much as all the vector work of the output
/// layer. Padding columns hold finite leftovers in `outputs` and zeros in `deltas`, so they
/// add nothing to the gradients.
final class BatchBuffers {
    let shape: NetworkShape
    let capacity: Int

    /// Samples in the current batch (≤ capacity).
    var count = 0

    private(set) var outputs: [UnsafeMutablePointer<Float>] = []
    private(set) var deltas: [UnsafeMutablePointer<Float>] = []
    let labels: UnsafeMutablePointer<Int32>

    /// Two rows of `capacity`, for the softmax's per-sample maximum and sum.
    let scratch: UnsafeMutablePointer<Float>

    /// `count` rounded up to a whole number of vectors: the columns the kernels process.
    var paddedCount: Int { (count + Kernels.width - 1) / Kernels.width * Kernels.width }

    init(shape: NetworkShape, capacity: Int) {
        self.shape = shape
        self.capacity = (max(capacity, 1) + Kernels.width - 1) / Kernels.width * Kernels.width
        for width in shape.layerSizes {
            outputs.append(Kernels.allocateAligned(width * self.capacity))
            deltas.append(Kernels.allocateAligned(width * self.capacity))
        }
        labels = .allocate(capacity: self.capacity)
        labels.initialize(repeating: 0, count: self.capacity)
        scratch = Kernels.allocateAligned(2 * self.capacity)
    }

    deinit {
        for pointer in outputs + deltas { pointer.deallocate() }
        labels.deallocate()
        scratch.deallocate()
    }

    /// Row `neuron` of layer `layer`'s outputs.
    func output(layer: Int, neuron: Int) -> UnsafeMutablePointer<Float> {
        outputs[layer] + neuron * capacity
    }

    /// Copies the samples `indices` of a feature-major set into the input rows and labels.
    func gather(from set: SampleMatrix, indices: UnsafeBufferPointer<Int32>) {
        precondition(indices.count <= capacity, "batch of \(indices.count) exceeds \(capacity)")
        count = indices.count
        for feature in 0..<shape.inputCount {
            let source = set.features + feature * set.count
            let target = outputs[0] + feature * capacity
            for (column, index) in indices.enumerated() { target[column] = source[Int(index)] }
        }
        for (column, index) in indices.enumerated() { labels[column] = set.labels[Int(index)] }
    }

    /// Copies a whole set into the input rows and labels, in order.
    func load(_ set: SampleMatrix) {
        precondition(set.count <= capacity, "set of \(set.count) exceeds \(capacity)")
        count = set.count
        for feature in 0..<shape.inputCount {
            (outputs[0] + feature * capacity).update(from: set.features + feature * set.count,
                                                     count: set.count)
        }
        labels.update(from: set.labels, count: set.count)
    }
}
