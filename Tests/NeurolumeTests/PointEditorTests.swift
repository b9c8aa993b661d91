// The mouse's edits: picking the nearest point, a drag as live moves and one undoable edit,
// clicks that add and remove, and all of it applied in order by a trainer while it trains.

import Foundation
import Learning
import Rendering
import Testing
@testable import neurolume

struct PointEditorTests {
    /// A 400x400-pixel plot at the origin of a 400x400 window at content scale 2 (the
    /// framebuffer is 800x800), so one screen point is two pixels.
    private func scene(_ points: [DataPoint]) -> PointerScene {
        PointerScene(points: points, classCount: 3,
                     mapping: PlotMapping(plot: PixelRect(x: 0, y: 0, width: 800, height: 800),
                                          framebuffer: (800, 800), window: (400, 400)),
                     pickRadius: 18)
    }

    private let a = DataPoint(id: 1, position: SIMD2(0, 0), label: 0)
    private let b = DataPoint(id: 2, position: SIMD2(0.5, 0.5), label: 1)

    @Test func theNearestPointWithinThePickRadiusIsHighlighted() {
        var editor = PointEditor()
        let scene = scene([a, b])
        // (200, 200) is the plot's centre; 8 points off is 16 pixels, inside 18.
        _ = editor.pointerMoved(to: SIMD2(208, 200), in: scene)
        #expect(editor.highlighted == 1)
        _ = editor.pointerMoved(to: SIMD2(210, 200), in: scene)
        #expect(editor.highlighted == nil, "20 pixels is outside the pick radius")
        _ = editor.pointerMoved(to: SIMD2(301, 99), in: scene)
        #expect(editor.highlighted == 2)
    }

    @Test func aDragSendsMovesAndRecordsOneEdit() {
        var editor = PointEditor()
        let scene = scene([a, b])
        #expect(editor.pressed(.left, at: SIMD2(201, 199), in: scene, newID: { 99 }) == nil)
        #expect(editor.drag?.id == 1)

        var moves: [TrainerCommand] = []
        for x in stride(from: 210.0, through: 300, by: 30) {
            if let move = editor.pointerMoved(to: SIMD2(x, 200), in: scene) { moves.append(move) }
        }
        #expect(moves.count == 4)
        #expect(editor.pointerMoved(to: SIMD2(300, 200), in: scene) == nil, "no move, no command")
        let edit = editor.released(.left)
        #expect(edit == .move(1, from: SIMD2(0, 0), to: SIMD2(0.5, 0)))
        #expect(editor.history.undoStack.count == 1)
        #expect(editor.undo() == .move(1, from: SIMD2(0.5, 0), to: SIMD2(0, 0)))
    }

    @Test func aDragPastTheEdgeKeepsThePointOnThePlot() {
        var editor = PointEditor()
        let scene = scene([a])
        _ = editor.pressed(.left, at: SIMD2(200, 200), in: scene, newID: { 99 })
        _ = editor.pointerMoved(to: SIMD2(900, -50), in: scene)
        #expect(editor.released(.left) == .move(1, from: SIMD2(0, 0), to: SIMD2(1, 1)))
    }

