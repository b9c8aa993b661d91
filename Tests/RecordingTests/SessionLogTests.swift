// Session logs: written and read back unchanged, rotated by size, and read forgivingly where a
// crash cut the last line but strictly elsewhere, with errors that name the line. A fuzz test
// feeds the parser seeded random bytes and mangled logs.

import Foundation
import Learning
import Testing
@testable import Recording

struct SessionLogTests {
    private let created = Date(timeIntervalSince1970: 1_796_314_805)
    private let header: SessionHeader

    init() {
        header = SessionHeader(appVersion: "0.1.0", createdAt: created, scene: [
            "seed": 42, "dataset": "spiral", "shape": "2-16-3", "points": [[0.5, -0.25, 1]],
        ])
    }

    private func events(_ count: Int) -> [SessionEvent] {
        (0..<count).map { index in
            let value = JSONValue.number(0.1 * Double(index))
            return SessionEvent(frame: index * 3, kind: index % 2 == 0 ? "key" : "command",
                                payload: ["key": "space", "down": true, "value": value])
        }
    }

    /// The bytes of a well-formed log with `count` events.
    private func validLog(_ count: Int) throws -> Data {
        let path = makeTemporaryFolder("valid") + "/session.jsonl"
        let writer = try SessionLogWriter(path: path, header: header)
        for event in events(count) { writer.append(event) }
        writer.close()
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test func writesAndReadsBackTheSameSession() throws {
        let path = makeTemporaryFolder("roundtrip") + "/logs/session.jsonl"
        let writer = try SessionLogWriter(path: path, header: header)
        for event in events(50) { writer.append(event) }
        writer.flush()
        #expect(writer.failure == nil)

        let log = try SessionLogReader.read(path: path)
        #expect(log.header == header)
        #expect(log.events == events(50))
        #expect(log.warnings.isEmpty)
        writer.close()

        // One JSON object a line, keys sorted, so equal sessions give equal files.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("{\"appVersion\":\"0.1.0\",\"createdAt\":\"2026-12-03T16:20:05Z\""))
        #expect(text.split(separator: "\n").count == 51)
    }

    @Test func rotatesBySizeKeepingTheNewestFiles() throws {
        let folder = makeTemporaryFolder("rotate")
        let path = folder + "/session.jsonl"
        let writer = try SessionLogWriter(path: path, header: header, rotateAtBytes: 2_000,
                                          keepRotated: 2)
        for event in events(200) { writer.append(event) }
        writer.close()

        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["session.1.jsonl", "session.2.jsonl", "session.jsonl"])
        let current = try SessionLogReader.read(path: path)
        let previous = try SessionLogReader.read(path: folder + "/session.1.jsonl")
        let older = try SessionLogReader.read(path: folder + "/session.2.jsonl")
        for (log, file) in [(current, "session.jsonl"), (previous, "1"), (older, "2")] {
            let size = try FileManager.default.attributesOfItem(
                atPath: file == "session.jsonl" ? path : folder + "/session.\(file).jsonl")[.size]
            #expect(((size as? NSNumber)?.intValue ?? .max) <= 2_000)
            #expect(log.header.scene == header.scene)
        }

        // The parts follow each other: each starts where the one before stopped.
        #expect(older.header.part + 1 == previous.header.part)
        #expect(previous.header.part + 1 == current.header.part)
        #expect(previous.events.first?.frame == previous.header.firstFrame)
        #expect(current.events.first?.frame == current.header.firstFrame)
        #expect(older.events.last.map { $0.frame + 3 } == previous.events.first?.frame)
        #expect(previous.events.last.map { $0.frame + 3 } == current.events.first?.frame)
        #expect(current.events.last == events(200).last)
    }

