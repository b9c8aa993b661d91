// How each TrainerCommand changes the loop and its session.

extension TrainerLoop {
    func apply(_ command: TrainerCommand) {
        switch command {
        case .pause:
            isPaused = true
            pendingSteps = 0
        case .resume:
            isPaused = false
            pendingSteps = 0
        case .step(let count):
            isPaused = true
            pendingSteps += max(count, 0)
        case .resetWeights(let seed):
            session.resetWeights(seed: seed ?? session.nextSeed())
            history = LossHistory()
        case .setLearningRate(let rate):
            guard rate.isFinite, rate > 0 else {
                return say("refused learning rate \(rate): it must be a positive number",
                           warning: true)
            }
            session.setLearningRate(rate)
        case .setOptimizer(let kind):
            session.setOptimizer(kind)
        case .setActivation(let activation):
            session.setActivation(activation)
        case .setRegularization(let regularization):
            session.setRegularization(regularization)
        case .setBatchSize(let size):
            guard size.map({ $0 >= 1 }) ?? true else {
                return say("refused batch size \(size!): it must be at least 1", warning: true)
            }
            session.setBatchSize(size)
        case .setShape(let shape):
            applyShape(shape)
        case .replaceDataset(let dataset):
            session.replaceDataset(dataset, seed: session.nextSeed())
            history = LossHistory()
        case .loadNetwork(let network):
            if session.loadNetwork(network) {
                history = LossHistory()
            } else {
                say("refused network \(network.shape): the data has "
                    + "\(session.dataset.classCount) classes in 2 dimensions", warning: true)
            }
        case .addPoint(let point):
            if !session.addPoint(point) {
                say("refused point \(point.id) of class \(point.label)", warning: true)
            }
        case .movePoint(let id, let position):
            session.movePoint(id, to: position)
        case .deletePoint(let id):
            session.deletePoint(id)
        case .setStepRate(let rate):
            stepRate = rate.flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
        }
    }

    /// A new architecture; the output width follows the data's class count.
    private func applyShape(_ shape: NetworkShape) {
        guard shape.inputCount == 2, shape.classCount == session.dataset.classCount else {
            return say("refused architecture \(shape): it must map 2 inputs to "
                       + "\(session.dataset.classCount) classes", warning: true)
        }
        session.setShape(shape, seed: session.nextSeed())
        history = LossHistory()
    }
}
