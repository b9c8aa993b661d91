// The real neurolume executable, built next to this test bundle, run as a child process: for
// the tests of exit statuses, messages and the live window.

import Foundation

/// Runs the built `neurolume` binary. Any thread.
enum BuiltBinary {
    /// `neurolume` in the build folder that holds the running test bundle.
    static var url: URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        // On macOS the runner sits inside the .xctest bundle; on Linux it is the .xctest file.
        while folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS"
            || folder.lastPathComponent == "Contents" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("neurolume")
    }

    /// The package root, where `Shaders/` is found.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs the binary to completion with `arguments`.
    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes before waiting, so a full pipe cannot stall the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      standardOutput: String(decoding: outData, as: UTF8.self),
                      standardError: String(decoding: errorData, as: UTF8.self))
    }

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder(_ name: String) throws -> URL {
        let unique = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("neurolume-\(name)-\(unique)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
