// Each failure the program can meet gives a clear message and a non-zero exit instead of a
// crash: run the built binary and read its stderr.

import Foundation
import Rendering
import RenderingTestSupport
import XCTest

final class ErrorMessageTests: XCTestCase {
    /// The neurolume binary built beside the test bundle.
    private var binary: URL {
        get throws {
            let folder = try XCTUnwrap(ShaderFolder.executableURL).deletingLastPathComponent()
            let url = folder.appendingPathComponent("neurolume")
            guard FileManager.default.isExecutableFile(atPath: url.path) else {
                throw XCTSkip("no built neurolume at \(url.path); run swift build first")
            }
            return url
        }
    }

    private func run(_ arguments: [String], environment: [String: String]? = nil,
                     directory: URL? = nil, executable: URL? = nil) throws
        -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = try executable ?? binary
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        // A command that wrongly starts the live window would never end: stop it.
        let deadline = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: deadline)
        defer { deadline.cancel() }
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("neurolume-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testNoDisplaySaysHowToGetOne() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["DISPLAY"] = nil
        environment["WAYLAND_DISPLAY"] = nil
        let result = try run([], environment: environment)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("no X display"), result.stderr)
        XCTAssertTrue(result.stderr.contains("xvfb-run"), result.stderr)
    }

    func testOldOpenGLIsRefusedWithAHint() throws {
        _ = try GLTestContext.require()
        // Mesa can pretend to be an older driver; other drivers ignore the variable.
        var environment = ProcessInfo.processInfo.environment
        environment["MESA_GL_VERSION_OVERRIDE"] = "3.0"
        let folder = try temporaryFolder()
        let result = try run(["screenshot", "-o", folder.appendingPathComponent("x.png").path,
                              "--steps", "1"], environment: environment)
        guard result.status != 0 else {
            throw XCTSkip("this driver ignores MESA_GL_VERSION_OVERRIDE")
        }
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("OpenGL 3.3 core is required"), result.stderr)
    }

    func testMissingShaderFolderListsWhereItLooked() throws {
        let explicit = try run(["--shaders", "/nonexistent/shaders"])
        XCTAssertEqual(explicit.status, 1)
        XCTAssertTrue(explicit.stderr.contains("no Shaders/ folder found"), explicit.stderr)
        XCTAssertTrue(explicit.stderr.contains("/nonexistent/shaders"), explicit.stderr)

        // A copy of the binary outside any source tree finds nothing and names its own folder.
        let folder = try temporaryFolder()
        let copy = folder.appendingPathComponent("neurolume")
        try FileManager.default.copyItem(at: try binary, to: copy)
        let searched = try run([], directory: folder, executable: copy)
        XCTAssertEqual(searched.status, 1)
        XCTAssertTrue(searched.stderr.contains(folder.appendingPathComponent("Shaders").path),
                      searched.stderr)
    }

    func testBrokenShaderNamesFileAndLine() throws {
        _ = try GLTestContext.require()
        let folder = try temporaryFolder()
        let shaders = folder.appendingPathComponent("Shaders")
        try FileManager.default.copyItem(at: try GLTestContext.shaderFolder, to: shaders)
        // Break line 12 of an included file, to check the include line mapping too.
        let broken = shaders.appendingPathComponent("units.glsl")
        var lines = try String(contentsOf: broken, encoding: .utf8).components(separatedBy: "\n")
        lines[11] = "this is not glsl;"
        try lines.joined(separator: "\n").write(to: broken, atomically: true, encoding: .utf8)

        let result = try run(["screenshot", "-o", folder.appendingPathComponent("x.png").path,
                              "--steps", "1", "--shaders", shaders.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("units.glsl:12: shader compile failed"),
                      result.stderr)
        XCTAssertTrue(result.stderr.contains(">  12 | this is not glsl;"), result.stderr)
    }

    func testBadCommandLinesNameTheFlag() throws {
        for (arguments, flag) in [(["--bogus"], "--bogus"), (["--lr", "fast"], "--lr"),
                                  (["--net", "2-a-3"], "--net"), (["--size", "big"], "--size"),
                                  (["--net", "2-8-4"], "--net"), (["--batch", "0"], "--batch")] {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 64, "\(arguments)")
            XCTAssertTrue(result.stderr.contains(flag), "\(arguments): \(result.stderr)")
        }
    }

    func testHelpAndVersionSucceed() throws {
        XCTAssertEqual(try run(["--help"]).status, 0)
        XCTAssertEqual(try run(["--version"]).status, 0)
    }
}
