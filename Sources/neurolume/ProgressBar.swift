// A one-line progress bar for long commands, drawn on stderr only when it is a terminal, so
// logs and pipes get no carriage-return noise.

import Foundation

/// Redraws "label [#####-----] 50% 150/300" at most ten times a second.
struct ProgressBar {
    let total: Int
    let label: String
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var lastDraw = 0.0
    private let started = Date()

    init(total: Int, label: String) {
        self.total = max(total, 1)
        self.label = label
    }

    mutating func update(_ done: Int) {
        guard isTerminal else { return }
        let now = Date().timeIntervalSince(started)
        guard now - lastDraw >= 0.1 || done == total else { return }
        lastDraw = now

        let width = 30
        let filled = width * min(done, total) / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let rate = now > 0 ? Double(done) / now : 0
        let line = String(format: "\r%@ [%@] %3d%% %d/%d, %.1f/s", label, bar,
                          100 * done / total, done, total, rate)
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Ends the bar's line.
    func finish() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
