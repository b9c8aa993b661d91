// Undo and redo of point edits, checked against a real trainer applying them while it trains.

import Foundation
import Learning
import Testing
@testable import neurolume

struct PointEditHistoryTests {
    @Test func undoAndRedoWalkTheStacks() {
        var history = PointEditHistory()
        let point = DataPoint(id: 7, position: SIMD2(0.1, 0.2), label: 1)
        history.record(.add(point))
        history.record(.move(7, from: SIMD2(0.1, 0.2), to: SIMD2(0.5, 0.5)))

        #expect(history.undo() == .move(7, from: SIMD2(0.5, 0.5), to: SIMD2(0.1, 0.2)))
        #expect(history.undo() == .delete(point))
        #expect(history.undo() == nil)
        #expect(history.redo() == .add(point))

        history.record(.delete(point))
        #expect(history.redo() == nil, "a new edit clears what could be redone")
    }

    @Test func historyForgetsTheOldestPastItsCapacity() {
        var history = PointEditHistory(capacity: 3)
        for id in 1...5 {
            history.record(.add(DataPoint(id: PointID(id), position: .zero, label: 0)))
        }
        #expect(history.undoStack.count == 3)
        #expect(history.undoStack.first == .add(DataPoint(id: 3, position: .zero, label: 0)))
    }

    @Test func aTrainerAppliesEditsUndoAndRedoInOrderWhileTraining() throws {
        let dataset = try DatasetSpec(kind: .blobs, pointsPerClass: 10, classCount: 3, seed: 1)
            .generate()
        let trainer = Trainer(configuration: TrainerConfiguration(
            dataset: dataset, shape: try NetworkShape(parsing: "2-8-3", activation: .relu),
            settings: TrainingSettings(learningRate: 0.1), seed: 1, publishInterval: 0))
        trainer.start()
        defer { trainer.stop() }

        var history = PointEditHistory()
        func apply(_ edit: PointEdit) { trainer.send(edit.command) }

        let point = DataPoint(id: trainer.makePointID(), position: SIMD2(0.3, -0.3), label: 2)
        apply(.add(point))
        history.record(.add(point))
        let drag = PointEdit.move(point.id, from: point.position, to: SIMD2(-0.6, 0.4))
        apply(drag)
        history.record(drag)
        apply(history.undo()!)   // back to (0.3, -0.3)
        apply(history.undo()!)   // removed
        apply(history.redo()!)   // added again at (0.3, -0.3)
        // Commands apply in order, so once this marker shows, every edit before it has too.
        trainer.send(.setLearningRate(0.125))

        let deadline = Date().addingTimeInterval(5)
        var snapshot = trainer.latestSnapshot()
        while snapshot.settings.learningRate != 0.125 && Date() < deadline {
            usleep(500)
            snapshot = trainer.latestSnapshot()
        }
        let restored = try #require(snapshot.dataset.points.first { $0.id == point.id })
        #expect(restored.position == SIMD2(0.3, -0.3))
        #expect(snapshot.dataset.points.count == 31)
    }
}
