// A small leveled log on stderr, in one format: "[info] gl: message". Tests swap the sink to
// capture lines; levels below `threshold` are dropped.

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
        var sink: Sink = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        var said: Set<String> = []
    }
    private static let state = Mutex(State())

    public static var threshold: Level {
        get { state.withLock { $0.threshold } }
        set { state.withLock { $0.threshold = newValue } }
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
