// The live window: the trainer runs on its own thread, and every frame draws its newest
// snapshot. The render loop never waits for training; training never waits for a frame.

import CGLFW
import Foundation
import Learning
import Rendering

struct LiveCommand {
    let options: Options

    func run() throws {
        // Find the shaders before opening a window, so a missing folder fails fast.
        let folder = try ShaderFolder.locate(explicit: options.shaderFolder)
        let (dataset, shape, settings) = try options.scene.make()

        let window = try GLWindow(width: 1280, height: 720, title: "Neurolume",
                                  vsync: options.vsync)
        let size = window.framebufferSize
        Log.info("gl", "\(GL.description), \(size.width)x\(size.height), "
                 + "content scale \(window.contentScale)")
        let library = try ShaderLibrary(folder: folder)
        Log.info("shaders", "compiled \(ProgramID.allCases.count) programs from \(folder.path)")

        let trainer = Trainer(configuration: TrainerConfiguration(
            dataset: dataset, shape: shape, settings: settings, seed: options.scene.seed,
            stepRate: options.scene.stepRate))
        trainer.start()
        Log.info("train", "\(dataset.name) \(dataset.points.count) points, net \(shape) "
                 + "\(options.scene.activation.rawValue), \(settings.optimizer.rawValue) "
                 + "lr \(settings.learningRate), \(Int(options.scene.stepRate)) steps/s")
        defer {
            trainer.stop()
            Log.info("train", "stopped")
        }

        var loop = RenderLoop(window: window, library: library, trainer: trainer,
                              options: options)
        try loop.run()
    }
}

/// The per-frame work of the live window. Main thread only.
struct RenderLoop {
    let window: GLWindow
    let library: ShaderLibrary
    let trainer: Trainer
    let options: Options
    let scene: SceneRenderer
    var clock = FrameClock()
    var resolution = DynamicResolution()
    private var nextReport = 0.0
    private var lastNotice = 0

    init(window: GLWindow, library: ShaderLibrary, trainer: Trainer, options: Options) {
        self.window = window
        self.library = library
        self.trainer = trainer
        self.options = options
        scene = SceneRenderer(library: library)
        scene.loss.isLogarithmic = options.logarithmicLoss
    }

    mutating func run() throws {
        nextReport = GLWindow.time + 5
        while !window.shouldClose {
            window.pollEvents()
            handleKeys()
            if options.watchShaders { library.reloadChanged() }

            let snapshot = trainer.latestSnapshot()
            let figures = SceneFigures(snapshot: snapshot, framesPerSecond: clock.framesPerSecond,
                                       surfaceMethod: scene.surface.method.rawValue,
                                       shaderError: library.errorMessage)
            let size = window.framebufferSize
            if size.width > 0 && size.height > 0 {
                try scene.draw(snapshot, target: .window(width: size.width, height: size.height),
                               contentScale: window.contentScale, figures: figures,
                               now: GLWindow.time)
                try GL.checkError("drawing a frame")
            }
            window.swapBuffers()

            let now = GLWindow.time
            clock.tick(at: now)
            adjustResolution(at: now)
            report(snapshot, at: now)
        }
    }

    private func handleKeys() {
        for key in window.takeKeyPresses() {
            switch key {
            case GLFW_KEY_ESCAPE, GLFW_KEY_Q: window.requestClose()
            case GLFW_KEY_SPACE:
                trainer.send(trainer.latestSnapshot().isPaused ? .resume : .pause)
            case GLFW_KEY_R: trainer.send(.resetWeights(seed: nil))
            case GLFW_KEY_L: scene.loss.isLogarithmic.toggle()
            case GLFW_KEY_C:
                scene.surface.contourWidth = scene.surface.contourWidth > 0 ? 0 : 1.5
            default: handleCircuitKey(key)
            }
        }
    }

    /// The neuron-plane toggle (I; P saves a picture in the interaction layer's key map). Tab
    /// and the other view keys belong to the interaction layer, which calls
    /// `scene.cycleView()`.
    private func handleCircuitKey(_ key: Int32) {
        if key == GLFW_KEY_I { scene.showsNeuronPlanes.toggle() }
    }

    /// Only the per-pixel surface path trades resolution for speed; the tiled one is exact.
    private mutating func adjustResolution(at time: Double) {
        guard scene.surface.method == .perPixel,
              resolution.update(framesPerSecond: clock.framesPerSecond, time: time) else { return }
        scene.surface.resolutionScale = resolution.scale
        Log.debug("render", "surface resolution scale \(resolution.scale)")
    }

    /// A status line every five seconds, and the trainer's notices as they come.
    private mutating func report(_ snapshot: TrainingSnapshot, at time: Double) {
        if let notice = snapshot.notice, notice.sequence != lastNotice {
            lastNotice = notice.sequence
            if notice.isWarning {
                Log.warn("train", notice.message)
            } else {
                Log.info("train", notice.message)
            }
        }
        guard time >= nextReport else { return }
        nextReport = time + 5
        let evaluation = snapshot.evaluation
        Log.info("train", String(format: "step %d, loss %.4f, accuracy %.3f, %.0f steps/s, "
                                 + "%.1f frames/s", snapshot.step, evaluation.trainLoss,
                                 evaluation.trainAccuracy, snapshot.stepsPerSecond,
                                 clock.framesPerSecond))
    }
}
