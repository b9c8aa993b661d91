// The live window: the trainer runs on its own thread, and every frame draws its newest
// snapshot. The render loop never waits for training; training never waits for a frame.

import Foundation
import Learning
import Rendering

struct LiveCommand {
    let options: Options

    func run() throws {
        // Find the shaders before opening a window, so a missing folder fails fast.
        let folder = try ShaderFolder.locate(explicit: options.shaderFolder)
        let setup = try options.scene.make()
        let (dataset, shape, settings) = (setup.dataset, setup.shape, setup.settings)
        if options.trace { Log.threshold = .debug }

        let window = try GLWindow(width: options.size.width, height: options.size.height,
                                  title: "Neurolume", vsync: options.vsync)
        let size = window.framebufferSize
        Log.info("gl", "\(GL.description), \(size.width)x\(size.height), "
                 + "content scale \(window.contentScale)")
        let library = try ShaderLibrary(folder: folder)
        Log.info("shaders", "compiled \(ProgramID.allCases.count) programs from \(folder.path)")

        let trainer = Trainer(configuration: TrainerConfiguration(
            dataset: dataset, shape: shape, settings: settings, seed: options.scene.seed,
            initialNetwork: setup.network, stepRate: options.scene.stepRate))
        trainer.start()
        Log.info("train", "\(dataset.name) \(dataset.points.count) points, net \(shape) "
                 + "\(options.scene.activation.rawValue), \(settings.optimizer.rawValue) "
                 + "lr \(settings.learningRate), \(Int(options.scene.stepRate)) steps/s"
                 + (options.scene.weightsFile.map { ", weights from \($0)" } ?? ""))
        defer {
            trainer.stop()
            Log.info("train", "stopped")
        }

        var loop = RenderLoop(window: window, library: library, trainer: trainer,
                              options: options)
        try loop.run()
    }
}
