// Writes a session log as JSON lines on a background queue: the render thread only hands events
// over. Each line reaches the kernel in one write, so a crash loses at most the lines in flight;
// files rotate by size so a session left running for days keeps a bounded disk footprint.

import Foundation
import Synchronization

/// Appends events to a session log file.
///
/// Thread rules: `append` from any thread, without waiting (the event is encoded and written on
/// a private serial queue, in the order of the calls); `flush`, `close` and `failure` from any
/// thread. After a write error the writer stops, keeps what it wrote, and reports it in
/// `failure`; later events are dropped, so a full disk never takes the program down.
///
/// Rotation: when the next line would take `session.jsonl` past `rotateAtBytes`, it becomes
/// `session.1.jsonl` (the older ones shift to `.2`, `.3`… and the oldest past `keepRotated` is
/// deleted), and a new `session.jsonl` starts with the header again, `part` counted up and
/// `firstFrame` set. An existing log at `path` is rotated the same way when a writer opens, so
/// the previous session is kept rather than overwritten.
public final class SessionLogWriter: Sendable {
    public let path: String
    public let rotateAtBytes: Int
    public let keepRotated: Int

    private let queue = DispatchQueue(label: "neurolume.session-log", qos: .utility)
    /// The open file; used on `queue` (and in `init` and `deinit`, when no block can run).
    private let file: Mutex<OpenFile?>
    private let problem = Mutex<SessionLogError?>(nil)

    private struct OpenFile {
        var descriptor: Int32
        var bytes: Int
        var header: SessionHeader
        /// Bytes of the header line: a file holding only that is never rotated.
        var headerBytes: Int
    }

    /// Opens `path` (creating its folder) and writes `header` as the first line before
    /// returning, so a file that cannot be written is reported here.
    public init(path: String, header: SessionHeader, rotateAtBytes: Int = 16 << 20,
                keepRotated: Int = 5) throws(SessionLogError) {
        precondition(rotateAtBytes > 0 && keepRotated >= 0,
                     "rotation needs a positive size and a non-negative number of files to keep")
        self.path = path
        self.rotateAtBytes = rotateAtBytes
        self.keepRotated = keepRotated

        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try VideoFolder.createFolder(folder) }
        } catch {
            guard case .cannotCreateFolder(let blocked, let reason) = error else {
                throw SessionLogError(file: path, error.message)
            }
            throw SessionLogError(file: path, "cannot create the folder \(blocked): \(reason)")
        }
        let existing = (try? FileManager.default.attributesOfItem(atPath: path))?[.size]
        if let size = existing as? NSNumber, size.intValue > 0 {
            Self.shiftRotatedFiles(path: path, keep: keepRotated)
        }
        do {
            file = Mutex(try Self.open(path: path, header: header))
        } catch {
            throw SessionLogError(file: path, error.message)
        }
    }

    deinit {
        file.withLock { file in
            if let descriptor = file?.descriptor { Glibc.close(descriptor) }
        }
    }

    /// Why writing stopped, if it did.
    public var failure: SessionLogError? { problem.withLock { $0 } }

    /// Queues `event` for writing and returns at once.
    public func append(_ event: SessionEvent) {
        queue.async { [self] in write(event) }
    }

    /// Waits until every event appended so far has been written.
    public func flush() {
        queue.sync {}
    }

    /// Writes what is queued and closes the file; later events are dropped. A second call does
    /// nothing.
    public func close() {
        queue.sync {
            file.withLock { file in
                if let descriptor = file?.descriptor { Glibc.close(descriptor) }
                file = nil
            }
        }
    }

    /// Runs on `queue`.
    private func write(_ event: SessionEvent) {
        let line: [UInt8]
        do {
            line = try Self.encode(event)
        } catch {
            // Only a non-finite number in a payload gets here: the event cannot be stored, the
            // log goes on without it.
            report(SessionLogError(file: path, "an event of kind \"\(event.kind)\" at frame "
                                   + "\(event.frame) cannot be written as JSON: \(error)"))
            return
        }

        file.withLock { file in
            guard var open = file else { return }
            if open.bytes + line.count > rotateAtBytes && open.bytes > open.headerBytes {
                guard let rotated = rotate(open, firstFrame: event.frame) else {
                    file = nil
                    return
                }
                open = rotated
            }
            if let reason = Self.writeAll(line, to: open.descriptor) {
                report(SessionLogError(file: path, "cannot write: \(reason); the log stops here"))
                Glibc.close(open.descriptor)
                file = nil
                return
            }
            open.bytes += line.count
            file = open
        }
    }

    /// Closes `open`, shifts the older files along, and starts a new file at `path`; nil (with
    /// the problem reported) if the new file cannot be started.
    private func rotate(_ open: OpenFile, firstFrame: Int) -> OpenFile? {
        Glibc.close(open.descriptor)
        Self.shiftRotatedFiles(path: path, keep: keepRotated)
        var header = open.header
        header.part += 1
        header.firstFrame = firstFrame
        do {
            return try Self.open(path: path, header: header)
        } catch {
            report(SessionLogError(file: path, "\(error.message); the log stops here"))
            return nil
        }
    }

    private func report(_ error: SessionLogError) {
        problem.withLock { $0 = $0 ?? error }
    }

    /// `session.jsonl` → `session.1.jsonl`, `.1` → `.2`… up to `keep`; the file past `keep`
    /// is overwritten by the rename, and with `keep` 0 the log is simply deleted.
    static func shiftRotatedFiles(path: String, keep: Int) {
        guard keep > 0 else {
            unlink(path)
            return
        }
        for index in stride(from: keep, through: 1, by: -1) {
            let source = index == 1 ? path : rotatedPath(path, index - 1)
            rename(source, rotatedPath(path, index))  // a missing source is fine
        }
    }

    /// The name of rotated file `index` of `path`: the number goes before the extension.
    public static func rotatedPath(_ path: String, _ index: Int) -> String {
        let fileExtension = (path as NSString).pathExtension
        guard !fileExtension.isEmpty else { return "\(path).\(index)" }
        return "\((path as NSString).deletingPathExtension).\(index).\(fileExtension)"
    }

    /// Creates (or truncates) `path` and writes `header` as its first line.
    private static func open(path: String, header: SessionHeader) throws(MessageError)
        -> OpenFile
    {
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC,
                                    0o644)
        guard descriptor >= 0 else {
            throw MessageError("cannot create: \(String(cString: strerror(errno)))")
        }
        let line: [UInt8]
        do {
            line = try encode(header)
        } catch {
            Glibc.close(descriptor)
            throw MessageError("the header cannot be written as JSON: \(error)")
        }
        if let reason = writeAll(line, to: descriptor) {
            Glibc.close(descriptor)
            throw MessageError("cannot write: \(reason)")
        }
        return OpenFile(descriptor: descriptor, bytes: line.count, header: header,
                        headerBytes: line.count)
    }

    /// A failure described in words, before the file name is attached.
    private struct MessageError: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// One value as one line: compact JSON with sorted keys (so equal sessions give equal
    /// files) and a newline.
    private static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var line = [UInt8](try encoder.encode(value))
        line.append(UInt8(ascii: "\n"))
        return line
    }

    /// Writes all of `bytes` in as few calls as the kernel allows; the reason on failure.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes {
                Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += count
        }
        return nil
    }
}
