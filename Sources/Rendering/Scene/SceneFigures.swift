// The numbers the HUD shows, gathered in one value per frame so the text system needs nothing
// but this and the layout's `hud` rectangle.

import Learning

/// What the HUD prints for one frame. Losses and accuracies are nil before the first
/// evaluation or without test points.
public struct SceneFigures: Sendable, Equatable {
    public var step: Int
    public var epoch: Int
    public var trainLoss: Float?
    public var testLoss: Float?
    /// Fractions 0...1.
    public var trainAccuracy: Float?
    public var testAccuracy: Float?
    public var learningRate: Float
    public var stepsPerSecond: Double
    /// Frames drawn per second, averaged by the caller's FrameClock; 0 offscreen.
    public var framesPerSecond: Double
    public var isPaused: Bool
    /// The network and the surface path, e.g. "2-100-3 relu" and "tiled".
    public var network: String
    /// The optimizer, e.g. "adam".
    public var optimizer: String
    public var surfaceMethod: String
    /// A shader reload failure to show as a banner; nil when all is well.
    public var shaderError: String?
    /// The trainer's latest notice (divergence, refused command).
    public var notice: String?

    public init(snapshot: TrainingSnapshot, framesPerSecond: Double, surfaceMethod: String,
                shaderError: String?) {
        let evaluation = snapshot.evaluation
        let evaluated = snapshot.step > 0 || evaluation != .empty
        step = snapshot.step
        epoch = snapshot.epoch
        trainLoss = evaluated ? evaluation.trainLoss : nil
        testLoss = evaluation.testLoss
        trainAccuracy = evaluated ? evaluation.trainAccuracy : nil
        testAccuracy = evaluation.testAccuracy
        learningRate = snapshot.settings.learningRate
        stepsPerSecond = snapshot.stepsPerSecond
        self.framesPerSecond = framesPerSecond
        isPaused = snapshot.isPaused
        let activations = Set(snapshot.network.shape.hiddenActivations.map(\.rawValue))
        network = "\(snapshot.dataset.name) · \(snapshot.network.shape) "
            + activations.sorted().joined(separator: "/")
        optimizer = snapshot.settings.optimizer.rawValue
        self.surfaceMethod = surfaceMethod
        self.shaderError = shaderError
        notice = snapshot.notice?.message
    }
}
