// `neurolume render SESSION -o out.mp4`: plays a session log offline at a fixed time step,
// training advanced in lockstep with the frames, into a video of any size. Nothing depends on
// the machine's speed, so two renders of a session give the same frames, hash for hash.

import Foundation
import Learning
import Recording
import Rendering

struct RenderCommand {
    let options: Options

    func run() throws {
        let script = try SessionScript(path: options.sessionToPlay!)
        for warning in script.warnings { Log.warn("session", warning.description) }
        let output = options.outputPath!
        let (width, height) = options.size
        let fps = options.fps

        let context = try OffscreenContext(shaderFolder: options.shaderFolder)
        let renderer = try SessionRenderer(script: script, library: context.library,
                                           width: width, height: height, fps: fps)
        let recorder = try VideoRecorder(path: output, width: width, height: height, fps: fps)
        Log.info("render", "\(script.path): \(renderer.frameCount) frames at \(fps) frames/s, "
                 + "\(width)x\(height), to \(output)")

        var progress = ProgressBar(total: renderer.frameCount, unit: "frame")
        let started = Date()
        var frameHashes: [String] = []
        while let frame = try renderer.renderNextFrame() {
            recorder.append(frame, whenFull: .wait)
            frameHashes.append(String(format: "%016llx", SessionRenderer.hash(frame)))
            progress.update(renderer.framesRendered)
        }
        progress.finish()
        if let path = options.frameHashesPath {
            try (frameHashes.joined(separator: "\n") + "\n").write(toFile: path, atomically: true,
                                                                 encoding: .utf8)
        }

        let result = recorder.finish()
        if let failure = result.failure { throw failure }
        let seconds = Date().timeIntervalSince(started)
        print(String(format: "rendered %d frames in %.1f s (%.1f frames/s); frame hash %016llx",
                     renderer.framesRendered, seconds, Double(renderer.framesRendered) / seconds,
                     renderer.frameHash))
        Log.info("render", "wrote \(output) (\(result.fileBytes / 1000) kB)")
    }
}

/// Draws a session's frames one by one, offscreen. GL thread only.
final class SessionRenderer {
    let frameCount: Int
    private(set) var framesRendered = 0
    /// FNV-1a over every frame's pixels so far: equal for equal renders.
    private(set) var frameHash = SessionRenderer.hash([])

    private let fps: Int
    private let stepRate: Double
    private var player: ScriptPlayer
    private let trainer: LockstepTrainer
    private let scene: SceneRenderer
    private let framebuffer: Framebuffer
    private var stepsDone = 0

    init(script: SessionScript, library: ShaderLibrary, width: Int, height: Int,
         fps: Int) throws {
        let setup = try script.scene.make()
        trainer = LockstepTrainer(configuration: TrainerConfiguration(
            dataset: setup.dataset, shape: setup.shape, settings: setup.settings,
            seed: script.scene.seed, initialNetwork: setup.network,
            stepRate: script.scene.stepRate))
        stepRate = script.scene.stepRate
        player = ScriptPlayer(script: script)
        scene = SceneRenderer(library: library)
        framebuffer = try Framebuffer(width: width, height: height, format: .rgba8)
        self.fps = fps
        // Every frame up to and including the one at the session's last event.
        frameCount = Int((script.duration * Double(fps)).rounded(.down)) + 1
    }

    /// Draws the next frame and returns its pixels (RGBA, rows bottom up), or nil when done.
    func renderNextFrame() throws -> [UInt8]? {
        guard framesRendered < frameCount else { return nil }
        let time = Double(framesRendered) / Double(fps)

        // Commands due by this frame, then the steps the clock has reached, in that order.
        for scripted in player.commands(upTo: time) {
            switch scripted.action {
            case .train(let command):
                trainer.send(command)
            case .show(let state):
                state.apply(to: scene)
            }
        }
        let stepsDue = Int((time * stepRate).rounded(.down))
        trainer.advance(steps: stepsDue - stepsDone)
        stepsDone = stepsDue

        let snapshot = trainer.snapshot()
        let figures = SceneFigures(snapshot: snapshot, framesPerSecond: Double(fps),
                                   surfaceMethod: scene.surface.method.rawValue,
                                   shaderError: nil)
        try scene.draw(snapshot, target: .offscreen(framebuffer), figures: figures, now: time)
        try GL.checkError("rendering frame \(framesRendered)")

        let pixels = framebuffer.readColour()
        frameHash = Self.hash(pixels, continuing: frameHash)
        framesRendered += 1
        return pixels
    }

    /// FNV-1a, 64 bits, over `bytes`, continuing from `hash`.
    static func hash(_ bytes: [UInt8], continuing hash: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var result = hash
        for byte in bytes {
            result = (result ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return result
    }
}
