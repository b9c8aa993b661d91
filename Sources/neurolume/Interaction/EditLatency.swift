// How long a dragged point takes to show up trained: from the mouse move to the first frame
// drawn from a snapshot that contains it. The trainer does not echo commands, so a move counts
// as contained once the snapshot holds its point at exactly the position sent (or at a later
// position sent after it, which supersedes it).

import Learning

/// Pending moves and the latencies measured so far. Main thread only. Times are seconds on
/// GLFW's monotonic clock.
struct EditLatency {
    /// A move sent to the trainer and not yet seen in a drawn frame.
    struct Pending {
        var id: PointID
        var position: SIMD2<Float>
        /// When the window system delivered the earliest cursor event this move carries.
        var eventTime: Double
        /// The frame during which it was sent.
        var frame: Int
    }

    /// A move seen in a frame, with its latency in seconds.
    struct Measured {
        var id: PointID
        var position: SIMD2<Float>
        var seconds: Double
        /// Frames drawn from the one that sent it to the one that showed it, both included:
        /// 1 when the move was drawn by the frame that read it.
        var frames: Int
    }

    private(set) var pending: [Pending] = []
    /// Every latency since start, for the summary at exit.
    private(set) var all: [Double] = []
    /// How many moves took each number of frames (index 1: drawn by the frame that read it).
    private(set) var frameCounts: [Int] = []

    mutating func sent(_ id: PointID, to position: SIMD2<Float>, eventTime: Double,
                       frame: Int) {
        pending.append(Pending(id: id, position: position, eventTime: eventTime, frame: frame))
    }

    /// Whether `points` (a snapshot's) already hold the newest move sent.
    func newestIsDrawable(in points: [DataPoint]) -> Bool {
        guard let newest = pending.last else { return true }
        return points.first { $0.id == newest.id }.map { $0.position == newest.position } ?? true
    }

    /// Frame `frame`, drawn from `snapshotPoints`, finished at `frameTime`. Returns the moves
    /// it contains, oldest first, and forgets them.
    mutating func frameDrawn(_ frame: Int, snapshotPoints points: [DataPoint],
                             at frameTime: Double) -> [Measured] {
        guard !pending.isEmpty else { return [] }
        var positions: [PointID: SIMD2<Float>] = [:]
        for move in pending where positions[move.id] == nil {
            positions[move.id] = points.first { $0.id == move.id }?.position
        }

        // The newest pending move that the snapshot holds; it and every move before it on
        // the same point are in this frame.
        var done = Set<Int>()
        for (index, move) in pending.enumerated().reversed()
        where positions[move.id] == move.position {
            for earlier in 0...index where pending[earlier].id == move.id { done.insert(earlier) }
        }
        // A point that no longer exists was deleted or replaced: nothing left to wait for.
        for (index, move) in pending.enumerated() where positions[move.id] == nil {
            done.insert(index)
        }

        var measured: [Measured] = []
        for index in done.sorted() where positions[pending[index].id] != nil {
            let move = pending[index]
            measured.append(Measured(id: move.id, position: move.position,
                                     seconds: frameTime - move.eventTime,
                                     frames: frame - move.frame + 1))
        }
        pending = pending.enumerated().filter { !done.contains($0.offset) }.map(\.element)
        all += measured.map(\.seconds)
        for move in measured {
            if frameCounts.count <= move.frames {
                frameCounts += Array(repeating: 0, count: move.frames + 1 - frameCounts.count)
            }
            frameCounts[move.frames] += 1
        }
        return measured
    }

    /// Median, 95th percentile and worst of `samples`, in seconds; nil when empty.
    static func summary(_ samples: [Double]) -> (median: Double, p95: Double, worst: Double)? {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        func quantile(_ q: Double) -> Double {
            sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * q).rounded()))]
        }
        return (quantile(0.5), quantile(0.95), sorted[sorted.count - 1])
    }
}
