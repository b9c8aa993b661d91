// What the interface can ask of a running trainer. Commands queue up and are applied, in
// order, before the trainer's next step.

/// A change to a running trainer.
public enum TrainerCommand: Sendable {
    case pause
    case resume
    /// Runs this many steps, then pauses.
    case step(count: Int)
    /// Fresh weights; a nil seed draws a new one.
    case resetWeights(seed: UInt64?)
    case setLearningRate(Float)
    case setOptimizer(OptimizerKind)
    case setActivation(Activation)
    case setRegularization(Regularization)
    /// Samples per step; nil for full batch.
    case setBatchSize(Int?)
    /// A new architecture, with fresh weights.
    case setShape(NetworkShape)
    case replaceDataset(Dataset)
    /// Continues training from given parameters (same shape as `network.shape` becomes).
    case loadNetwork(Network)
    case addPoint(DataPoint)
    case movePoint(PointID, to: SIMD2<Float>)
    case deletePoint(PointID)
    /// Steps per second to hold; nil runs as fast as the processor allows.
    case setStepRate(Double?)
}
