// Undo and redo for the points a visitor adds, drags and deletes. Each edit is kept with what
// it replaced, so undoing sends the trainer the inverse command.

import Learning

/// One change to the data, reversible.
enum PointEdit: Equatable {
    case add(DataPoint)
    case delete(DataPoint)
    /// A whole drag, from where the point was picked up to where it was let go.
    case move(PointID, from: SIMD2<Float>, to: SIMD2<Float>)
    /// All points at once: clearing them, a new sample, another dataset, a loaded file.
    case replace(from: Dataset, to: Dataset)

    /// The trainer command that applies this edit.
    var command: TrainerCommand {
        switch self {
        case .add(let point): return .addPoint(point)
        case .delete(let point): return .deletePoint(point.id)
        case .move(let id, _, let to): return .movePoint(id, to: to)
        case .replace(_, let to): return .replaceDataset(to)
        }
    }

    /// The edit that undoes this one.
    var inverse: PointEdit {
        switch self {
        case .add(let point): return .delete(point)
        case .delete(let point): return .add(point)
        case .move(let id, let from, let to): return .move(id, from: to, to: from)
        case .replace(let from, let to): return .replace(from: to, to: from)
        }
    }
}

/// The undo and redo stacks. Main thread only.
struct PointEditHistory {
    private(set) var undoStack: [PointEdit] = []
    private(set) var redoStack: [PointEdit] = []

    /// Most edits remembered; the oldest are forgotten first.
    let capacity: Int

    init(capacity: Int = 500) {
        self.capacity = capacity
    }

    /// Records an edit that has just been applied; clears what could be redone.
    mutating func record(_ edit: PointEdit) {
        undoStack.append(edit)
        if undoStack.count > capacity { undoStack.removeFirst(undoStack.count - capacity) }
        redoStack.removeAll()
    }

    /// The edit to apply to undo the latest one, or nil when there is nothing to undo.
    mutating func undo() -> PointEdit? {
        guard let edit = undoStack.popLast() else { return nil }
        redoStack.append(edit)
        return edit.inverse
    }

    /// The edit to apply again, or nil when there is nothing to redo.
    mutating func redo() -> PointEdit? {
        guard let edit = redoStack.popLast() else { return nil }
        undoStack.append(edit)
        return edit
    }

    /// Forgets everything, as when the whole dataset is replaced.
    mutating func clear() {
        undoStack.removeAll()
        redoStack.removeAll()
    }
}
