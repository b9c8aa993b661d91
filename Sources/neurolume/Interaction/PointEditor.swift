// What the mouse does to the data: the point under the cursor is highlighted, a left drag moves
// it, clicks add and remove points, and every finished edit goes on the undo history. The
// editor decides; the caller sends the commands it returns to the trainer.

import Learning
import Rendering

/// The points and the screen as one frame shows them: what a pointer event acts on.
struct PointerScene {
    /// The newest snapshot's points, in plot space.
    var points: [DataPoint]
    var classCount: Int
    var mapping: PlotMapping
    /// How far from a point's centre the cursor still picks it, in framebuffer pixels.
    var pickRadius: Double
}

/// The mouse's part of the interface. Main thread only.
struct PointEditor {
    /// A left drag in progress: the point, where it was picked up, and where it is now.
    struct Drag: Equatable {
        var id: PointID
        var from: SIMD2<Float>
        var to: SIMD2<Float>
    }

    /// The class a left click adds; a right click adds the one after it.
    var currentClass = 0
    private(set) var hovered: PointID?
    private(set) var drag: Drag?
    private(set) var history = PointEditHistory()

    /// The point to ring on screen: the one being dragged, else the one under the cursor.
    var highlighted: PointID? { drag?.id ?? hovered }

    /// The nearest point within the pick radius of `cursor` (window coordinates).
    func point(at cursor: SIMD2<Double>, in scene: PointerScene) -> DataPoint? {
        let pixel = scene.mapping.framebufferPixel(forCursor: cursor)
        var best: (point: DataPoint, distance: Double)?
        for point in scene.points {
            let offset = scene.mapping.framebufferPixel(forPlot: point.position) - pixel
            let distance = (offset * offset).sum().squareRoot()
            if distance <= scene.pickRadius && distance < (best?.distance ?? .infinity) {
                best = (point, distance)
            }
        }
        return best?.point
    }

    // MARK: Pointer events

    /// The cursor moved to `cursor`. While dragging, returns the move to send (nil when the
    /// point would not move); otherwise updates the highlight.
    mutating func pointerMoved(to cursor: SIMD2<Double>, in scene: PointerScene)
        -> TrainerCommand? {
        guard var current = drag else {
            hovered = point(at: cursor, in: scene)?.id
            return nil
        }
        // Points stay on the plot, so a point dragged past the edge can still be picked up.
        let position = clamp(scene.mapping.plotPosition(forCursor: cursor))
        guard position != current.to else { return nil }
        current.to = position
        drag = current
        return .movePoint(current.id, to: position)
    }

    /// A button went down at `cursor`. Returns the edit made at once (an added or removed
    /// point), already recorded for undo; a left press on a point starts a drag instead.
    /// `newID` hands out ids for added points.
    mutating func pressed(_ button: MouseButton, at cursor: SIMD2<Double>,
                          in scene: PointerScene, newID: () -> PointID) -> PointEdit? {
        guard drag == nil else { return nil }
        let target = point(at: cursor, in: scene)
        switch button {
        case .left:
            if let target {
                drag = Drag(id: target.id, from: target.position, to: target.position)
                return nil
            }
            return add(classOffset: 0, at: cursor, in: scene, newID: newID)
        case .right:
            return add(classOffset: 1, at: cursor, in: scene, newID: newID)
        case .middle:
            return target.map { record(.delete($0)) }
        }
    }

    /// A button came up. Ends a left drag: returns the whole drag as one edit (recorded for
    /// undo), or nil when the point did not move.
    mutating func released(_ button: MouseButton) -> PointEdit? {
        guard button == .left, let finished = drag else { return nil }
        drag = nil
        hovered = finished.id
        guard finished.to != finished.from else { return nil }
        return record(.move(finished.id, from: finished.from, to: finished.to))
    }

    /// Delete or Backspace: removes the highlighted point, if any and not mid-drag.
    mutating func deleteHighlighted(in scene: PointerScene) -> PointEdit? {
        guard drag == nil, let id = hovered,
              let target = scene.points.first(where: { $0.id == id }) else { return nil }
        hovered = nil
        return record(.delete(target))
    }

    // MARK: Whole datasets and history

    /// Records a change of all points (clear, new sample, another dataset) for undo.
    mutating func replaced(_ from: Dataset, with to: Dataset) -> PointEdit {
        drag = nil
        hovered = nil
        return record(.replace(from: from, to: to))
    }

    /// The edit that undoes the latest one; nil when there is none or a drag is under way.
    mutating func undo() -> PointEdit? {
        guard drag == nil else { return nil }
        return history.undo()
    }

    mutating func redo() -> PointEdit? {
        guard drag == nil else { return nil }
        return history.redo()
    }

    // MARK: Helpers

    private mutating func add(classOffset: Int, at cursor: SIMD2<Double>, in scene: PointerScene,
                              newID: () -> PointID) -> PointEdit? {
        guard scene.classCount > 0, scene.mapping.isInsidePlot(cursor: cursor) else { return nil }
        let label = (currentClass + classOffset) % scene.classCount
        let point = DataPoint(id: newID(), position: scene.mapping.plotPosition(forCursor: cursor),
                              label: label)
        hovered = point.id
        return record(.add(point))
    }

    private mutating func record(_ edit: PointEdit) -> PointEdit {
        history.record(edit)
        return edit
    }

    private func clamp(_ position: SIMD2<Float>) -> SIMD2<Float> {
        pointwiseMin(pointwiseMax(position, SIMD2(repeating: -1)), SIMD2(repeating: 1))
    }
}
