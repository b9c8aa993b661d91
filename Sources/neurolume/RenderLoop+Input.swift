// The live window's input: pointer events go to the PointEditor and its edits to the trainer;
// files dropped on the window are loaded; keys go to RenderLoop+Keys.

import Learning
import Rendering

extension RenderLoop {
    /// The events of one frame, in order. Cursor moves are folded into one per frame (and
    /// before each button event), so a fast drag sends the trainer one move per frame.
    mutating func handleInput(_ events: [InputEvent]) {
        let pointer = pointerScene(trainer.latestSnapshot())
        for event in events {
            switch event {
            case .cursorMoved(let x, let y, let time):
                pendingCursor = (SIMD2(x, y), pendingCursor?.since ?? time)
            case .mouseDown(let button, let x, let y, _, let time):
                pendingCursor = (SIMD2(x, y), pendingCursor?.since ?? time)
                flushCursor(pointer)
                if let edit = editor.pressed(button, at: SIMD2(x, y), in: pointer,
                                             newID: trainer.makePointID) {
                    apply(edit)
                }
            case .mouseUp(let button, let x, let y, let time):
                pendingCursor = (SIMD2(x, y), pendingCursor?.since ?? time)
                flushCursor(pointer)
                let dragged = editor.drag?.id
                if let edit = editor.released(button) {
                    apply(edit, alreadySent: true)
                    finishedDrag = dragged
                }
            case .filesDropped(let paths, _):
                for path in paths { load(path) }
            case .key, .character:
                if let action = KeyMap.action(for: event) { perform(action) }
            }
        }

        // Without new cursor events the points can still move under a resting cursor. Not
        // during a drag: a move taken from a polled position here would never be sent.
        if pendingCursor == nil && editor.drag == nil {
            let cursor = window.cursorPosition
            _ = editor.pointerMoved(to: SIMD2(cursor.x, cursor.y), in: pointer)
        }
        flushCursor(pointer)
    }

    /// The points and mapping of the frame on screen, which is what the person is pointing at.
    func pointerScene(_ snapshot: TrainingSnapshot) -> PointerScene {
        let layout = scene.layout
        let mapping = PlotMapping(plot: layout.plot, framebuffer: layout.size,
                                  window: window.windowSize)
        return PointerScene(points: snapshot.dataset.points,
                            classCount: snapshot.dataset.classCount, mapping: mapping,
                            pickRadius: Double(scene.points.highlightRadius * layout.uiScale))
    }

    /// Gives the pending cursor position to the editor; a drag sends its move at once.
    private mutating func flushCursor(_ pointer: PointerScene) {
        guard let (position, since) = pendingCursor else { return }
        pendingCursor = nil
        guard let command = editor.pointerMoved(to: position, in: pointer) else { return }
        send(command)
        if case .movePoint(let id, let to) = command {
            latency.sent(id, to: to, eventTime: since, frame: frameIndex)
        }
    }

    /// Sends a finished edit to the trainer (unless its effect was sent as it happened, as a
    /// drag's moves are) and says what it was.
    mutating func apply(_ edit: PointEdit, alreadySent: Bool = false, prefix: String = "") {
        if !alreadySent { send(edit.command) }
        Log.debug("trace", "edit \(describe(edit))")
        say(prefix + describe(edit))
    }

    func describe(_ edit: PointEdit) -> String {
        switch edit {
        case .add(let point):
            return String(format: "added point %d of class %d at (%.3f, %.3f)", point.id,
                          point.label + 1, point.position.x, point.position.y)
        case .delete(let point):
            return "removed point \(point.id)"
        case .move(let id, _, let to):
            return String(format: "moved point %d to (%.3f, %.3f)", id, to.x, to.y)
        case .replace(let from, let to):
            return "\(from.name), \(from.points.count) points → \(to.name), "
                + "\(to.points.count) points"
        }
    }

    // MARK: Files dropped on the window

    /// Loads a dropped CSV (points) or JSON (a saved network). A file that cannot be used
    /// changes nothing and says why on screen.
    mutating func load(_ path: String) {
        let snapshot = trainer.latestSnapshot()
        do {
            if path.lowercased().hasSuffix(".json") {
                let (network, dataset) = try SceneFiles.loadNetwork(
                    path, for: snapshot.dataset, dataIsFromFile: generated == nil)
                if dataset != snapshot.dataset { send(.replaceDataset(dataset)) }
                send(.loadNetwork(network))
                say("loaded network \(network.shape) from \(path)")
            } else {
                let loaded = try SceneFiles.loadPoints(
                    path, testFraction: options.scene.testFraction, seed: options.scene.seed &+ 1)
                replacePoints(snapshot.dataset, with: renumbered(loaded))
                generated = nil
            }
        } catch {
            say("\(error)", isError: true)
        }
    }

    /// A dataset with ids from the trainer's counter, so they never clash with ids in the undo
    /// history.
    func renumbered(_ dataset: Dataset) -> Dataset {
        var result = dataset
        for index in result.points.indices { result.points[index].id = trainer.makePointID() }
        return result
    }

    /// Replaces all points, as one undoable edit.
    mutating func replacePoints(_ current: Dataset, with new: Dataset) {
        apply(editor.replaced(current, with: new))
    }
}
