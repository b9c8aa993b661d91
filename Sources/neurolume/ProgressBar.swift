// A one-line progress bar on stderr for long commands, redrawn in place with a carriage
// return. Only on a terminal: in a pipe or a log file it would be noise.

import Foundation

/// Counts up to `total`; redraws at most ten times a second. One thread.
struct ProgressBar {
    let total: Int
    let isEnabled: Bool
    private let width = 30
    private var lastDraw = 0.0
    private var drawn = false

    init(total: Int, isEnabled: Bool) {
        self.total = max(total, 1)
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
        let line = "\r" + bar + String(format: " %3.0f%%  step %d/%d", 100 * fraction, done, total)
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Ends the bar's line so what follows starts on a fresh one.
    mutating func finish() {
        guard isEnabled, drawn else { return }
        FileHandle.standardError.write(Data("\n".utf8))
        drawn = false
    }
}
