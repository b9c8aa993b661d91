// Frames per second over a sliding second, for the HUD and the dynamic resolution.

/// Counts frames; `tick` once per presented frame with a monotonic time in seconds.
public struct FrameClock: Sendable {
    private var times: [Double] = []

    public init() {}

    public mutating func tick(at time: Double) {
        times.append(time)
        // Keep about one second, and never fewer than two frames to measure between.
        while times.count > 2 && time - times[0] > 1 { times.removeFirst() }
    }

    /// Frames per second over the kept window; 0 until two frames have been seen.
    public var framesPerSecond: Double {
        guard times.count >= 2, let first = times.first, let last = times.last,
              last > first else { return 0 }
        return Double(times.count - 1) / (last - first)
    }

    /// Seconds per frame over the kept window; 0 until measured.
    public var frameSeconds: Double {
        framesPerSecond > 0 ? 1 / framesPerSecond : 0
    }
}
