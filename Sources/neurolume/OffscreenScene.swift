// What the offscreen commands share: a hidden window for a GL context, the shaders, and the
// trained snapshot to draw.

import Foundation
import Learning
import Rendering

/// A GL context without a visible window, with the shaders compiled. Main thread only.
struct OffscreenContext {
    let window: GLWindow
    let library: ShaderLibrary

    init(shaderFolder: String?) throws {
        let folder = try ShaderFolder.locate(explicit: shaderFolder)
        window = try GLWindow(width: 64, height: 64, title: "neurolume offscreen",
                              visible: false, vsync: false)
        Log.info("gl", GL.description)
        library = try ShaderLibrary(folder: folder)
    }
}

extension SceneOptions {
    /// Trains `steps` steps and returns the final snapshot, with a loss history that samples
    /// every step (so the result depends only on the options, not on timing).
    ///
    /// A paused Trainer publishing after every step stands in for a TrainingSession here: a
    /// LossHistory can only be filled inside Learning (LossSample has no public initializer).
    func trainedSnapshot(steps: Int) throws -> TrainingSnapshot {
        let setup = try make()
        let trainer = Trainer(configuration: TrainerConfiguration(
            dataset: setup.dataset, shape: setup.shape, settings: setup.settings, seed: seed,
            initialNetwork: setup.network, publishInterval: 0, startsPaused: true))
        trainer.start()
        defer { trainer.stop() }
        trainer.send(.step(count: steps))

        let started = Date()
        var snapshot = trainer.latestSnapshot()
        while snapshot.step < steps || !snapshot.isPaused {
            Thread.sleep(forTimeInterval: 0.005)
            snapshot = trainer.latestSnapshot()
            // A reset after divergence restarts the count; give up rather than spin forever.
            if Date().timeIntervalSince(started) > 600 { break }
        }
        return snapshot
    }
}