    @Test func clicksAddAndRemove() {
        var editor = PointEditor()
        editor.currentClass = 2
        let scene = scene([a, b])
        var next: PointID = 10
        let newID = { () -> PointID in next += 1; return next }

        #expect(editor.pressed(.left, at: SIMD2(100, 300), in: scene, newID: newID)
                == .add(DataPoint(id: 11, position: SIMD2(-0.5, -0.5), label: 2)))
        #expect(editor.pressed(.right, at: SIMD2(300, 300), in: scene, newID: newID)
                == .add(DataPoint(id: 12, position: SIMD2(0.5, -0.5), label: 0)),
                "the class after 2 of 3 wraps to 0")
        #expect(editor.pressed(.left, at: SIMD2(500, 100), in: scene, newID: newID) == nil,
                "outside the plot nothing is added")
        #expect(editor.pressed(.middle, at: SIMD2(300, 100), in: scene, newID: newID)
                == .delete(b))
        #expect(editor.pressed(.middle, at: SIMD2(50, 50), in: scene, newID: newID) == nil)

        _ = editor.pointerMoved(to: SIMD2(200, 200), in: scene)
        #expect(editor.deleteHighlighted(in: scene) == .delete(a))
        #expect(editor.history.undoStack.count == 4)
    }

    /// The editor's commands, undo and redo reach a running trainer and apply in order.
    @Test func aTrainerAppliesTheEditorsEditsInOrderWhileTraining() throws {
        let dataset = try DatasetSpec(kind: .blobs, pointsPerClass: 10, classCount: 3, seed: 2)
            .generate()
        let trainer = Trainer(configuration: TrainerConfiguration(
            dataset: dataset, shape: try NetworkShape(parsing: "2-8-3", activation: .relu),
            settings: TrainingSettings(learningRate: 0.05), seed: 1, publishInterval: 0))
        trainer.start()
        defer { trainer.stop() }

        var editor = PointEditor()
        var sceneNow = scene(trainer.latestSnapshot().dataset.points)
        // Add a point at the plot's centre; the next frame's snapshot holds it.
        let pressed = editor.pressed(.right, at: SIMD2(200, 200), in: sceneNow,
                                     newID: trainer.makePointID)
        let added = try #require(pressed)
        trainer.send(added.command)
        guard case .add(let point) = added else { Issue.record("not an add"); return }
        sceneNow.points.append(point)

        // Drag it in steps, the way frames deliver cursor moves, then let go.
        _ = editor.pressed(.left, at: SIMD2(200, 200), in: sceneNow, newID: trainer.makePointID)
        for step in 1...10 {
            let cursor = SIMD2(200 + Double(step) * 10, 200 - Double(step) * 5)
            if let move = editor.pointerMoved(to: cursor, in: sceneNow) { trainer.send(move) }
        }
        let drag = editor.released(.left)
        #expect(drag == .move(point.id, from: .zero, to: SIMD2(0.5, 0.25)))

        // Undo the drag and the add, redo the add: the point is back at the centre.
        let replay = [editor.undo(), editor.undo(), editor.redo()]
        for edit in replay { trainer.send(try #require(edit).command) }
        trainer.send(.setLearningRate(0.125))  // a marker: all before it has been applied

        let deadline = Date().addingTimeInterval(5)
        var snapshot = trainer.latestSnapshot()
        while snapshot.settings.learningRate != 0.125 && Date() < deadline {
            usleep(500)
            snapshot = trainer.latestSnapshot()
        }
        let restored = try #require(snapshot.dataset.points.first { $0.id == point.id })
        #expect(restored.position == .zero)
        #expect(restored.label == 1, "a right click adds the class after the current one")
        #expect(snapshot.dataset.points.count == 31)
        #expect(snapshot.step > 0, "it trained meanwhile")
    }

    /// C clears every point; training must survive empty data and pick up again on new points.
    @Test func aClearedDatasetTakesNewPointsAndTrainsOn() throws {
        let dataset = try DatasetSpec(kind: .xor, pointsPerClass: 10, seed: 2).generate()
        let trainer = Trainer(configuration: TrainerConfiguration(
            dataset: dataset, shape: try NetworkShape(parsing: "2-8-2", activation: .relu),
            settings: TrainingSettings(learningRate: 0.05, batchSize: 4), seed: 1,
            publishInterval: 0))
        trainer.start()
        defer { trainer.stop() }

        var editor = PointEditor()
        var empty = dataset
        empty.points = []
        trainer.send(editor.replaced(dataset, with: empty).command)
        let sceneNow = scene([])
        for (cursor, button) in [(SIMD2(100.0, 100.0), MouseButton.left), (SIMD2(300, 300), .right)] {
            let edit = editor.pressed(button, at: cursor, in: sceneNow, newID: trainer.makePointID)
            trainer.send(try #require(edit).command)
        }
        trainer.send(.setLearningRate(0.125))

        let deadline = Date().addingTimeInterval(5)
        var snapshot = trainer.latestSnapshot()
        while (snapshot.settings.learningRate != 0.125 || snapshot.step < 50)
            && Date() < deadline {
            usleep(1000)
            snapshot = trainer.latestSnapshot()
        }
        #expect(snapshot.dataset.points.map(\.label).sorted() == [0, 1])
        #expect(snapshot.step >= 50)
        #expect(snapshot.evaluation.trainLoss.isFinite)
    }
}
