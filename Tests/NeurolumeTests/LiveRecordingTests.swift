// Recording the real window end to end: the built program records under Xvfb, is stopped by
// SIGTERM, and leaves a video that ffprobe reads; without FFmpeg it says so and keeps going.

import Foundation
import Rendering
import RenderingTestSupport
import XCTest

final class LiveRecordingTests: XCTestCase {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("neurolume-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Starts the built program with `arguments`; stderr goes to the returned file.
    private func launch(_ arguments: [String], environment: [String: String]? = nil,
                        in folder: URL) throws -> (Process, URL) {
        _ = try GLTestContext.require()  // a display is needed, as for every GL test
        let binary = try XCTUnwrap(ShaderFolder.executableURL).deletingLastPathComponent()
            .appendingPathComponent("neurolume")
        let log = folder.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        addTeardownBlock { if process.isRunning { process.terminate() } }
        return (process, log)
    }

    /// Waits up to `seconds` for `condition`.
    private func wait(seconds: Double, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() && Date() < deadline { usleep(50_000) }
        return condition()
    }

    private static func size(of file: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int) ?? 0
    }

    private func probe(_ video: URL) throws -> [String: String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                             "-show_entries", "stream=codec_name,width,height,pix_fmt,nb_read_frames",
                             "-of", "default=noprint_wrappers=1", video.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(),
                          as: UTF8.self)
        process.waitUntilExit()
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        return fields
    }

    func testSIGTERMWhileRecordingLeavesAPlayableVideo() throws {
        let folder = try temporaryFolder()
        let video = folder.appendingPathComponent("live.mp4")
        let (process, log) = try launch(["--record", video.path, "--no-vsync"], in: folder)

        XCTAssertTrue(wait(seconds: 30) {
            ((try? String(contentsOf: log, encoding: .utf8)) ?? "").contains("recording")
        }, "the program never started recording")
        // The three seconds count from FFmpeg's first output: the header it writes once the
        // first frame is encoded. A cold start of FFmpeg (its libraries not yet in the page
        // cache, as on a machine that has just installed them) can take seconds by itself.
        XCTAssertTrue(wait(seconds: 30) { Self.size(of: video) > 0 },
                      "FFmpeg never wrote to the video")
        Thread.sleep(forTimeInterval: 3)
        process.terminate()
        process.waitUntilExit()

        let messages = try String(contentsOf: log, encoding: .utf8)
        XCTAssertEqual(process.terminationStatus, 0, messages)
        XCTAssertTrue(messages.contains("wrote \(video.path)"), messages)
        let stream = try probe(video)
        XCTAssertEqual(stream["codec_name"], "h264")
        XCTAssertEqual(stream["pix_fmt"], "yuv420p")
        XCTAssertEqual(stream["width"], "1280")
        XCTAssertEqual(stream["height"], "720")
        // Three seconds or more at 30 frames/s, wall-clock timed however slowly frames came.
        XCTAssertGreaterThanOrEqual(Int(stream["nb_read_frames"] ?? "") ?? 0, 60, "\(stream)")
    }

    func testWithoutFFmpegTheWindowSaysSoAndGoesOn() throws {
        let folder = try temporaryFolder()
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = folder.path  // a folder with no ffmpeg in it
        let video = folder.appendingPathComponent("never.mp4")
        let (process, log) = try launch(["--record", video.path], environment: environment,
                                        in: folder)

        XCTAssertTrue(wait(seconds: 30) {
            ((try? String(contentsOf: log, encoding: .utf8)) ?? "").contains("ffmpeg")
        })
        Thread.sleep(forTimeInterval: 1)
        XCTAssertTrue(process.isRunning, "the window must go on without FFmpeg")
        process.terminate()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: video.path))
    }
}
