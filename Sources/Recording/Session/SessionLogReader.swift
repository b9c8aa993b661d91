// Reads a session log back for replay and offline rendering. A bad line is an error naming the
// line; a last line cut short by a crash is a warning, and the events before it still load.

import Foundation

/// A session log as read: its header, its events in order, and what the reader skipped.
public struct SessionLog: Sendable, Equatable {
    public var header: SessionHeader
    public var events: [SessionEvent]
    /// The 1-based line of each event in its file, so a caller that finds an event's payload
    /// wrong can name the line too. Empty for logs not read from a file.
    public var eventLines: [Int]
    public var warnings: [SessionLogWarning]

    public init(header: SessionHeader, events: [SessionEvent], eventLines: [Int] = [],
                warnings: [SessionLogWarning] = []) {
        self.header = header
        self.events = events
        self.eventLines = eventLines
        self.warnings = warnings
    }
}

/// Parses session logs written by `SessionLogWriter` (or by hand).
///
/// Line 1 is the header; every later line an event, with frames never going back. Blank lines
/// are skipped. Any input, however mangled, gives a log or an error, never a trap: the JSON
/// parser bounds nesting depth, and every field is checked before use.
public enum SessionLogReader {
    /// Reads and parses the file at `path`.
    public static func read(path: String) throws(SessionLogError) -> SessionLog {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = (error as NSError).localizedFailureReason
                ?? (error as NSError).localizedDescription
            throw SessionLogError(file: path, "cannot read: \(reason)")
        }
        return try parse(data, file: path)
    }

    /// Parses the bytes of a log; `file` names it in errors and warnings.
    public static func parse(_ data: Data, file: String) throws(SessionLogError) -> SessionLog {
        let bytes = [UInt8](data)
        let endsWithNewline = bytes.last == UInt8(ascii: "\n")
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if endsWithNewline { lines.removeLast() }  // the empty piece after the final newline

        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var header: SessionHeader?
        var events: [SessionEvent] = []
        var eventLines: [Int] = []
        var warnings: [SessionLogWarning] = []

        for (index, line) in lines.enumerated() {
            let number = index + 1
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t")
                                 || $0 == UInt8(ascii: "\r") }) { continue }
            let isCutShort = number == lines.count && !endsWithNewline

            do throws(LineProblem) {
                if header == nil {
                    header = try decodeHeader(Data(line), decoder: decoder)
                    continue
                }
                let event = try decodeEvent(Data(line), decoder: decoder)
                if let previous = events.last, event.frame < previous.frame {
                    throw LineProblem("frame \(event.frame) comes after frame \(previous.frame); "
                                      + "events must be in frame order")
                }
                events.append(event)
                eventLines.append(number)
            } catch {
                // A writer that died mid-line leaves a last line without its newline, and
                // (almost always) not valid JSON: everything before it is still good.
                if isCutShort, let header {
                    warnings.append(SessionLogWarning(
                        file: file, line: number,
                        "the last line is cut short (the program probably stopped while writing "
                        + "it) and was ignored: \(error.message)"))
                    return SessionLog(header: header, events: events, eventLines: eventLines,
                                      warnings: warnings)
                }
                throw SessionLogError(file: file, line: number, error.message)
            }
        }

        guard let header else {
            throw SessionLogError(file: file, "empty; a session log starts with a header line")
        }
        return SessionLog(header: header, events: events, eventLines: eventLines,
                          warnings: warnings)
    }

    /// Why one line was refused.
    private struct LineProblem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    private static func decodeHeader(_ line: Data, decoder: JSONDecoder) throws(LineProblem)
        -> SessionHeader
    {
        let header: SessionHeader
        do {
            header = try decoder.decode(SessionHeader.self, from: line)
        } catch {
            throw LineProblem("not a session header: \(describe(error))")
        }
        guard header.formatVersion <= SessionHeader.currentFormatVersion else {
            throw LineProblem("format version \(header.formatVersion) is newer than this build "
                              + "reads (\(SessionHeader.currentFormatVersion)); update neurolume")
        }
        guard header.formatVersion >= 1 else {
            throw LineProblem("format version \(header.formatVersion) does not exist; "
                              + "versions start at 1")
        }
        guard header.part >= 0, header.firstFrame >= 0 else {
            throw LineProblem("part and firstFrame must not be negative")
        }
        return header
    }

    private static func decodeEvent(_ line: Data, decoder: JSONDecoder) throws(LineProblem)
        -> SessionEvent
    {
        let event: SessionEvent
        do {
            event = try decoder.decode(SessionEvent.self, from: line)
        } catch {
            throw LineProblem("not an event: \(describe(error))")
        }
        guard event.frame >= 0 else { throw LineProblem("frame \(event.frame) is negative") }
        guard !event.kind.isEmpty else { throw LineProblem("the event kind is empty") }
        return event
    }

    /// A decoding failure in a few words, naming the field, instead of Foundation's paragraph.
    private static func describe(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            let field = (context.codingPath + [key]).map(\.stringValue).joined(separator: ".")
            return "missing \"\(field)\""
        case .typeMismatch(let type, let context)?:
            if context.codingPath.isEmpty { return "expected a JSON object" }
            return "\"\(path(context.codingPath))\" should be \(typeName(type))"
        case .valueNotFound(let type, let context)?:
            return "\"\(path(context.codingPath))\" is null; it should be \(typeName(type))"
        case .dataCorrupted(let context)?:
            if context.codingPath.isEmpty { return "not valid JSON" }
            return "\"\(path(context.codingPath))\" is invalid: \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is String.Type: "a string"
        case is Date.Type: "an ISO 8601 date"
        default: "a JSON value"
        }
    }
}
