// `neurolume bench record`: what recording costs. The 1280x720 scene's frame rate without and
// with a live recording (PBO readback and FFmpeg), measured in one run, and the offline
// renderer's speed at 1920x1080 with its video.

import Foundation
import Learning
import Recording
import Rendering

struct RecordBenchmark {
    let options: Options
    private let framesPerRun = 40

    func run() throws {
        let context = try OffscreenContext(shaderFolder: options.shaderFolder)
        let snapshot = try options.scene.trainedSnapshot(steps: options.steps)
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("neurolume-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        print("bench record: \(GL.description); median of \(options.runs) runs x "
              + "\(framesPerRun) frames")

        let scene = SceneRenderer(library: context.library)
        let frame = try Framebuffer(width: 1280, height: 720, format: .rgba8)
        var plain: [Double] = [], recording: [Double] = []
        var dropped = 0, written = 0
        // Alternating runs, so both see the same machine load.
        for run in 0..<options.runs {
            plain.append(try framesPerSecond { _ in
                try scene.draw(snapshot, target: .offscreen(frame))
            })
            let capture = try LiveRecording(path: "\(folder)/live-\(run).mp4", width: 1280,
                                            height: 720, now: 0)
            recording.append(try framesPerSecond { _ in
                try scene.draw(snapshot, target: .offscreen(frame))
                capture.capture(.offscreen(frame))
            })
            let result = capture.finish()
            dropped += result.stats.framesDropped
            written += result.stats.framesWritten
        }
        let without = median(plain), with = median(recording)
        print(String(format: "1280x720 scene: %.2f frames/s without recording, %.2f with "
                     + "(%.1f%% slower); %d frames sent to FFmpeg, %d dropped",
                     without, with, 100 * (1 - with / without), written, dropped))

        let offline = try offlineRenderSpeed(context: context, folder: folder)
        print(String(format: "1920x1080 offline render with video: %.2f frames/s", offline))
    }

    /// Frames per second over `framesPerRun` calls of `draw`, waiting for the GPU at the end.
    private func framesPerSecond(_ draw: (Int) throws -> Void) throws -> Double {
        try draw(0)  // warm-up: first-use allocations and shader state
        GL.finish()
        let start = DispatchTime.now().uptimeNanoseconds
        for index in 0..<framesPerRun { try draw(index) }
        GL.finish()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Double(framesPerRun) / seconds
    }

    /// Renders a short scripted session at 1920x1080 into a video, as `neurolume render` does.
    private func offlineRenderSpeed(context: OffscreenContext, folder: String) throws -> Double {
        let path = "\(folder)/session.jsonl"
        let recorder = try SessionRecorder(path: path, scene: options.scene)
        recorder.record(.setLearningRate(0.02), frame: 0, time: 0.5)
        recorder.finish(frame: 0, time: Double(framesPerRun - 1) / 60)
        let script = try SessionScript(path: path)

        let renderer = try SessionRenderer(script: script, library: context.library,
                                           width: 1920, height: 1080, fps: 60)
        let video = try VideoRecorder(path: "\(folder)/offline.mp4", width: 1920, height: 1080,
                                      fps: 60)
        let start = DispatchTime.now().uptimeNanoseconds
        while let frame = try renderer.renderNextFrame() {
            video.append(frame, whenFull: .wait)
        }
        let result = video.finish()
        if let failure = result.failure { throw failure }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Double(renderer.framesRendered) / seconds
    }

    private func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }
}
