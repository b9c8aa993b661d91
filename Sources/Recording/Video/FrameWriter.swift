// The writer thread: takes frames from the queue and pushes them down FFmpeg's stdin, so only
// this thread ever waits on the pipe. It counts what it writes and stops at the first error.

import Foundation
import Synchronization

/// Drains a `FrameQueue` into a file descriptor on its own thread.
///
/// Thread rules: `noteDropped`, `noteFirstFrame` from the producer thread; the rest from any.
/// The descriptor is closed by the writer thread when the queue ends or a write fails.
final class FrameWriter: Sendable {
    private let queue: FrameQueue
    private let process: FFmpegProcess
    private let done = DispatchSemaphore(value: 0)

    private let framesWritten = Atomic<Int>(0)
    private let framesDropped = Atomic<Int>(0)
    private let bytesWritten = Atomic<Int>(0)
    private let writeNanoseconds = Atomic<UInt64>(0)
    /// Uptime nanoseconds of the first frame handed over and of the last write; 0 until then.
    private let firstFrameAt = Atomic<UInt64>(0)
    private let lastWriteAt = Atomic<UInt64>(0)
    /// Set once, by the writer thread, when a write fails.
    private let broken = Atomic<Bool>(false)
    private let writeFailure = Mutex<RecordingError?>(nil)

    init(queue: FrameQueue, process: FFmpegProcess) {
        self.queue = queue
        self.process = process
        let thread = Thread { [self] in
            run()
            done.signal()
        }
        thread.name = "neurolume.video-writer"
        // Frames waiting in the queue are frames about to be dropped; keep up with the renderer.
        thread.qualityOfService = .userInitiated
        thread.start()
    }

    /// True once a write has failed; frames are no longer written.
    var isBroken: Bool { broken.load(ordering: .acquiring) }

    /// Why writing stopped, when it was not FFmpeg ending (that shows as a broken pipe and is
    /// reported with FFmpeg's exit instead).
    var failure: RecordingError? { writeFailure.withLock { $0 } }

    var stats: RecordingStats {
        let first = firstFrameAt.load(ordering: .relaxed)
        let last = lastWriteAt.load(ordering: .relaxed)
        return RecordingStats(
            framesWritten: framesWritten.load(ordering: .relaxed),
            framesDropped: framesDropped.load(ordering: .relaxed),
            bytesWritten: bytesWritten.load(ordering: .relaxed),
            seconds: first > 0 && last > first ? Double(last - first) / 1e9 : 0,
            writeSeconds: Double(writeNanoseconds.load(ordering: .relaxed)) / 1e9)
    }

    func noteDropped() {
        framesDropped.add(1, ordering: .relaxed)
    }

    func noteFirstFrame() {
        _ = firstFrameAt.compareExchange(expected: 0, desired: Self.now(), ordering: .relaxed)
    }

    /// Waits up to `seconds` until the writer has written or discarded every queued frame
    /// (after the queue was closed) and has closed FFmpeg's stdin; false if it has not.
    func waitUntilDone(seconds: Double) -> Bool {
        guard done.wait(timeout: .now() + seconds) == .success else { return false }
        done.signal()  // later waiters return at once
        return true
    }

    private func run() {
        while let slot = queue.pop() {
            if isBroken {
                noteDropped()
            } else {
                write(queue.bytes(of: slot))
            }
            queue.release(slot)
        }
        process.closeInput()
    }

    /// Writes one frame in full, looping over partial writes; on failure marks the writer
    /// broken and closes the pipe, so FFmpeg (if still alive) finishes the file.
    private func write(_ frame: UnsafeRawBufferPointer) {
        let start = Self.now()
        var offset = 0
        while offset < frame.count {
            let count = Glibc.write(process.inputDescriptor, frame.baseAddress! + offset,
                                    frame.count - offset)
            if count >= 0 {
                offset += count
                continue
            }
            let code = errno
            if code == EINTR { continue }

            // EPIPE: FFmpeg has ended (SIGPIPE is ignored, see VideoRecorder); its exit
            // status and message say why. Anything else is ours to report.
            if code != EPIPE {
                let reason = String(cString: strerror(code))
                writeFailure.withLock { $0 = .writeFailed(reason: reason) }
            }
            broken.store(true, ordering: .releasing)
            process.closeInput()
            noteDropped()
            return
        }

        let end = Self.now()
        writeNanoseconds.add(end - start, ordering: .relaxed)
        bytesWritten.add(frame.count, ordering: .relaxed)
        framesWritten.add(1, ordering: .relaxed)
        lastWriteAt.store(end, ordering: .relaxed)
    }

    private static func now() -> UInt64 {
        DispatchTime.now().uptimeNanoseconds
    }
}
