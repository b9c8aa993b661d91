// The whole training state — parameters, data, optimizer, buffers — and its step, owned by one
// thread. The Trainer runs one on its own thread; tests and benchmarks drive one directly.

/// A network being trained on a dataset. Not thread-safe: one thread owns it.
public final class TrainingSession {
    public internal(set) var shape: NetworkShape
    public internal(set) var dataset: Dataset
    public internal(set) var settings: TrainingSettings

    /// Optimizer steps since the weights were last initialized.
    public internal(set) var step = 0
    /// Passes over the train split since the weights were last initialized.
    public internal(set) var epoch = 0
    /// The seed the current weights were drawn with.
    public internal(set) var weightSeed: UInt64
    /// The data loss of the most recent batch.
    public internal(set) var lastBatchLoss: Float = 0

    var layout: ParameterLayout
    var parameters: UnsafeMutablePointer<Float>
    var gradient: UnsafeMutablePointer<Float>
    var optimizer: Optimizer
    var generator: SeededGenerator

    var trainSamples: SampleMatrix
    var testSamples: SampleMatrix
    var batch: BatchBuffers
    var evaluationBatch: BatchBuffers

    /// The current epoch's sample order and how far the batches have got through it.
    var order: UnsafeMutableBufferPointer<Int32>
    var orderCursor = 0
    /// Whether `batch` already holds the whole train split (full batch, unchanged data).
    var batchHoldsTrainSplit = false

    public init(dataset: Dataset, shape: NetworkShape, settings: TrainingSettings, seed: UInt64) {
        precondition(shape.inputCount == 2, "the plane has 2 inputs, not \(shape.inputCount)")
        precondition(shape.classCount == dataset.classCount,
                     "\(shape.classCount) outputs for \(dataset.classCount) classes")
        self.shape = shape
        self.dataset = dataset
        self.settings = settings
        self.weightSeed = seed
        generator = SeededGenerator(seed: seed)
        layout = ParameterLayout(shape: shape)
        parameters = Kernels.allocateAligned(layout.parameterCount)
        gradient = Kernels.allocateAligned(layout.parameterCount)
        optimizer = Optimizer(kind: settings.optimizer, parameterCount: layout.parameterCount)
        trainSamples = SampleMatrix(points: dataset.trainPoints)
        testSamples = SampleMatrix(points: dataset.testPoints)
        order = .allocate(capacity: max(trainSamples.count, 1))
        batch = BatchBuffers(shape: shape, capacity: 1)
        evaluationBatch = BatchBuffers(shape: shape, capacity: 1)

        for index in 0..<trainSamples.count { order[index] = Int32(index) }
        initializeWeights(seed: seed)
    }

    /// Copies `network`'s parameters in, resizing the parameter-sized buffers if the layout
    /// changed, and restarts the optimizer.
    func replaceParameters(with network: Network) {
        if network.layout.parameterCount != layout.parameterCount {
            parameters.deallocate()
            gradient.deallocate()
            parameters = Kernels.allocateAligned(network.layout.parameterCount)
            gradient = Kernels.allocateAligned(network.layout.parameterCount)
        }
        layout = network.layout
        network.parameters.withUnsafeBufferPointer {
            parameters.update(from: $0.baseAddress!, count: layout.parameterCount)
        }
        gradient.update(repeating: 0, count: layout.parameterCount)
        optimizer = Optimizer(kind: settings.optimizer, parameterCount: layout.parameterCount)
        sizeBuffers()
    }

    /// Re-reads the dataset's points into the sample matrices after an edit.
    func rebuildSamples() {
        trainSamples = SampleMatrix(points: dataset.trainPoints)
        testSamples = SampleMatrix(points: dataset.testPoints)
        if order.count < trainSamples.count {
            order.deallocate()
            order = .allocate(capacity: trainSamples.count)
        }
        for index in 0..<trainSamples.count { order[index] = Int32(index) }
        orderCursor = 0
        sizeBuffers()
    }

    /// (Re)allocates the batch buffers for the current shape, batch size and splits.
    func sizeBuffers() {
        let batchCapacity = min(settings.batchSize ?? trainSamples.count, trainSamples.count)
        if batch.shape != shape || batch.capacity < batchCapacity {
            batch = BatchBuffers(shape: shape, capacity: batchCapacity)
        }
        let evaluationCapacity = max(trainSamples.count, testSamples.count)
        if evaluationBatch.shape != shape || evaluationBatch.capacity < evaluationCapacity {
            evaluationBatch = BatchBuffers(shape: shape, capacity: evaluationCapacity)
        }
        batchHoldsTrainSplit = false
    }

