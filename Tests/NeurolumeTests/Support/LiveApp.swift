// The real neurolume window as a child process for end-to-end tests: its stderr is collected
// as it comes so a test can wait for a --trace line, and X input is sent with xdotool.

import Foundation
import Synchronization

/// One running `neurolume run`. Test thread only; the pipe's reader fills `output`.
final class LiveApp {
    private let process = Process()
    /// Shared with the pipe's reader thread.
    private final class Output: Sendable {
        let text = Mutex("")
    }
    private let output = Output()

    /// Whether tests can drive a window here: an X display and xdotool.
    static var xdotool: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/xdotool" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
    static var display: String? {
        let value = ProcessInfo.processInfo.environment["DISPLAY"] ?? ""
        return value.isEmpty ? nil : value
    }
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The app's X display, for xdotool.
    private let display: String?

    /// Starts `neurolume run arguments`, on `display` when given, else on DISPLAY.
    init(_ arguments: [String], display: String? = nil) throws {
        self.display = display
        process.executableURL = BuiltBinary.url
        process.arguments = ["run"] + arguments
        if let display {
            process.environment = ProcessInfo.processInfo.environment.merging(
                ["DISPLAY": display]) { $1 }
        }
        process.currentDirectoryURL = BuiltBinary.packageRoot
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        pipe.fileHandleForReading.readabilityHandler = { [output] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            output.text.withLock { $0 += text }
        }
        try process.run()
    }

    deinit {
        stop()
    }

    /// Kills the app. SIGKILL, because a child started from a test thread inherits that
    /// thread's signal mask, in which the test runner blocks SIGTERM.
    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    var processIdentifier: Int32 { process.processIdentifier }

    /// Seconds of processor time the app's main (render) thread has used, from
    /// /proc/PID/task/PID/stat; nil off Linux.
    var mainThreadSeconds: Double? {
        let pid = process.processIdentifier
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/stat",
                                     encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        // After "pid (name)": state is field 3, so utime and stime (14, 15) are at 11 and 12.
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12])
        else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Everything the app wrote to stderr so far.
    var log: String { output.text.withLock { $0 } }

    /// The log's lines containing `text`.
    func lines(containing text: String) -> [String] {
        log.split(separator: "\n").map(String.init).filter { $0.contains(text) }
    }

    /// Waits up to `timeout` seconds for a line containing `text`; returns it.
    func waitForLine(containing text: String, timeout: Double = 60) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let line = lines(containing: text).first { return line }
            guard process.isRunning else { return lines(containing: text).first }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Runs xdotool with `arguments` on the app's display and waits for it.
    func xdotool(_ arguments: [String]) throws {
        let tool = Process()
        tool.executableURL = URL(fileURLWithPath: LiveApp.xdotool ?? "/usr/bin/xdotool")
        tool.arguments = arguments
        if let display {
            tool.environment = ProcessInfo.processInfo.environment.merging(
                ["DISPLAY": display]) { $1 }
        }
        try tool.run()
        tool.waitUntilExit()
    }
}
