// A recording of the live window: each frame is read back asynchronously and handed to the
// FFmpeg recorder, which times frames by their arrival so the video plays at the speed seen.

import Foundation
import Recording
import Rendering

/// One recording in progress. Main (GL) thread only.
final class LiveRecording {
    /// Frames per second of the video, whatever the window's frame rate: FFmpeg repeats a slow
    /// renderer's frames and skips a fast one's, so playback runs in real time.
    static let videoFrameRate = 30

    let recorder: VideoRecorder
    private let readback = PixelReadback(depth: 3)
    private let startedAt: Double
    /// A frame of the recording's size, for frames drawn after the window was resized.
    private var fitted: [UInt8] = []

    /// Starts FFmpeg for frames of `width`x`height` pixels at `path`.
    init(path: String, width: Int, height: Int, now: Double) throws(RecordingError) {
        recorder = try VideoRecorder(path: path, width: width, height: height,
                                     fps: Self.videoFrameRate, bufferedFrames: 4, speed: .live,
                                     timing: .wallClock)
        startedAt = now
    }

    /// Seconds since the recording started.
    func elapsed(now: Double) -> Double { now - startedAt }

    /// Whether FFmpeg has failed (died, disk full): the caller should stop and report.
    var hasFailed: Bool {
        if case .failed = recorder.state { return true }
        return false
    }

    /// Queues the frame just drawn into `target` (before anything that must not be recorded,
    /// like the REC mark) and sends the oldest finished one to FFmpeg.
    func capture(_ target: RenderTarget) {
        readback.capture(target) { bytes, width, height in
            send(bytes, width: width, height: height)
        }
    }

    /// Sends the frames still in flight and closes the file.
    func finish() -> RecordingResult {
        readback.drain { bytes, width, height in
            send(bytes, width: width, height: height)
        }
        return recorder.finish()
    }

    /// Appends one read-back frame, fitted to the recording's size if the window was resized.
    private func send(_ bytes: UnsafeRawBufferPointer, width: Int, height: Int) {
        if width == recorder.width && height == recorder.height {
            recorder.append(bytes)
        } else {
            fit(bytes, width: width, height: height)
            _ = fitted.withUnsafeBytes { recorder.append($0) }
        }
    }

    /// Copies a frame of another size into `fitted`, anchored at the top left (rows are bottom
    /// up), black where the frame does not reach.
    private func fit(_ bytes: UnsafeRawBufferPointer, width: Int, height: Int) {
        let targetWidth = recorder.width, targetHeight = recorder.height
        if fitted.count != targetWidth * targetHeight * 4 {
            fitted = [UInt8](repeating: 0, count: targetWidth * targetHeight * 4)
        }
        fitted.withUnsafeMutableBytes { target in
            target.initializeMemory(as: UInt8.self, repeating: 0)
            let rowBytes = min(width, targetWidth) * 4
            for row in 0..<min(height, targetHeight) {
                let source = bytes.baseAddress! + (height - 1 - row) * width * 4
                let destination = target.baseAddress! + (targetHeight - 1 - row) * targetWidth * 4
                destination.copyMemory(from: source, byteCount: rowBytes)
            }
        }
    }
}
