// The live window: the trainer runs on its own thread, and every frame draws its newest
// snapshot. The render loop never waits for training; training never waits for a frame.

import CGLFW
import Foundation
import Learning
import Recording
import Rendering
import Synchronization

struct LiveCommand {
    let options: Options
    /// A session to play back instead of taking the scene from the options.
    var script: SessionScript?

    func run() throws {
        // Find the shaders before opening a window, so a missing folder fails fast.
        let folder = try ShaderFolder.locate(explicit: options.shaderFolder)
        // An installation starts on its first scene; the attract loop takes it from there.
        let sceneOptions = script?.scene
            ?? (options.operation.isInstallation ? options.installation.scenes[0].scene
                : options.scene)
        let (dataset, shape, settings) = try sceneOptions.make()
        let session = try options.sessionPath.map { path throws(SessionLogError) in
            try SessionRecorder(path: path, scene: sceneOptions)
        }

        let window = try GLWindow(width: 1280, height: 720, title: "Neurolume",
                                  vsync: options.vsync)
        let size = window.framebufferSize
        Log.info("gl", "\(GL.description), \(size.width)x\(size.height), "
                 + "content scale \(window.contentScale)")
        let library = try ShaderLibrary(folder: folder)
        Log.info("shaders", "compiled \(ProgramID.allCases.count) programs from \(folder.path)")

        let trainer = Trainer(configuration: TrainerConfiguration(
            dataset: dataset, shape: shape, settings: settings, seed: sceneOptions.seed,
            stepRate: sceneOptions.stepRate))
        trainer.start()
        Log.info("train", "\(dataset.name) \(dataset.points.count) points, net \(shape) "
                 + "\(sceneOptions.activation.rawValue), \(settings.optimizer.rawValue) "
                 + "lr \(settings.learningRate), \(Int(sceneOptions.stepRate)) steps/s")
        defer {
            trainer.stop()
            Log.info("train", "stopped")
        }

        // SIGINT and SIGTERM end the loop like closing the window, so a recording is finished.
        let quit = QuitRequest()
        let signals = RecordingSignals(queue: DispatchQueue(label: "neurolume.signals")) { signal in
            Log.info("app", "signal \(signal): finishing and quitting")
            quit.request()
        }
        defer { signals.cancel() }

        var loop = RenderLoop(window: window, library: library, trainer: trainer,
                              options: options, quit: quit)
        loop.session = session
        loop.player = script.map(ScriptPlayer.init)
        loop.operation = LiveOperation(
            options: options,
            reloader: ConfigurationReloader(arguments: Array(CommandLine.arguments.dropFirst()),
                                            options: options),
            window: window, scene: loop.scene, library: library, now: GLWindow.time)
        if let session { Log.info("session", "logging to \(session.path)") }
        defer {
            loop.stopRecording()
            loop.finishSession()
        }
        if let path = options.recordPath {
            loop.startRecording(path: path)
        }
        try loop.run()
    }
}

/// A quit asked for from another thread (a signal handler). Wakes the GLFW loop.
final class QuitRequest: Sendable {
    private let requested = Atomic<Bool>(false)

    var isRequested: Bool { requested.load(ordering: .relaxed) }

    func request() {
        requested.store(true, ordering: .relaxed)
        glfwPostEmptyEvent()
    }
}

/// The per-frame work of the live window. Main thread only.
struct RenderLoop {
    let window: GLWindow
    let library: ShaderLibrary
    let trainer: Trainer
    let options: Options
    let scene: SceneRenderer
    let quit: QuitRequest
    var clock = FrameClock()
    /// The recording in progress, if any.
    var recording: LiveRecording?
    /// A message from the program itself (a recording's path, a failure) and when it came.
    var appNotice: (message: String, time: Double)?
    /// Set by the screenshot key; the next frame is saved once drawn.
    var screenshotRequested = false
    /// Frames drawn so far, and when the first one was: the session log's clock.
    var frameIndex = 0
    var startTime = GLWindow.time
    /// Where every command sent to the trainer is logged, if anywhere.
    var session: SessionRecorder?
    /// A session being replayed.
    var player: ScriptPlayer?
    var resolution = DynamicResolution()
    /// Installation mode, configuration reloads and service reports (Installation/).
    var operation: LiveOperation?
    private var nextReport = 0.0
    private var lastNotice = 0

    init(window: GLWindow, library: ShaderLibrary, trainer: Trainer, options: Options,
         quit: QuitRequest) {
        self.window = window
        self.library = library
        self.trainer = trainer
        self.options = options
        self.quit = quit
        scene = SceneRenderer(library: library)
        scene.loss.isLogarithmic = options.logarithmicLoss
    }

    mutating func run() throws {
        nextReport = GLWindow.time + 5
        startTime = GLWindow.time
        while !window.shouldClose && !quit.isRequested {
            playScript()
            window.pollEvents()
            handleKeys()
            if options.watchShaders { library.reloadChanged() }

            let snapshot = trainer.latestSnapshot()
            if let operation {
                let visible = try operation.beginFrame(now: GLWindow.time, snapshot: snapshot)
                operation.takeCommands().forEach { send($0) }
                if !visible { continue }
            }
            var figures = SceneFigures(snapshot: snapshot, framesPerSecond: clock.framesPerSecond,
                                       surfaceMethod: scene.surface.method.rawValue,
                                       shaderError: library.errorMessage)
            if let appNotice, GLWindow.time - appNotice.time < 6 {
                figures.notice = appNotice.message
            }
            let size = window.framebufferSize
            if size.width > 0 && size.height > 0 {
                let target = RenderTarget.window(width: size.width, height: size.height)
                try scene.draw(snapshot, target: target, contentScale: window.contentScale,
                               figures: figures, now: GLWindow.time)
                operation?.endDraw(target: target, now: GLWindow.time)
                captureFrame(target, at: GLWindow.time)
                try GL.checkError("drawing a frame")
            }
            window.swapBuffers()
            frameIndex += 1

            let now = GLWindow.time
            clock.tick(at: now)
            adjustResolution(at: now)
            report(snapshot, at: now)
            operation?.endFrame(now: now, snapshot: snapshot)
        }
    }

    private mutating func handleKeys() {
        for key in window.takeKeyPresses() {
            switch key {
            // An installation quits only on its chord, so a visitor cannot end the show.
            case GLFW_KEY_ESCAPE, GLFW_KEY_Q where operation?.stage == nil: window.requestClose()
            case GLFW_KEY_SPACE:
                send(trainer.latestSnapshot().isPaused ? .resume : .pause)
            case GLFW_KEY_R: send(.resetWeights(seed: UInt64.random(in: 0...UInt64.max)))
            case GLFW_KEY_L: scene.loss.isLogarithmic.toggle()
            case GLFW_KEY_C:
                scene.surface.contourWidth = scene.surface.contourWidth > 0 ? 0 : 1.5
            case GLFW_KEY_V: toggleRecording()
            case GLFW_KEY_P: screenshotRequested = true
            default: break
            }
        }
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
        // An installation's log stays quiet: the health line reports every few minutes.
        guard time >= nextReport, operation?.stage == nil else { return }
        nextReport = time + 5
        let evaluation = snapshot.evaluation
        Log.info("train", String(format: "step %d, loss %.4f, accuracy %.3f, %.0f steps/s, "
                                 + "%.1f frames/s", snapshot.step, evaluation.trainLoss,
                                 evaluation.trainAccuracy, snapshot.stepsPerSecond,
                                 clock.framesPerSecond))
    }
}
