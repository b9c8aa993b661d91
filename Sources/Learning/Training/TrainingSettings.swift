// The hyperparameters a person changes while watching: what the trainer needs besides the data
// and the architecture.

/// How the network is trained.
public struct TrainingSettings: Sendable, Equatable, Codable {
    /// The step size η.
    public var learningRate: Float
    public var optimizer: OptimizerKind
    public var regularization: Regularization
    /// Samples per step; nil trains on the whole train split each step (full batch).
    public var batchSize: Int?
    public var initialization: Initialization

    public init(learningRate: Float = 1.0, optimizer: OptimizerKind = .sgd,
                regularization: Regularization = .l2(1e-3), batchSize: Int? = nil,
                initialization: Initialization = .small) {
        self.learningRate = learningRate
        self.optimizer = optimizer
        self.regularization = regularization
        self.batchSize = batchSize
        self.initialization = initialization
    }

    /// The cs231n case study: full-batch gradient descent, step 1.0, L2 1e-3, 0.01·randn.
    public static let cs231n = TrainingSettings()
}

/// Loss and accuracy over the train and test splits at one moment.
public struct Evaluation: Sendable, Equatable {
    /// Mean cross-entropy over the train split plus the regularization penalty.
    public var trainLoss: Float
    public var trainAccuracy: Float
    /// Mean cross-entropy over the test split (no penalty); nil without test points.
    public var testLoss: Float?
    public var testAccuracy: Float?

    public static let empty = Evaluation(trainLoss: 0, trainAccuracy: 0)

    /// Whether every loss is a finite number. Finite weights can still overflow the loss.
    public var isFinite: Bool { trainLoss.isFinite && (testLoss?.isFinite ?? true) }

    public init(trainLoss: Float, trainAccuracy: Float, testLoss: Float? = nil,
                testAccuracy: Float? = nil) {
        self.trainLoss = trainLoss
        self.trainAccuracy = trainAccuracy
        self.testLoss = testLoss
        self.testAccuracy = testAccuracy
    }
}
