// Changes a person makes while training runs. Each one is applied between steps, may allocate,
// and leaves the session ready for the next step.

extension TrainingSession {
    /// Draws fresh weights from `seed` and restarts the step, epoch and optimizer state.
    public func resetWeights(seed: UInt64) {
        initializeWeights(seed: seed)
    }

    /// A seed for the next reset, drawn from this session's generator.
    public func nextSeed() -> UInt64 { generator.nextSeed() }

    public func setLearningRate(_ rate: Float) {
        settings.learningRate = rate
    }

    public func setRegularization(_ regularization: Regularization) {
        settings.regularization = regularization
    }

    /// Switches the update rule; the weights stay, the new rule starts from fresh state.
    public func setOptimizer(_ kind: OptimizerKind) {
        settings.optimizer = kind
        optimizer = Optimizer(kind: kind, parameterCount: layout.parameterCount)
    }

    /// Samples per step; nil for full batch.
    public func setBatchSize(_ size: Int?) {
        settings.batchSize = size
        orderCursor = 0
        sizeBuffers()
    }

    /// Replaces every hidden activation; the weights stay, so the change is visible at once.
    public func setActivation(_ activation: Activation) {
        shape = shape.with(activation: activation)
        layout = ParameterLayout(shape: shape)
        sizeBuffers()
    }

    /// A new architecture starts from fresh weights drawn with `seed`.
    public func setShape(_ newShape: NetworkShape, seed: UInt64) {
        precondition(newShape.inputCount == 2 && newShape.classCount == dataset.classCount,
                     "shape \(newShape) does not fit \(dataset.classCount) classes in the plane")
        shape = newShape
        initializeWeights(seed: seed)
    }

    /// New data. The weights stay when the class count matches, so the network is seen to
    /// adapt; otherwise the output layer changes width and the weights start afresh.
    public func replaceDataset(_ newDataset: Dataset, seed: UInt64) {
        dataset = newDataset
        if newDataset.classCount != shape.classCount {
            var sizes = shape.layerSizes
            sizes[sizes.count - 1] = newDataset.classCount
            shape = try! NetworkShape(layerSizes: sizes, hiddenActivations: shape.hiddenActivations)
            initializeWeights(seed: seed)
        }
        rebuildSamples()
    }

    /// Adds a train point; refused (false) when its label is not a class of the dataset or
    /// its id is taken.
    @discardableResult
    public func addPoint(_ point: DataPoint) -> Bool {
        guard (0..<dataset.classCount).contains(point.label),
              !dataset.points.contains(where: { $0.id == point.id }) else { return false }
        dataset.points.append(point)
        rebuildSamples()
        return true
    }

    /// Moves a point; false when no point has that id.
    @discardableResult
    public func movePoint(_ id: PointID, to position: SIMD2<Float>) -> Bool {
        guard let index = dataset.points.firstIndex(where: { $0.id == id }) else { return false }
        dataset.points[index].position = position
        rebuildSamples()
        return true
    }

    /// Deletes a point; false when no point has that id.
    @discardableResult
    public func deletePoint(_ id: PointID) -> Bool {
        guard let index = dataset.points.firstIndex(where: { $0.id == id }) else { return false }
        dataset.points.remove(at: index)
        rebuildSamples()
        return true
    }

    /// Fresh weights from `seed`, zero steps, a fresh optimizer.
    func initializeWeights(seed: UInt64) {
        weightSeed = seed
        var weightGenerator = SeededGenerator(seed: seed)
        let network = Network(shape: shape, initialization: settings.initialization,
                              generator: &weightGenerator)
        replaceParameters(with: network)
        step = 0
        epoch = 0
        orderCursor = 0
        lastBatchLoss = 0

        // Forget the last batch, so statistics from the old weights do not outlive them.
        batch.count = 0
        batchHoldsTrainSplit = false
    }

    /// Continues from `network`'s architecture and parameters; refused (false) when it does not
    /// take 2 inputs to the dataset's classes.
    @discardableResult
    public func loadNetwork(_ network: Network) -> Bool {
        guard network.shape.inputCount == 2,
              network.shape.classCount == dataset.classCount else { return false }
        shape = network.shape
        replaceParameters(with: network)
        step = 0
        epoch = 0
        return true
    }
}
