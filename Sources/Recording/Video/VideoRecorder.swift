// Records RGBA frames read back from the window to an H.264 MP4 through an `ffmpeg` child.
// The render thread hands frames over without waiting; a writer thread feeds the pipe; if FFmpeg
// falls behind, frames are dropped and counted rather than slowing the render loop.

import Foundation
import Synchronization

/// One recording, from the FFmpeg start in `init` to the finished file in `finish()`.
///
/// Thread rules: `append` from one thread (the render thread, or whichever thread produces
/// frames); `finish`, `state`, `stats` and the constants from any thread. A frame appended while
/// another thread finishes is refused, never half written. A failure (FFmpeg
/// killed, a full disk) never traps or blocks: `state` turns `.failed`, further frames are
/// refused, and `finish()` reports why. Recording ignores SIGPIPE for the whole process, since
/// a write to a pipe whose reader has died must come back as EPIPE rather than kill the program.
public final class VideoRecorder: Sendable {
    /// Where a recording stands.
    public enum State: Sendable, Equatable {
        /// Taking frames.
        case recording
        /// Stopped early and refusing frames; `finish()` is still owed to collect the result.
        case failed(RecordingError)
        /// `finish()` is writing the last frames and waiting for FFmpeg to close the file.
        case finishing
        /// `finish()` has returned after a recording that ran to the end.
        case finished
    }

    /// What `append` does when every buffered frame is still waiting to be written.
    public enum WhenFull: Sendable {
        /// Drop the frame and count it: live recording, where the window must not stall.
        case drop
        /// Wait for the writer: offline rendering and benchmarks, where every frame counts.
        case wait
    }

    /// What `append` did with a frame.
    public enum AppendOutcome: Sendable, Equatable {
        case queued
        case dropped
        /// The recording has failed or finished; the frame was ignored.
        case notRecording
    }

    /// The MP4 being written.
    public let path: String
    /// Size of the frames `append` takes, in pixels.
    public let width: Int
    public let height: Int
    public let fps: Int
    /// The FFmpeg command line, with the encoded (even) size.
    public let command: FFmpegCommand

    private let queue: FrameQueue
    private let process: FFmpegProcess
    private let writer: FrameWriter
    private let startedAt = DispatchTime.now().uptimeNanoseconds
    private let finishRequested = Atomic<Bool>(false)
    private let finished = Atomic<Bool>(false)
    /// Set by the first `finish()`, which later calls return; held while it runs, so only
    /// `finish` may take it (`state` reads the atomics instead).
    private let result = Mutex<RecordingResult?>(nil)

    /// Starts FFmpeg writing `path` from frames of `width`x`height` RGBA8 pixels at `fps`.
    ///
    /// - Parameters:
    ///   - path: the output file; its folder is created if missing, an existing file replaced
    ///     (`VideoFolder` hands out names that are free).
    ///   - width, height: frame size in pixels, rows bottom first as `glReadPixels` returns
    ///     them. Odd sizes lose their last column or row (see `FFmpegCommand.encodedSize`).
    ///   - ffmpegPath: the program to run; nil looks up `ffmpeg` in `searchPath`.
    ///   - searchPath: colon-separated folders, normally `$PATH`.
    ///   - bufferedFrames: frames that may wait for the writer before `append` drops (or waits).
    ///     Each costs `width*height*4` bytes, allocated here once.
    ///   - speed: the encoder's trade of CPU time for file size (see `FFmpegCommand.Speed`).
    ///   - timing: fixed frame times, or FFmpeg's arrival times (see `FFmpegCommand.Timing`).
    public init(path: String, width: Int, height: Int, fps: Int, ffmpegPath: String? = nil,
                searchPath: String? = ProcessInfo.processInfo.environment["PATH"],
                bufferedFrames: Int = 4, speed: FFmpegCommand.Speed = .offline,
                timing: FFmpegCommand.Timing = .fixed) throws(RecordingError) {
        precondition(fps > 0, "a recording needs a positive frame rate, got \(fps)")
        precondition(bufferedFrames > 0, "a recording needs room for at least one frame")
        let encoded = FFmpegCommand.encodedSize(width: width, height: height)
        guard encoded.width >= 2, encoded.height >= 2 else {
            throw .invalidSize(width: width, height: height)
        }
        signal(SIGPIPE, SIG_IGN)

        let executable = try FFmpegCommand.locate(explicitPath: ffmpegPath, searchPath: searchPath)
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try VideoFolder.createFolder(folder) }

