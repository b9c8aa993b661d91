// A loss curve that stays a fixed size however long training runs: when it fills, every other
// sample is dropped and samples are taken half as often, so it always spans the whole run.

/// Train and test loss at one step.
public struct LossSample: Sendable, Equatable {
    public var step: Int
    public var trainLoss: Float
    public var testLoss: Float?

    public init(step: Int, trainLoss: Float, testLoss: Float?) {
        self.step = step
        self.trainLoss = trainLoss
        self.testLoss = testLoss
    }
}

/// At most `capacity` samples spread evenly over the run so far.
public struct LossHistory: Sendable, Equatable {
    public private(set) var samples: [LossSample] = []
    public let capacity: Int

    /// Every `stride`-th offered sample is kept; doubles each time the history fills.
    public private(set) var stride = 1
    private var offered = 0

    public init(capacity: Int = 512) {
        precondition(capacity >= 2, "a loss history needs room for at least 2 samples")
        self.capacity = capacity
        samples.reserveCapacity(capacity)
    }

    public mutating func record(_ sample: LossSample) {
        defer { offered += 1 }
        guard offered % stride == 0 else { return }
        if samples.count == capacity {
            samples = samples.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            stride *= 2
            guard offered % stride == 0 else { return }
        }
        samples.append(sample)
    }
}
