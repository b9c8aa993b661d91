// A one-line progress bar on stderr for long commands, redrawn in place with a carriage
// return. Only on a terminal: in a pipe or a log file it would be noise.

import Foundation

/// Counts up to `total`; redraws at most ten times a second. One thread.
struct ProgressBar {
    let total: Int
    /// What is counted, e.g. "step" or "frame".
    let unit: String
    let isEnabled: Bool
    private let width = 30
    private let started = Date.timeIntervalSinceReferenceDate
    private var lastDraw = 0.0
    private var drawn = false

    init(total: Int, unit: String, isEnabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = max(total, 1)
        self.unit = unit
        self.isEnabled = isEnabled
    }

    mutating func update(_ done: Int) {
        guard isEnabled else { return }
        let now = Date.timeIntervalSinceReferenceDate
        guard now - lastDraw >= 0.1 || done >= total else { return }
        lastDraw = now
        drawn = true
        let fraction = min(Double(done) / Double(total), 1)
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled)
            + String(repeating: "·", count: width - filled)
        let rate = Double(done) / max(now - started, 1e-9)
        let line = "\r" + bar + String(format: " %3.0f%%  %@ %d/%d, %.1f/s", 100 * fraction,
                                       unit, done, total, rate)
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Ends the bar's line so what follows starts on a fresh one.
    mutating func finish() {
        guard isEnabled, drawn else { return }
        FileHandle.standardError.write(Data("\n".utf8))
        drawn = false
    }
}
