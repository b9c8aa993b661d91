// An X display of a test's own, on a free display number: an Xvfb server, optionally with the
// openbox window manager, so a test can minimize or cover a whole screen without touching the
// windows other tests have on the shared display; or an Xorg server with the dummy video
// driver, whose monitor xrandr can unplug and plug back, which Xvfb cannot do.

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

    enum Server {
        /// Xvfb at a fixed size.
        case virtualFramebuffer(width: Int, height: Int)
        /// Xorg with the dummy driver: one monitor, DUMMY0, that xrandr can switch off and on.
        /// Xorg needs root here.
        case dummyMonitors
    }

    /// Starts the server, then openbox when `windowManager` is set, and waits until both are
    /// ready.
    init(_ server: Server, windowManager: Bool = false) throws {
        // A number no xvfb-run -a (which counts down from 99) is likely to pick, skipping
        // any a running server holds.
        var number = 200 + Int(getpid() % 500)
        while FileManager.default.fileExists(atPath: "/tmp/.X\(number)-lock") { number += 1 }
        name = ":\(number)"
        switch server {
        case .virtualFramebuffer(let width, let height):
            processes.append(try Self.launch(try Self.require("Xvfb"),
                                             [name, "-screen", "0", "\(width)x\(height)x24",
                                              "-nolisten", "tcp"], display: nil))
        case .dummyMonitors:
            guard getuid() == 0 else {
                throw PrivateDisplayError(message: "Xorg with the dummy driver needs root")
            }
            let folder = FileManager.default.temporaryDirectory
            let config = folder.appendingPathComponent("neurolume-dummy-\(number).conf")
            try Self.dummyConfiguration.write(to: config, atomically: true, encoding: .utf8)
            let log = folder.appendingPathComponent("neurolume-dummy-\(number).log")
            processes.append(try Self.launch(try Self.require("Xorg"),
                                             [name, "-config", config.path, "-noreset",
                                              "-nolisten", "tcp", "-logfile", log.path],
                                             display: nil))
        }
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

    /// One dummy card with room for a 1920x1440 screen; its first output, DUMMY0, connected.
    private static let dummyConfiguration = """
        Section "Device"
            Identifier "card"
            Driver "dummy"
            VideoRam 256000
        EndSection
        Section "Monitor"
            Identifier "monitor"
            HorizSync 5.0 - 1000.0
            VertRefresh 5.0 - 200.0
        EndSection
        Section "Screen"
            Identifier "screen"
            Device "card"
            Monitor "monitor"
            DefaultDepth 24
            SubSection "Display"
                Depth 24
                Virtual 1920 1440
            EndSubSection
        EndSection
        """

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
        try waitUntil("the X server did not start on \(name)") {
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
