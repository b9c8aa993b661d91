// Training reaches the accuracies published for these problems: the cs231n case study, and
// small nets on the classic toy datasets.

import Testing
@testable import Learning

struct ConvergenceTests {
    /// cs231n "Putting it together": a 2-100-3 ReLU net reaches 98% on the spiral.
    @Test func cs231nTwoLayerNetReaches98Percent() throws {
        let dataset = try DatasetSpec.cs231nSpiral.generate()
        let shape = try NetworkShape(parsing: "2-100-3", activation: .relu)
        let session = TrainingSession(dataset: dataset, shape: shape, settings: .cs231n, seed: 0)
        for _ in 0..<10_000 { session.advance() }

        let evaluation = session.evaluate()
        #expect(evaluation.trainAccuracy >= 0.98, "accuracy \(evaluation.trainAccuracy)")
        #expect(evaluation.trainLoss < 0.4, "loss \(evaluation.trainLoss)")
        #expect(session.step == 10_000)
    }

    /// The same data is not linearly separable: a softmax classifier stays near 49%.
    @Test func linearSoftmaxStaysNearHalf() throws {
        let dataset = try DatasetSpec.cs231nSpiral.generate()
        let shape = try NetworkShape(parsing: "2-3", activation: .linear)
        let session = TrainingSession(dataset: dataset, shape: shape, settings: .cs231n, seed: 0)
        for _ in 0..<1_000 { session.advance() }

        let accuracy = session.evaluate().trainAccuracy
        #expect((0.40...0.60).contains(accuracy), "accuracy \(accuracy)")
    }

    @Test(arguments: [DatasetKind.xor, .circles, .moons])
    func smallNetReaches97PercentOnHeldOutPoints(kind: DatasetKind) throws {
        let dataset = try DatasetSpec(kind: kind, pointsPerClass: 200, classCount: 2, seed: 7)
            .generate()
            .split(testFraction: 0.3, seed: 7)
        let shape = try NetworkShape(parsing: "2-16-16-2", activation: .relu)
        let settings = TrainingSettings(learningRate: 0.01, optimizer: .adam,
                                        regularization: .l2(1e-4), batchSize: 32,
                                        initialization: .he)
        let session = TrainingSession(dataset: dataset, shape: shape, settings: settings, seed: 3)
        for _ in 0..<3_000 { session.advance() }

        let accuracy = try #require(session.evaluate().testAccuracy)
        #expect(accuracy >= 0.97, "\(kind) test accuracy \(accuracy)")
    }

    @Test(arguments: OptimizerKind.allCases)
    func everyOptimizerLowersTheLoss(optimizer: OptimizerKind) throws {
        let dataset = try DatasetSpec(kind: .blobs, pointsPerClass: 50, classCount: 4, seed: 2)
            .generate()
        let shape = try NetworkShape(parsing: "2-12-4", activation: .tanh)
        let rate: Float = optimizer == .adam ? 0.01 : 0.1
        let settings = TrainingSettings(learningRate: rate, optimizer: optimizer,
                                        regularization: .none, initialization: .xavier)
        let session = TrainingSession(dataset: dataset, shape: shape, settings: settings, seed: 5)
        let before = session.evaluate().trainLoss
        for _ in 0..<300 { session.advance() }
        let after = session.evaluate().trainLoss
        #expect(after < 0.5 * before, "\(optimizer): loss \(before) → \(after)")
    }

    @Test func sameSeedTrainsToIdenticalParameters() throws {
        let dataset = try DatasetSpec(kind: .moons, pointsPerClass: 60, seed: 9).generate()
        let shape = try NetworkShape(parsing: "2-8-8-2", activation: .leakyRelu)
        let settings = TrainingSettings(learningRate: 0.05, optimizer: .momentum, batchSize: 16,
                                        initialization: .he)
        func train(seed: UInt64) -> [Float] {
            let session = TrainingSession(dataset: dataset, shape: shape, settings: settings,
                                          seed: seed)
            for _ in 0..<200 { session.advance() }
            return session.network.parameters
        }
        #expect(train(seed: 11) == train(seed: 11))
        #expect(train(seed: 11) != train(seed: 12))
    }

    @Test func miniBatchesCountEpochs() throws {
        let dataset = try DatasetSpec(kind: .xor, pointsPerClass: 50, seed: 1).generate()
        let shape = try NetworkShape(parsing: "2-4-2", activation: .relu)
        let settings = TrainingSettings(learningRate: 0.1, batchSize: 30)
        let session = TrainingSession(dataset: dataset, shape: shape, settings: settings, seed: 1)
        // 100 points in batches of 30: four steps make one epoch (30, 30, 30, 10).
        for _ in 0..<8 { session.advance() }
        #expect(session.epoch == 2)
    }
}