    deinit {
        parameters.deallocate()
        gradient.deallocate()
        order.deallocate()
    }

    /// One optimizer step on the next batch; returns that batch's data loss. Allocates nothing.
    @discardableResult
    public func advance() -> Float {
        guard trainSamples.count > 0 else { return 0 }
        prepareNextBatch()

        let loss = Propagation.forward(layout: layout, parameters: parameters, batch: batch)
        Propagation.backward(layout: layout, parameters: parameters, gradient: gradient,
                             batch: batch, regularization: settings.regularization)
        optimizer.apply(gradient: gradient, to: parameters, learningRate: settings.learningRate)

        step += 1
        lastBatchLoss = loss
        return loss
    }

    /// Whether the last batch loss and every parameter are finite numbers.
    public var isFinite: Bool {
        lastBatchLoss.isFinite && Kernels.allFinite(parameters, layout.parameterCount)
    }

    /// Fills `batch` with the next samples, starting a new epoch (and permutation) as needed.
    private func prepareNextBatch() {
        let sampleCount = trainSamples.count
        guard let batchSize = settings.batchSize, batchSize < sampleCount else {
            if !batchHoldsTrainSplit {
                batch.load(trainSamples)
                batchHoldsTrainSplit = true
            }
            epoch += 1
            return
        }

        if orderCursor == 0 {
            generator.shuffle(UnsafeMutableBufferPointer(rebasing: order[0..<sampleCount]))
        }
        let end = min(orderCursor + batchSize, sampleCount)
        batch.gather(from: trainSamples,
                     indices: UnsafeBufferPointer(rebasing: order[orderCursor..<end]))
        orderCursor = end
        if orderCursor == sampleCount {
            orderCursor = 0
            epoch += 1
        }
    }
}

// MARK: - Reading the state

extension TrainingSession {
    /// A copy of the current parameters.
    public var network: Network {
        Network(shape: shape,
                parameters: Array(UnsafeBufferPointer(start: parameters,
                                                      count: layout.parameterCount)))
    }

    /// Loss and accuracy over both splits with the current parameters.
    public func evaluate() -> Evaluation {
        let train = evaluate(trainSamples)
        let penalty = Propagation.regularizationLoss(layout: layout, parameters: parameters,
                                                     regularization: settings.regularization)
        let test = testSamples.count > 0 ? evaluate(testSamples) : nil
        return Evaluation(trainLoss: train.loss + penalty, trainAccuracy: train.accuracy,
                          testLoss: test?.loss, testAccuracy: test?.accuracy)
    }

    private func evaluate(_ samples: SampleMatrix) -> (loss: Float, accuracy: Float) {
        guard samples.count > 0 else { return (0, 0) }
        evaluationBatch.load(samples)
        let loss = Propagation.forward(layout: layout, parameters: parameters,
                                       batch: evaluationBatch)

        let probabilities = evaluationBatch.outputs[shape.layerCount]
        let stride = evaluationBatch.capacity
        var correct = 0
        for column in 0..<samples.count {
            var best = 0
            for k in 1..<shape.classCount
            where probabilities[k * stride + column] > probabilities[best * stride + column] {
                best = k
            }
            if best == Int(samples.labels[column]) { correct += 1 }
        }
        return (loss, Float(correct) / Float(samples.count))
    }

    /// Per neuron of every non-input layer, the mean output and the mean |dLoss/dz| over the
    /// last training batch. Index 0 is the first hidden layer; the last is the output layer
    /// (probabilities).
    public func neuronStatistics() -> NeuronStatistics {
        var activation: [[Float]] = []
        var gradientMagnitude: [[Float]] = []
        let count = max(batch.count, 1)
        for layer in 1..<shape.layerSizes.count {
            let neurons = 0..<shape.layerSizes[layer]
            activation.append(neurons.map {
                Kernels.sum(batch.output(layer: layer, neuron: $0), batch.count) / Float(count)
            })
            gradientMagnitude.append(neurons.map {
                Kernels.sumOfMagnitudes(batch.deltas[layer] + $0 * batch.capacity, batch.count)
                    / Float(count)
            })
        }
        return NeuronStatistics(meanActivation: activation, meanGradientMagnitude: gradientMagnitude)
    }
}

/// What each neuron did over the last training batch.
public struct NeuronStatistics: Sendable, Equatable {
    /// `[layer - 1][neuron]`: mean output, for layers 1 (first hidden) to the output layer.
    public var meanActivation: [[Float]]
    /// `[layer - 1][neuron]`: mean |dLoss/dz| in the same layout.
    public var meanGradientMagnitude: [[Float]]

    public static let empty = NeuronStatistics(meanActivation: [], meanGradientMagnitude: [])
}