        self.path = path
        self.width = width
        self.height = height
        self.fps = fps
        command = FFmpegCommand(executable: executable, width: width, height: height, fps: fps,
                                output: path, speed: speed, timing: timing)
        queue = FrameQueue(frameBytes: width * height * 4, capacity: bufferedFrames)
        process = try FFmpegProcess(command: command)
        writer = FrameWriter(queue: queue, process: process)
    }

    deinit {
        finish()
    }

    /// Where the recording stands; changes to `.failed` as soon as FFmpeg is seen to have ended
    /// or a write has failed.
    public var state: State {
        if let failure = currentFailure { return .failed(failure) }
        if finished.load(ordering: .acquiring) { return .finished }
        return finishRequested.load(ordering: .relaxed) ? .finishing : .recording
    }

    /// Counters so far; after `finish()`, the final ones.
    public var stats: RecordingStats { writer.stats }

    /// The child's process id, for tests that kill it mid-recording.
    var ffmpegProcessID: Int32 { process.processIdentifier }

    /// Hands over one frame of `width*height*4` bytes, bottom row first. Copies it into a free
    /// buffer and returns without touching the pipe, unless `whenFull` is `.wait` and every
    /// buffer is taken. Cost: one copy of the frame (a median 0.5 ms at 1280x720 on a busy
    /// 2-core machine).
    @discardableResult
    public func append(_ frame: UnsafeRawBufferPointer, whenFull: WhenFull = .drop)
        -> AppendOutcome
    {
        guard !finishRequested.load(ordering: .relaxed), !writer.isBroken,
              process.exitStatus == nil else { return .notRecording }
        writer.noteFirstFrame()
        switch queue.push(frame, wait: whenFull == .wait) {
        case .queued:
            return .queued
        case .full:
            writer.noteDropped()
            return .dropped
        case .closed:
            return .notRecording
        }
    }

    /// `append` for a frame in an array.
    @discardableResult
    public func append(_ frame: [UInt8], whenFull: WhenFull = .drop) -> AppendOutcome {
        frame.withUnsafeBytes { append($0, whenFull: whenFull) }
    }

    /// Writes the frames still queued, closes FFmpeg's input and waits for it to finish the
    /// file. Blocks for as long as FFmpeg takes to encode its last buffered frames (a fraction
    /// of a second at 720p); a FFmpeg that hangs is stopped after a minute or two. Later calls
    /// return the same result at once.
    @discardableResult
    public func finish() -> RecordingResult {
        result.withLock { result in
            if let result { return result }
            finishRequested.store(true, ordering: .relaxed)
            queue.close()

            // Escalate only if FFmpeg stops reading or hangs: the writer is then stuck in a
            // write, which the signal breaks. A stopped FFmpeg leaves a file that plays up to
            // its last complete fragment.
            var ended = writer.waitUntilDone(seconds: 60)
                && process.waitForExit(seconds: 60) != nil
            for signal in [SIGTERM, SIGKILL] where !ended {
                process.send(signal)
                ended = writer.waitUntilDone(seconds: 5) && process.waitForExit(seconds: 5) != nil
            }

            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let outcome = RecordingResult(
                path: path, stats: writer.stats, failure: currentFailure,
                fileBytes: (attributes?[.size] as? NSNumber)?.intValue ?? 0,
                totalSeconds: Double(DispatchTime.now().uptimeNanoseconds - startedAt) / 1e9)
            result = outcome
            finished.store(true, ordering: .releasing)
            return outcome
        }
    }

    /// A write error, or FFmpeg having ended before `finish()` or with an error status.
    private var currentFailure: RecordingError? {
        if let failure = writer.failure { return failure }
        guard let exit = process.exitStatus,
              !exit.succeeded || !finishRequested.load(ordering: .relaxed) else { return nil }
        return .ffmpegEnded(status: exit.status, bySignal: exit.bySignal, log: exit.log)
    }
}
