// The training thread: snapshots that never tear or go back, commands applied while it runs,
// divergence kept out of snapshots, and a prompt stop.

import Foundation
import Testing
@testable import Learning

struct TrainerTests {
    private func makeConfiguration(pointsPerClass: Int = 20, learningRate: Float = 0.5,
                                   publishInterval: Double = 0) throws -> TrainerConfiguration {
        let dataset = try DatasetSpec(kind: .spiral, pointsPerClass: pointsPerClass, seed: 4)
            .generate()
        return TrainerConfiguration(
            dataset: dataset, shape: try NetworkShape(parsing: "2-16-3", activation: .relu),
            settings: TrainingSettings(learningRate: learningRate), seed: 4,
            publishInterval: publishInterval)
    }

    /// Polls snapshots (as the render thread does) until `condition` holds or `seconds` pass.
    private func waitFor(_ trainer: Trainer, seconds: Double = 5,
                         _ condition: (TrainingSnapshot) -> Bool) -> TrainingSnapshot {
        let deadline = Date().addingTimeInterval(seconds)
        var snapshot = trainer.latestSnapshot()
        while !condition(snapshot) && Date() < deadline {
            usleep(200)
            snapshot = trainer.latestSnapshot()
        }
        return snapshot
    }

    @Test func readerNeverSeesATornOrOlderSnapshot() throws {
        let trainer = Trainer(configuration: try makeConfiguration(pointsPerClass: 5))
        trainer.start()
        defer { trainer.stop() }

        var lastVersion: UInt64 = 0
        var reads = 0
        let deadline = Date().addingTimeInterval(60)
        while lastVersion < 100_000 && Date() < deadline {
            let snapshot = trainer.latestSnapshot()
            #expect(snapshot.version >= lastVersion)
            // Fields written at different moments of a publication agree with each other.
            #expect((snapshot.lossHistory.samples.last?.step ?? 0) <= snapshot.step)
            #expect(snapshot.network.parameters.count == snapshot.network.layout.parameterCount)
            #expect(snapshot.neuronStatistics.meanActivation.count
                    == snapshot.network.shape.layerCount)
            if reads % 500 == 0 {
                #expect(abs(recomputedTrainLoss(snapshot) - snapshot.evaluation.trainLoss) < 1e-4,
                        "the published loss belongs to the published weights")
            }
            lastVersion = snapshot.version
            reads += 1
        }
        #expect(lastVersion >= 100_000, "only \(lastVersion) snapshots in a minute")
        #expect(reads > 1_000)
    }

    /// The train loss of a snapshot's network on its dataset, computed afresh.
    private func recomputedTrainLoss(_ snapshot: TrainingSnapshot) -> Float {
        let session = TrainingSession(dataset: snapshot.dataset, shape: snapshot.network.shape,
                                      settings: snapshot.settings, seed: 0)
        session.loadNetwork(snapshot.network)
        return session.evaluate().trainLoss
    }

    @Test func pointEditsArriveInOrderWhileTraining() throws {
        let trainer = Trainer(configuration: try makeConfiguration())
        trainer.start()
        defer { trainer.stop() }
        // The edits must meet a trainer that is under way, not one yet to take a step (on a
        // loaded machine the commands could otherwise arrive first).
        let running = waitFor(trainer) { $0.step > 0 }

        let id = trainer.makePointID()
        trainer.send(.addPoint(DataPoint(id: id, position: SIMD2(0.5, 0.5), label: 2)))
        trainer.send(.movePoint(id, to: SIMD2(-0.25, 0.75)))
        let moved = waitFor(trainer) { snapshot in
            snapshot.dataset.points.contains { $0.id == id && $0.position == SIMD2(-0.25, 0.75) }
        }
        #expect(moved.dataset.points.count == 61)
        #expect(moved.step >= running.step)

        trainer.send(.deletePoint(id))
        let first = moved.dataset.points[0].id
        trainer.send(.deletePoint(first))
        let deleted = waitFor(trainer) { $0.dataset.points.count == 59 }
        #expect(!deleted.dataset.points.contains { $0.id == id || $0.id == first })
    }

    @Test func architectureChangesAndResetsWhileTraining() throws {
        let trainer = Trainer(configuration: try makeConfiguration())
        trainer.start()
        defer { trainer.stop() }

        let deeper = try NetworkShape(parsing: "2-8-8-8-3", activation: .tanh)
        trainer.send(.setShape(deeper))
        let reshaped = waitFor(trainer) { $0.network.shape == deeper && $0.step > 10 }
        #expect(reshaped.network.shape == deeper)
        #expect(reshaped.step > 10)

        trainer.send(.pause)
        trainer.send(.resetWeights(seed: 1234))
        let reset = waitFor(trainer) { $0.weightSeed == 1234 && $0.isPaused }
        #expect(reset.step == 0)
        #expect(reset.weightSeed == 1234)

        trainer.send(.step(count: 5))
        let stepped = waitFor(trainer) { $0.step == 5 && $0.isPaused }
        #expect(stepped.step == 5)

        trainer.send(.setActivation(.sigmoid))
        trainer.send(.setOptimizer(.adam))
        trainer.send(.setLearningRate(0.01))
        let changed = waitFor(trainer) { $0.settings.optimizer == .adam }
        #expect(changed.network.shape.hiddenActivations == [.sigmoid, .sigmoid, .sigmoid])
        #expect(changed.settings.learningRate == 0.01)
        #expect(changed.step == 5, "a paused trainer must not step on its own")
    }

    @Test func divergenceRestartsAndNeverPublishesNaN() throws {
        let trainer = Trainer(configuration: try makeConfiguration(learningRate: 1e6))
        trainer.start()
        defer { trainer.stop() }

        var sawDivergence = false
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline && !(sawDivergence && trainer.latestSnapshot().divergenceCount > 3) {
            let snapshot = trainer.latestSnapshot()
            #expect(snapshot.network.isFinite)
            #expect(snapshot.evaluation.trainLoss.isFinite)
            #expect(snapshot.lossHistory.samples.allSatisfy { $0.trainLoss.isFinite })
            if snapshot.divergenceCount > 0 {
                sawDivergence = true
                #expect(snapshot.notice?.message.contains("diverged") == true)
            }
        }
        #expect(sawDivergence)
    }

    @Test func refusedCommandsSaySoAndChangeNothing() throws {
        let trainer = Trainer(configuration: try makeConfiguration())
        trainer.start()
        defer { trainer.stop() }

        trainer.send(.setShape(try NetworkShape(parsing: "2-8-5", activation: .relu)))
        let refused = waitFor(trainer) { $0.notice != nil }
        #expect(refused.notice?.message.contains("refused architecture 2-8-5") == true)
        #expect(refused.network.shape.description == "2-16-3")
    }

    @Test func stopsWithinAHundredMilliseconds() throws {
        let trainer = Trainer(configuration: try makeConfiguration(pointsPerClass: 100,
                                                                   publishInterval: 1.0 / 240))
        trainer.start()
        _ = waitFor(trainer) { $0.step > 100 }
        #expect(trainer.stop(timeout: 0.1))

        let paused = Trainer(configuration: try makeConfiguration())
        paused.send(.pause)
        paused.start()
        _ = waitFor(paused) { $0.isPaused }
        #expect(paused.stop(timeout: 0.1))
    }

    @Test func rateLimitHoldsTheStepRate() throws {
        var configuration = try makeConfiguration()
        configuration.stepRate = 200
        let trainer = Trainer(configuration: configuration)
        trainer.start()
        defer { trainer.stop() }
        usleep(500_000)
        let steps = trainer.latestSnapshot().step
        // Half a second at 200 steps/s: 100 steps, with room for a loaded machine.
        #expect((50...110).contains(steps), "\(steps) steps")
    }
}
