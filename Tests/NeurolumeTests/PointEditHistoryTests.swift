// Undo and redo of point edits: the stacks, and their bound. PointEditorTests checks a running
// trainer applying them in order.

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
}
