// What the trainer publishes for the screen: one immutable, self-consistent picture of the
// training state. Readers keep a reference as long as they like; nothing in it ever changes.

/// The training state at one moment. Immutable; safe to read from any thread.
public final class TrainingSnapshot: Sendable {
    /// Grows by at least one with every publication; never repeats or goes back.
    public let version: UInt64
    public let step: Int
    public let epoch: Int
    public let evaluation: Evaluation
    public let lossHistory: LossHistory
    /// A copy of the parameters at `step`.
    public let network: Network
    public let neuronStatistics: NeuronStatistics
    public let dataset: Dataset
    public let settings: TrainingSettings
    public let isPaused: Bool
    /// Optimizer steps per second measured since the previous publication.
    public let stepsPerSecond: Double
    /// The seed the current weights were drawn with.
    public let weightSeed: UInt64
    /// How many times training diverged and was restarted.
    public let divergenceCount: Int
    /// The latest thing the trainer has to say (a divergence, a refused command); nil at first.
    public let notice: TrainerNotice?

    public init(version: UInt64, step: Int, epoch: Int, evaluation: Evaluation,
                lossHistory: LossHistory, network: Network, neuronStatistics: NeuronStatistics,
                dataset: Dataset, settings: TrainingSettings, isPaused: Bool,
                stepsPerSecond: Double, weightSeed: UInt64, divergenceCount: Int,
                notice: TrainerNotice?) {
        self.version = version
        self.step = step
        self.epoch = epoch
        self.evaluation = evaluation
        self.lossHistory = lossHistory
        self.network = network
        self.neuronStatistics = neuronStatistics
        self.dataset = dataset
        self.settings = settings
        self.isPaused = isPaused
        self.stepsPerSecond = stepsPerSecond
        self.weightSeed = weightSeed
        self.divergenceCount = divergenceCount
        self.notice = notice
    }
}

extension TrainingSnapshot {
    /// This snapshot with `network` (of the same shape) in place of its own: an in-between
    /// network to show, such as a morph between scenes. Everything else stays as published.
    public func replacingNetwork(with network: Network) -> TrainingSnapshot {
        precondition(network.shape == self.network.shape, "a replacement of another shape")
        return TrainingSnapshot(version: version, step: step, epoch: epoch,
                                evaluation: evaluation, lossHistory: lossHistory,
                                network: network, neuronStatistics: neuronStatistics,
                                dataset: dataset, settings: settings, isPaused: isPaused,
                                stepsPerSecond: stepsPerSecond, weightSeed: weightSeed,
                                divergenceCount: divergenceCount, notice: notice)
    }
}

/// A message from the trainer for the screen and the log.
public struct TrainerNotice: Sendable, Equatable {
    /// Counts up from 1 with each new notice, so a reader can tell a new one from an old one.
    public var sequence: Int
    public var message: String
    public var isWarning: Bool
}
