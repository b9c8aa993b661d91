// The attract loop's decisions, without a window or a trainer: when a scene has run its time,
// converged or diverged, when a visitor has taken over and when they have left. Time comes in
// as an argument, so tests drive it with a fast clock.

/// What the loop watches of the training, once a frame.
struct SceneProgress: Equatable {
    var step: Int
    var trainLoss: Float
    /// The trainer's running count of divergences (it restarts the weights after each).
    var divergenceCount: Int
}

/// A move to another scene, and why.
struct SceneChange: Equatable {
    enum Reason: String {
        case timeUp = "time up"
        case converged
        case diverged
        case visitorLeft = "visitor left"
    }

    var index: Int
    var reason: Reason
}

/// Cycles scene indices. Not thread-safe; the render thread owns it. Times are in seconds on
/// any monotonic clock, as long as every call uses the same one.
struct AttractLoop {
    /// Each scene's longest run, in seconds.
    private(set) var durations: [Double]
    /// Seconds without input before a visitor's pause ends.
    var idleSeconds: Double
    /// The loss is flat when it moved less than `flatTolerance` (relative) over this window.
    var convergenceWindow: Double
    var flatTolerance: Float = 0.02
    /// A scene shows at least this long before it may end as converged.
    var minimumSeconds: Double

    private(set) var index = 0
    private(set) var sceneStart: Double
    /// True while a visitor has the controls.
    private(set) var isPausedByVisitor = false
    private var lastInput = 0.0
    /// The divergence count when the scene's first snapshot was seen; nil until then.
    private var divergenceBase: Int?
    /// (time, train loss) over the last `convergenceWindow` seconds, oldest first.
    private var losses: [(time: Double, loss: Float)] = []

    init(durations: [Double], idleSeconds: Double, now: Double, convergenceWindow: Double = 15,
         minimumSeconds: Double = 20) {
        precondition(!durations.isEmpty, "an attract loop needs at least one scene")
        self.durations = durations
        self.idleSeconds = idleSeconds
        self.convergenceWindow = convergenceWindow
        self.minimumSeconds = minimumSeconds
        sceneStart = now
    }

    /// A visitor moved the mouse or pressed a key: the loop holds the current scene.
    mutating func visitorInput(at now: Double) {
        isPausedByVisitor = true
        lastInput = now
    }

    /// New scene lengths after a configuration reload; the running scene keeps going and the
    /// next one comes from the new list.
    mutating func replaceDurations(_ newDurations: [Double]) {
        precondition(!newDurations.isEmpty, "an attract loop needs at least one scene")
        durations = newDurations
        index = min(index, durations.count - 1)
    }

    /// Looks at this frame's progress; returns the scene to switch to, if it is time.
    mutating func update(now: Double, progress: SceneProgress) -> SceneChange? {
        if isPausedByVisitor {
            guard now - lastInput >= idleSeconds else { return nil }
            isPausedByVisitor = false
            return advance(now: now, reason: .visitorLeft)
        }

        // Divergence: the trainer counted one more since this scene began.
        let base = divergenceBase ?? progress.divergenceCount
        divergenceBase = base
        if progress.divergenceCount > base { return advance(now: now, reason: .diverged) }

        if hasConverged(now: now, loss: progress.trainLoss) {
            return advance(now: now, reason: .converged)
        }
        if now - sceneStart >= durations[index] { return advance(now: now, reason: .timeUp) }
        return nil
    }

    /// Records `loss` and says whether it has stayed flat over the whole window.
    private mutating func hasConverged(now: Double, loss: Float) -> Bool {
        guard loss.isFinite else { return false }
        // Samples a fifth of a second apart are plenty to see a trend, and keep the array small.
        if let last = losses.last, now - last.time < 0.2 { return false }
        losses.append((now, loss))
        while let first = losses.first, now - first.time > convergenceWindow {
            losses.removeFirst()
        }

        guard now - sceneStart >= min(minimumSeconds, durations[index]),
              let first = losses.first, now - first.time >= convergenceWindow * 0.9 else {
            return false
        }
        let values = losses.map(\.loss)
        let high = values.max()!, low = values.min()!
        return high - low <= flatTolerance * max(high, 1e-4)
    }

    private mutating func advance(now: Double, reason: SceneChange.Reason) -> SceneChange {
        index = (index + 1) % durations.count
        sceneStart = now
        divergenceBase = nil
        losses.removeAll(keepingCapacity: true)
        return SceneChange(index: index, reason: reason)
    }
}
