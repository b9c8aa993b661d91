// The threadless trainer is deterministic: the same commands at the same steps give the same
// snapshots, which is what makes offline renders repeatable.

import Testing
@testable import Learning

struct LockstepTrainerTests {
    private func run() throws -> TrainingSnapshot {
        let dataset = try DatasetSpec(kind: .spiral, pointsPerClass: 30, seed: 2).generate()
            .split(testFraction: 0.2, seed: 3)
        let trainer = LockstepTrainer(configuration: TrainerConfiguration(
            dataset: dataset, shape: try NetworkShape(parsing: "2-24-3", activation: .relu),
            settings: TrainingSettings(learningRate: 0.01, optimizer: .adam, batchSize: 16,
                                       initialization: .he),
            seed: 5, stepRate: 400))
        trainer.advance(steps: 100)
        trainer.send(.addPoint(DataPoint(id: 1000, position: SIMD2(0.2, 0.1), label: 1)))
        trainer.advance(steps: 50)
        trainer.send(.pause)
        trainer.advance(steps: 50)
        trainer.send(.step(count: 3))
        trainer.advance(steps: 10)
        return trainer.snapshot()
    }

    @Test func sameCommandsGiveTheSameSnapshot() throws {
        let first = try run()
        let second = try run()
        #expect(first.step == 153, "paused steps do not run; stepped ones do")
        #expect(first.isPaused)
        #expect(first.network == second.network)
        #expect(first.evaluation == second.evaluation)
        #expect(first.stepsPerSecond == 400)
        #expect(first.dataset.points.contains { $0.id == 1000 })
    }
}
