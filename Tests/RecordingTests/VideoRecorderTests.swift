// The recorder against the real FFmpeg: files that ffprobe accepts, odd sizes, the picture the
// right way up, and FFmpeg killed, missing or writing to a full disk while the program goes on.

import Foundation
import Testing
@testable import Recording

struct VideoRecorderTests {
    /// Records `count` frames without dropping any and returns the finished result.
    private func record(_ path: String, width: Int, height: Int, count: Int, fps: Int = 30)
        throws -> RecordingResult
    {
        let recorder = try VideoRecorder(path: path, width: width, height: height, fps: fps)
        #expect(recorder.state == .recording)
        let frames = TestFrames(width: width, height: height)
        for index in 0..<count {
            #expect(recorder.append(frames.frame(index), whenFull: .wait) == .queued)
        }
        let result = recorder.finish()
        #expect(recorder.state == .finished)
        #expect(recorder.finish() == result)  // a second call returns the same
        #expect(recorder.append(frames.frame(0)) == .notRecording)
        return result
    }

    /// Polls until `condition` holds or `seconds` pass.
    private func waitFor(seconds: Double = 10, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            if Date() > deadline { return false }
            usleep(2_000)
        }
        return true
    }

    @Test func recordsAnH264FileThatFFprobeReads() throws {
        let path = makeTemporaryFolder("plain") + "/out.mp4"
        let result = try record(path, width: 160, height: 120, count: 45)

        #expect(result.failure == nil)
        #expect(result.stats.framesWritten == 45)
        #expect(result.stats.framesDropped == 0)
        #expect(result.stats.bytesWritten == 45 * 160 * 120 * 4)
        #expect(result.fileBytes > 0)
        let probe = try #require(VideoProbe.probe(path))
        #expect(probe.codecName == "h264")
        #expect((probe.width, probe.height) == (160, 120))
        #expect(probe.pixelFormat == "yuv420p")
        #expect(abs(probe.frameCount - 45) <= 1)
    }

    @Test func oddSizesLoseTheirLastColumnAndRow() throws {
        let path = makeTemporaryFolder("odd") + "/odd.mp4"
        let result = try record(path, width: 101, height: 67, count: 20)

        #expect(result.failure == nil)
        let probe = try #require(VideoProbe.probe(path))
        #expect((probe.width, probe.height) == (100, 66))
        #expect(abs(probe.frameCount - 20) <= 1)
    }

    @Test func thePictureComesOutTheRightWayUp() throws {
        // Rows bottom first, as glReadPixels returns them: the first half is the picture's
        // bottom (blue), the second half its top (red). An odd height checks that the crop takes
        // the bottom row, which is the first row sent.
        let (width, height) = (64, 49)
        var frame = [UInt8](repeating: 255, count: width * height * 4)
        for row in 0..<height {
            let colour: [UInt8] = row < height / 2 ? [0, 0, 255, 255] : [255, 0, 0, 255]
            for x in 0..<width {
                frame.replaceSubrange((row * width + x) * 4..<(row * width + x + 1) * 4,
                                      with: colour)
            }
        }
        let path = makeTemporaryFolder("flip") + "/flip.mp4"
        let recorder = try VideoRecorder(path: path, width: width, height: height, fps: 10)
        for _ in 0..<3 { recorder.append(frame, whenFull: .wait) }
        #expect(recorder.finish().failure == nil)

        let rgb = VideoProbe.firstFrameRGB(path)
        try #require(rgb.count == 64 * 48 * 3)
        let top = Array(rgb[(2 * 64 + 32) * 3..<(2 * 64 + 33) * 3])
        let bottom = Array(rgb[(45 * 64 + 32) * 3..<(45 * 64 + 33) * 3])
        #expect(top[0] > 200 && top[2] < 60, "top should be red, got \(top)")
        #expect(bottom[2] > 200 && bottom[0] < 60, "bottom should be blue, got \(bottom)")
    }

    @Test func sigtermToFFmpegStopsTheRecordingAndLeavesAPlayableFile() throws {
        let path = makeTemporaryFolder("sigterm") + "/cut.mp4"
        let recorder = try VideoRecorder(path: path, width: 96, height: 64, fps: 10)
        let frames = TestFrames(width: 96, height: 64)
        for index in 0..<40 { recorder.append(frames.frame(index), whenFull: .wait) }
        #expect(waitFor { recorder.stats.framesWritten == 40 })

        // FFmpeg notices SIGTERM when its next input arrives, so frames keep coming, as they
        // would from a render loop.
        kill(recorder.ffmpegProcessID, SIGTERM)
        #expect(waitFor {
            recorder.append(frames.frame(0))
            if case .failed = recorder.state { return true } else { return false }
        })
        // Frames after the failure are refused, quietly, whichever policy they ask for.
        #expect(recorder.append(frames.frame(0)) == .notRecording)
        #expect(recorder.append(frames.frame(0), whenFull: .wait) == .notRecording)

        let result = recorder.finish()
        guard case .ffmpegEnded = try #require(result.failure) else {
            Issue.record("expected ffmpegEnded, got \(String(describing: result.failure))")
            return
        }
        #expect(result.stats.framesWritten >= 40)
        let probe = try #require(VideoProbe.probe(path))
        #expect(probe.codecName == "h264")
        #expect(probe.frameCount > 0 && probe.frameCount <= result.stats.framesWritten)
    }

    @Test func ffmpegStartsWithNoSignalsBlocked() throws {
        // Tests run on Dispatch worker threads, which block nearly every signal; a child that
        // inherited that mask would never see SIGTERM.
        let path = makeTemporaryFolder("mask") + "/mask.mp4"
        let recorder = try VideoRecorder(path: path, width: 64, height: 64, fps: 10)
        let status = try String(contentsOfFile: "/proc/\(recorder.ffmpegProcessID)/status",
                                encoding: .utf8)
        recorder.finish()
        let blocked = status.split(separator: "\n").first { $0.hasPrefix("SigBlk:") }
        #expect(blocked == "SigBlk:\t0000000000000000")
    }

    @Test func sigkillToFFmpegStillLeavesTheFragmentsWritten() throws {
        // SIGKILL gives FFmpeg no chance to finish the file: only the fragments already flushed
        // (one per keyframe, a keyframe a second) survive.
        let path = makeTemporaryFolder("sigkill") + "/killed.mp4"
        let recorder = try VideoRecorder(path: path, width: 96, height: 64, fps: 10)
        let frames = TestFrames(width: 96, height: 64)
        for index in 0..<80 { recorder.append(frames.frame(index), whenFull: .wait) }
        #expect(waitFor { recorder.stats.framesWritten == 80 })
        // Enough time for the encoder to work through what it was sent and flush fragments.
        #expect(waitFor {
            let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber
            return (size?.intValue ?? 0) > 8_000
        })

        kill(recorder.ffmpegProcessID, SIGKILL)
        let result = recorder.finish()
        #expect(result.failure == .ffmpegEnded(status: SIGKILL, bySignal: true, log: ""))
        let probe = try #require(VideoProbe.probe(path))
        #expect(probe.codecName == "h264")
        #expect(probe.frameCount >= 10)
    }

    @Test func aFullDiskStopsTheRecordingWithFFmpegsReason() throws {
        let recorder = try VideoRecorder(path: "/dev/full", width: 64, height: 64, fps: 10)
        let frames = TestFrames(width: 64, height: 64)
        for index in 0..<200 where recorder.state == .recording {
            recorder.append(frames.frame(index), whenFull: .wait)
        }
        let result = recorder.finish()
        let failure = try #require(result.failure)
        #expect(failure.description.contains("No space left on device"), "\(failure)")
        if case .failed = recorder.state {} else { Issue.record("state \(recorder.state)") }
    }

    @Test func anFFmpegThatFailsAtStartIsReportedWithItsMessage() throws {
        // Stands in for an FFmpeg built without libx264: it exits at once, reading nothing.
        let folder = makeTemporaryFolder("no-x264")
        let fake = folder + "/ffmpeg"
        try "#!/bin/sh\necho \"Unknown encoder 'libx264'\" >&2\nexit 1\n"
            .write(toFile: fake, atomically: true, encoding: .utf8)
        chmod(fake, 0o755)

        let recorder = try VideoRecorder(path: folder + "/out.mp4", width: 64, height: 64,
                                         fps: 30, ffmpegPath: fake)
        let frame = TestFrames(width: 64, height: 64).frame(0)
        #expect(waitFor {
            recorder.append(frame)
            if case .failed = recorder.state { return true } else { return false }
        })
        let failure = try #require(recorder.finish().failure)
        #expect(failure == .ffmpegEnded(status: 1, bySignal: false,
                                        log: "Unknown encoder 'libx264'"))
        #expect(failure.hint.contains("built without libx264"))
    }

    @Test func missingFFmpegIsAClearError() throws {
        let folder = makeTemporaryFolder("missing")
        #expect(throws: RecordingError.ffmpegNotFound(searched: ["/nowhere/ffmpeg"])) {
            try VideoRecorder(path: folder + "/a.mp4", width: 64, height: 64, fps: 30,
                              ffmpegPath: "/nowhere/ffmpeg")
        }
        #expect(throws: RecordingError.ffmpegNotFound(searched: [folder, "/nowhere"])) {
            try VideoRecorder(path: folder + "/b.mp4", width: 64, height: 64, fps: 30,
                              searchPath: "\(folder):/nowhere")
        }
        let error = RecordingError.ffmpegNotFound(searched: ["/usr/local/bin"])
        #expect(error.description.contains("install ffmpeg (apt-get install ffmpeg)"))
        // A folder named ffmpeg is not a program.
        try FileManager.default.createDirectory(atPath: folder + "/ffmpeg",
                                                withIntermediateDirectories: true)
        #expect(throws: RecordingError.ffmpegNotFound(searched: [folder])) {
            try VideoRecorder(path: folder + "/c.mp4", width: 64, height: 64, fps: 30,
                              searchPath: folder)
        }
    }

    @Test func anUncreatableFolderIsAClearError() throws {
        let folder = makeTemporaryFolder("blocked")
        #expect(FileManager.default.createFile(atPath: folder + "/file", contents: Data()))
        #expect {
            try VideoRecorder(path: folder + "/file/sub/out.mp4", width: 64, height: 64, fps: 30)
        } throws: { error in
            guard case .cannotCreateFolder(let path, _) = error as? RecordingError else {
                return false
            }
            return path == folder + "/file"
        }
    }

    @Test func tooSmallFramesAreRefused() {
        #expect(throws: RecordingError.invalidSize(width: 1, height: 480)) {
            try VideoRecorder(path: "/tmp/never.mp4", width: 1, height: 480, fps: 30)
        }
        #expect(throws: RecordingError.invalidSize(width: 0, height: 0)) {
            try VideoRecorder(path: "/tmp/never.mp4", width: 0, height: 0, fps: 30)
        }
    }

    @Test func finishingFromAnotherThreadReleasesAWaitingProducer() throws {
        // A signal handler finishing the file while the render thread waits for a free buffer.
        let path = makeTemporaryFolder("cross-thread") + "/cross.mp4"
        let recorder = try VideoRecorder(path: path, width: 640, height: 480, fps: 30,
                                         bufferedFrames: 1)
        let producerDone = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let frame = TestFrames(width: 640, height: 480).frame(0)
            while recorder.append(frame, whenFull: .wait) == .queued {}
            producerDone.signal()
        }
        #expect(waitFor { recorder.stats.framesWritten >= 5 })

        let result = recorder.finish()
        #expect(producerDone.wait(timeout: .now() + 10) == .success)
        #expect(result.failure == nil)
        #expect(recorder.state == .finished)
        let probe = try #require(VideoProbe.probe(path))
        #expect(abs(probe.frameCount - result.stats.framesWritten) <= 1)
    }

    @Test func aSlowWriterDropsFramesInsteadOfBlocking() throws {
        // 1080p frames handed over as fast as the loop goes, one buffer: most must be dropped,
        // every append must return promptly, and written plus dropped must add up.
        let path = makeTemporaryFolder("drops") + "/drops.mp4"
        let (width, height) = (1920, 1080)
        let recorder = try VideoRecorder(path: path, width: width, height: height, fps: 60,
                                         bufferedFrames: 1)
        let frame = [UInt8](repeating: 90, count: width * height * 4)
        var slowest: UInt64 = 0
        var outcomes: [VideoRecorder.AppendOutcome: Int] = [:]
        for _ in 0..<60 {
            let start = DispatchTime.now().uptimeNanoseconds
            outcomes[recorder.append(frame), default: 0] += 1
            slowest = max(slowest, DispatchTime.now().uptimeNanoseconds - start)
        }
        let result = recorder.finish()

        #expect(result.failure == nil)
        #expect((outcomes[.dropped] ?? 0) > 0)
        #expect(result.stats.framesDropped == outcomes[.dropped] ?? 0)
        #expect(result.stats.framesWritten == outcomes[.queued] ?? 0)
        // A frame copy takes a few milliseconds; the bound is loose for busy shared machines.
        #expect(slowest < 250_000_000, "slowest append took \(slowest / 1_000_000) ms")
    }
}