    @Test func rotatedPartsReadBackAsOneSession() throws {
        let folder = makeTemporaryFolder("chain")
        let path = folder + "/session.jsonl"
        // An earlier session, kept as session.N.jsonl when the new one opens: not joined.
        let earlier = SessionHeader(appVersion: "0.1.0", createdAt: created - 3_600, scene: [:])
        let old = try SessionLogWriter(path: path, header: earlier, rotateAtBytes: 2_000)
        old.append(SessionEvent(frame: 0, kind: "old"))
        old.close()

        let writer = try SessionLogWriter(path: path, header: header, rotateAtBytes: 2_000,
                                          keepRotated: 10)
        for event in events(100) { writer.append(event) }
        writer.close()
        let whole = try SessionLogReader.readSession(path: path)
        #expect(whole.header == header)
        #expect(whole.events == events(100))
        #expect(whole.warnings.isEmpty)

        // With the first parts deleted, the rest still reads, and says where it starts.
        let later = SessionHeader(appVersion: "0.1.0", createdAt: created, scene: header.scene)
        let trimmed = try SessionLogWriter(path: path, header: later, rotateAtBytes: 2_000,
                                           keepRotated: 2)
        for event in events(100) { trimmed.append(event) }
        trimmed.close()
        let tail = try SessionLogReader.readSession(path: path)
        #expect(tail.header.part > 0)
        #expect(tail.events == Array(events(100).suffix(tail.events.count)))
        #expect(tail.warnings.count == 1)
        #expect(tail.warnings.first?.description.contains(
            "events start at frame \(tail.header.firstFrame)") == true)
    }

    @Test func aNewWriterKeepsThePreviousSession() throws {
        let folder = makeTemporaryFolder("reopen")
        let path = folder + "/session.jsonl"
        let first = try SessionLogWriter(path: path, header: header)
        first.append(SessionEvent(frame: 7, kind: "key"))
        first.close()
        let second = try SessionLogWriter(path: path, header: header)
        second.close()

        #expect(try SessionLogReader.read(path: SessionLogWriter.rotatedPath(path, 1)).events
                == [SessionEvent(frame: 7, kind: "key")])
        #expect(try SessionLogReader.read(path: path).events.isEmpty)
    }

    @Test func anUnwritableLogIsAClearError() throws {
        let blocker = makeTemporaryFolder("log-blocked") + "/file"
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data()))
        #expect(throws: SessionLogError(
            file: blocker + "/session.jsonl",
            "cannot create the folder \(blocker): a file of that name is in the way")) {
            try SessionLogWriter(path: blocker + "/session.jsonl", header: header)
        }
    }

    @Test func aFullDiskStopsTheLogAndSaysWhy() throws {
        // /dev/full takes the open and refuses every write, as a full disk does.
        #expect(throws: SessionLogError(file: "/dev/full",
                                        "cannot write: No space left on device")) {
            try SessionLogWriter(path: "/dev/full", header: header, keepRotated: 0)
        }
    }

    @Test func aMalformedLineIsAnErrorNamingIt() throws {
        var text = String(decoding: try validLog(3), as: UTF8.self)
        text += "{\"frame\": 9, \"kind\": \"key\"\n"
        text += "{\"frame\": 10, \"kind\": \"key\"}\n"
        let expected = SessionLogError(file: "demo.jsonl", line: 5, "not an event: not valid JSON")
        #expect(throws: expected) {
            try SessionLogReader.parse(Data(text.utf8), file: "demo.jsonl")
        }
    }

    @Test func errorsNameTheFieldAtFault() {
        let head = String(decoding: try! validLog(0), as: UTF8.self)
        func error(_ line: String) -> String? {
            do {
                _ = try SessionLogReader.parse(Data((head + line + "\n").utf8), file: "f")
                return nil
            } catch {
                return error.description
            }
        }
        #expect(error("{\"kind\": \"key\"}") == "f:2: not an event: missing \"frame\"")
        #expect(error("{\"frame\": \"7\", \"kind\": \"key\"}")
                == "f:2: not an event: \"frame\" should be a whole number")
        #expect(error("{\"frame\": -1, \"kind\": \"key\"}") == "f:2: frame -1 is negative")
        #expect(error("[1, 2]") == "f:2: not an event: expected a JSON object")
        #expect(error("{\"frame\": 1, \"kind\": \"\"}") == "f:2: the event kind is empty")
        #expect(error("{\"frame\": 1, \"kind\": \"key\"}\n{\"frame\": 0, \"kind\": \"key\"}")
                == "f:3: frame 0 comes after frame 1; events must be in frame order")
        #expect(error("{\"frame\": 1, \"kind\": \"key\"}") == nil)

        let empty = SessionLogError(file: "e", "empty; a session log starts with a header line")
        #expect(throws: empty) { try SessionLogReader.parse(Data(), file: "e") }
        #expect(throws: empty) { try SessionLogReader.parse(Data("\n  \n".utf8), file: "e") }
        #expect(throws: SessionLogError(file: "h", line: 1,
                                        "not a session header: missing \"formatVersion\"")) {
            try SessionLogReader.parse(Data("{\"frame\": 1, \"kind\": \"key\"}\n".utf8), file: "h")
        }
        let future = head.replacingOccurrences(of: "\"formatVersion\":1",
                                               with: "\"formatVersion\":9")
        #expect(throws: SessionLogError(file: "v", line: 1, "format version 9 is newer than this "
                                        + "build reads (1); update neurolume")) {
            try SessionLogReader.parse(Data(future.utf8), file: "v")
        }
    }

    @Test func aTruncatedLastLineIsAWarningAndTheRestLoads() throws {
        let valid = try validLog(10)
        // Cut in the middle of the last event, as a crash during the write would.
        let cut = valid.prefix(valid.count - 12)
        let log = try SessionLogReader.parse(cut, file: "crash.jsonl")

        #expect(log.events == Array(events(10).prefix(9)))
        #expect(log.warnings.count == 1)
        #expect(log.warnings.first?.line == 11)
        #expect(log.warnings.first?.description.hasPrefix(
            "crash.jsonl:11: warning: the last line is cut short") == true)

        // A last line without its newline that is complete JSON still counts.
        let unterminated = try SessionLogReader.parse(valid.dropLast(), file: "x")
        #expect(unterminated.events == events(10))
        #expect(unterminated.warnings.isEmpty)
    }

    @Test func randomBytesAndMangledLogsNeverCrashTheParser() throws {
        var random = SeededGenerator(seed: 7)
        let valid = [UInt8](try validLog(12))
        // Bytes a JSON parser has to think about, so random input reaches past the first byte.
        let alphabet = Array("{}[]\",:0123456789.-+eEtrufalsnu\\ \n\t\"frame\"kind\"".utf8)
            + [0x00, 0xC3, 0xA9, 0xFF, 0xE2, 0x80]
        var outcomes = (logs: 0, errors: 0)

        func check(_ bytes: [UInt8]) {
            do {
                let log = try SessionLogReader.parse(Data(bytes), file: "fuzz")
                #expect(log.events.allSatisfy { $0.frame >= 0 && !$0.kind.isEmpty })
                outcomes.logs += 1
            } catch {
                #expect(error.description.hasPrefix("fuzz"))
                outcomes.errors += 1
            }
        }

        for _ in 0..<2_000 {
            let count = Int.random(in: 0..<120, using: &random)
            let fromAlphabet = Bool.random(using: &random)
            check((0..<count).map { _ in
                fromAlphabet ? alphabet.randomElement(using: &random)!
                    : UInt8.random(in: 0...255, using: &random)
            })
        }
        for _ in 0..<2_000 {
            var bytes = valid
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let at = Int.random(in: 0..<max(bytes.count, 1), using: &random)
                switch Int.random(in: 0..<5, using: &random) {
                case 0 where !bytes.isEmpty: bytes[at] = alphabet.randomElement(using: &random)!
                case 1 where !bytes.isEmpty: bytes.remove(at: at)
                case 2: bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
                case 3: bytes = Array(bytes.prefix(at))
                default: bytes.insert(contentsOf: bytes.prefix(40), at: at)
                }
            }
            check(bytes)
        }
        // Both outcomes happen: the mutations are neither all harmless nor all fatal.
        #expect(outcomes.logs > 100 && outcomes.errors > 100, "\(outcomes)")
    }

    @Test func deepNestingIsRefusedNotOverflowed() {
        let head = String(decoding: try! validLog(0), as: UTF8.self)
        let deep = String(repeating: "[", count: 100_000)
        let line = "{\"frame\": 1, \"kind\": \"key\", \"payload\": \(deep)}\n"
        #expect(throws: SessionLogError.self) {
            try SessionLogReader.parse(Data((head + line).utf8), file: "deep")
        }
    }
}
