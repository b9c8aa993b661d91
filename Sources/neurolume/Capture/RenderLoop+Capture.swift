// The live window's recording and screenshot keys: start and stop a video, save a PNG, and say
// where each went, on screen and in the log.

import Foundation
import Recording
import Rendering

extension RenderLoop {
    /// Where recordings and screenshots go: the configured folder, else the user's videos
    /// folder.
    var videoFolder: VideoFolder {
        VideoFolder.resolve(configured: options.videoFolder)
    }

    mutating func toggleRecording() {
        if recording == nil {
            startRecording(path: nil)
        } else {
            stopRecording()
        }
    }

    /// Starts recording the window to `path`, or to a new timestamped file in `videoFolder`.
    /// A failure (no FFmpeg, a folder that cannot be made) is said on screen; the window
    /// goes on.
    mutating func startRecording(path: String?) {
        let size = window.framebufferSize
        do throws(RecordingError) {
            var file = path ?? ""
            if path == nil { file = try videoFolder.reserveFile(extension: "mp4") }
            recording = try LiveRecording(path: file, width: size.width, height: size.height,
                                          now: GLWindow.time)
            Log.info("record", "recording \(size.width)x\(size.height) to \(file)")
            say("● recording to \(file)")
        } catch {
            Log.error("record", error.description)
            say("cannot record: \(error.message)", isError: true)
        }
    }

    /// Finishes the recording in progress, if any, and reports the file.
    mutating func stopRecording() {
        guard let recording else { return }
        self.recording = nil
        let result = recording.finish()
        let stats = result.stats
        if let failure = result.failure {
            Log.error("record", "\(failure); \(stats.framesWritten) frames kept in \(result.path)")
            say("recording stopped: \(failure.message); what was written is in \(result.path)",
                isError: true)
        } else {
            Log.info("record", String(format: "wrote %@: %d frames (%d dropped), %.1f MB",
                                      result.path, stats.framesWritten, stats.framesDropped,
                                      Double(result.fileBytes) / 1e6))
            say("saved \(result.path)")
        }
    }

    /// After the scene is drawn and before the REC mark: feeds the recording, saves a
    /// requested screenshot, then draws the mark, which neither of them shows.
    mutating func captureFrame(_ target: RenderTarget, at now: Double) {
        if screenshotRequested {
            screenshotRequested = false
            saveScreenshot(target)
        }
        guard let recording else { return }
        if recording.hasFailed {
            stopRecording()
            return
        }
        recording.capture(target)
        scene.hud?.drawRecordingMark(elapsed: recording.elapsed(now: now), layout: scene.layout,
                                     palette: scene.palette)
    }

    private mutating func saveScreenshot(_ target: RenderTarget) {
        let (width, height) = target.size
        let pixels = target.readColour()
        do {
            let path = try videoFolder.reserveFile(extension: "png")
            try PNGFile.write(path: path, width: width, height: height, rgba: pixels,
                              flipVertically: true)
            Log.info("record", "screenshot \(path)")
            say("saved \(path)")
        } catch let error as RecordingError {
            Log.error("record", error.description)
            say("cannot save a screenshot: \(error.message)", isError: true)
        } catch {
            Log.error("record", "\(error)")
            say("cannot save a screenshot: \(error)", isError: true)
        }
    }
}
