// The health line an unattended machine's log gets every few minutes: how smoothly frames come,
// how fast training runs, how much memory the process holds and what is on screen.

import Learning
import Rendering

/// Gathers frame times and writes the health line. Render thread only.
struct HealthReport {
    /// Seconds between lines.
    let interval: Double
    private var statistics = FrameTimeStatistics()
    private var lastFrame: Double?
    private var nextLine: Double

    init(interval: Double, now: Double) {
        self.interval = interval
        nextLine = now + interval
    }

    /// Records a frame shown at `now` (seconds) and writes the line when it is due.
    mutating func frame(at now: Double, snapshot: TrainingSnapshot, scene: String?) {
        if let lastFrame { statistics.record(now - lastFrame) }
        lastFrame = now
        guard now >= nextLine else { return }
        nextLine = now + interval
        Log.info("health", line(snapshot: snapshot, scene: scene))
        statistics.reset()
    }

    /// "frames/s 59.9 median, 52.3 p99; 400 steps/s; resident 143.2 MB; scene 2/5 moons …".
    /// The 99th percentile is of frame times, so it is the slow end of the frame rate.
    func line(snapshot: TrainingSnapshot, scene: String?) -> String {
        let median = statistics.quantile(0.5).map { 1 / $0 } ?? 0
        let slow = statistics.quantile(0.99).map { 1 / $0 } ?? 0
        let resident = Double(ResourceUsage.residentBytes() ?? 0) / 1_048_576
        return String(format: "frames/s %.1f median, %.1f p99; %.0f steps/s; resident %.1f MB; ",
                      median, slow, snapshot.stepsPerSecond, resident)
            + "scene " + (scene ?? "\(snapshot.dataset.name) \(snapshot.network.shape)")
    }
}
