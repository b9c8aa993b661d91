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
        let setup = try sceneOptions.make()
        let (dataset, shape, settings) = (setup.dataset, setup.shape, setup.settings)
        let session = try startSession(sceneOptions, setup: setup)

        let window = try GLWindow(width: options.size.width, height: options.size.height,
                                  title: "Neurolume", vsync: options.vsync)
        let size = window.framebufferSize
        Log.info("gl", "\(GL.description), \(size.width)x\(size.height), "
                 + "content scale \(window.contentScale)")
        let library = try ShaderLibrary(folder: folder)
        Log.info("shaders", "compiled \(ProgramID.allCases.count) programs from \(folder.path)")

        let trainer = Trainer(configuration: TrainerConfiguration(
            dataset: dataset, shape: shape, settings: settings, seed: sceneOptions.seed,
            initialNetwork: setup.network, stepRate: sceneOptions.stepRate))
        trainer.start()
        Log.info("train", "\(dataset.name) \(dataset.points.count) points, net \(shape) "
                 + "\(sceneOptions.activation.rawValue), \(settings.optimizer.rawValue) "
                 + "lr \(settings.learningRate), \(Int(sceneOptions.stepRate)) steps/s"
                 + (sceneOptions.weightsFile.map { ", weights from \($0)" } ?? ""))
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
        defer {
            loop.stopRecording()
            loop.finishSession()
        }
        if let path = options.recordPath {
            loop.startRecording(path: path)
        }
        try loop.run()
    }

    /// Opens the session log if one was asked for. The header holds the scene's flags; points
    /// or weights that came from files are logged as the first commands, so the log replays
    /// without those files.
    private func startSession(_ scene: SceneOptions,
                              setup: SceneSetup) throws(SessionLogError) -> SessionRecorder? {
        guard let path = options.sessionPath else { return nil }
        var header = scene
        header.classes = setup.dataset.classCount
        let session = try SessionRecorder(path: path, scene: header)
        if scene.dataFile != nil {
            session.record(.replaceDataset(setup.dataset), frame: 0, time: 0)
        }
        if let network = setup.network {
            session.record(.loadNetwork(network), frame: 0, time: 0)
        }
        Log.info("session", "logging to \(path)")
        return session
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
