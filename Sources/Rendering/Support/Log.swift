// A small leveled log on stderr, in one format: "[info] gl: message", which the stderr sink
// prefixes with an ISO 8601 UTC time for journals and log files. Tests swap the sink to capture
// lines without times; levels below `threshold` are dropped.

import Foundation
import Synchronization

/// Log lines for people at the terminal. Safe to call from any thread.
public enum Log {
    public enum Level: Int, Sendable, Comparable {
        case debug, info, warn, error

        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
        var label: String { ["debug", "info", "warn", "error"][rawValue] }
    }

    /// Receives each formatted line without its newline.
    public typealias Sink = @Sendable (String) -> Void

    private struct State {
        var threshold: Level = .info
        var sink: Sink = standardError
        var said: Set<String> = []
    }
    private static let state = Mutex(State())

    public static var threshold: Level {
        get { state.withLock { $0.threshold } }
        set { state.withLock { $0.threshold = newValue } }
    }

    /// Writes "2026-12-03T17:08:36.123Z [info] gl: message" to stderr.
    public static let standardError: Sink = { line in
        FileHandle.standardError.write(Data((timestamp(Date()) + " " + line + "\n").utf8))
    }

    /// `date` in UTC as ISO 8601 with milliseconds, formatted by hand: the formatters are
    /// not Sendable, and a line must not wait on a lock around one.
    static func timestamp(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        var whole = time_t(seconds.rounded(.down))
        var parts = tm()
        gmtime_r(&whole, &parts)
        let milliseconds = min(Int((seconds - seconds.rounded(.down)) * 1000), 999)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", Int(parts.tm_year) + 1900,
                      Int(parts.tm_mon) + 1, Int(parts.tm_mday), Int(parts.tm_hour),
                      Int(parts.tm_min), Int(parts.tm_sec), milliseconds)
    }

    /// Replaces where lines go (tests); returns the previous sink.
    @discardableResult
    public static func setSink(_ sink: @escaping Sink) -> Sink {
        state.withLock { state in
            defer { state.sink = sink }
            return state.sink
        }
    }

    public static func debug(_ area: String, _ message: @autoclosure () -> String) {
        write(.debug, area, message)
    }
    public static func info(_ area: String, _ message: @autoclosure () -> String) {
        write(.info, area, message)
    }
    public static func warn(_ area: String, _ message: @autoclosure () -> String) {
        write(.warn, area, message)
    }
    public static func error(_ area: String, _ message: @autoclosure () -> String) {
        write(.error, area, message)
    }

    /// Logs `message` only the first time this exact text is given: for conditions that recur
    /// every frame.
    public static func once(_ level: Level, _ area: String, _ message: String) {
        let isNew = state.withLock { $0.said.insert(area + message).inserted }
        if isNew { write(level, area, { message }) }
    }

    private static func write(_ level: Level, _ area: String, _ message: () -> String) {
        let sink: Sink? = state.withLock { level >= $0.threshold ? $0.sink : nil }
        sink?("[\(level.label)] \(area): \(message())")
    }
}
