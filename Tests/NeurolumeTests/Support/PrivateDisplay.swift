// An X display of a test's own: an Xvfb server on a free display number, optionally with the
// openbox window manager, so a test can minimize or cover a whole screen without touching the
// windows other tests have on the shared display.

import Foundation

/// One Xvfb server (and window manager) for one test. Test thread only.
final class PrivateDisplay {
    /// ":N", for DISPLAY.
    let name: String
    private var processes: [Process] = []

    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts Xvfb at `width` x `height`, then openbox when `windowManager` is set, and waits
    /// until both are ready.
    init(width: Int, height: Int, windowManager: Bool) throws {
        let xvfb = try Self.require("Xvfb")
        // A number no xvfb-run -a (which counts down from 99) is likely to pick, skipping
        // any a running server holds.
        var number = 200 + Int(getpid() % 500)
        while FileManager.default.fileExists(atPath: "/tmp/.X\(number)-lock") { number += 1 }
        name = ":\(number)"
        processes.append(try Self.launch(xvfb, [name, "-screen", "0", "\(width)x\(height)x24",
                                                "-nolisten", "tcp"], display: nil))
        try waitFor(path: "/tmp/.X11-unix/X\(number)")

        if windowManager {
            processes.append(try Self.launch(try Self.require("openbox"), [], display: name))
            // openbox sets the desktop count on the root window once it manages windows.
            try waitUntil("openbox did not start on \(name)") {
                Int(Self.run("xdotool", ["get_num_desktops"], display: name)
                        .trimmingCharacters(in: .whitespacesAndNewlines)) != nil
            }
        }
    }

    deinit {
        for process in processes.reversed() where process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Runs `tool` on this display and returns its standard output.
    static func run(_ tool: String, _ arguments: [String], display: String) -> String {
        guard let path = executable(tool) else { return "" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["DISPLAY": display]) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return "" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    private static func require(_ tool: String) throws -> String {
        guard let path = executable(tool) else {
            throw PrivateDisplayError(message: "\(tool) is not installed (.ci/install-deps)")
        }
        return path
    }

    private static func launch(_ path: String, _ arguments: [String],
                               display: String?) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let display {
            process.environment = ProcessInfo.processInfo.environment.merging(
                ["DISPLAY": display]) { $1 }
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func waitFor(path: String) throws {
        try waitUntil("Xvfb did not start on \(name)") {
            FileManager.default.fileExists(atPath: path)
        }
    }

    private func waitUntil(_ failure: String, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(15)
        while !condition() {
            guard Date() < deadline else { throw PrivateDisplayError(message: failure) }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}

struct PrivateDisplayError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
