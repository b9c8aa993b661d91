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
    /// Trains `steps` steps on this thread and returns the final snapshot, with a loss history
    /// that samples every step, so the result depends only on the options, never on timing.
    /// The snapshot reports the scene's step rate, as the live window would show it.
    func trainedSnapshot(steps: Int) throws -> TrainingSnapshot {
        let setup = try make()
        let trainer = LockstepTrainer(configuration: TrainerConfiguration(
            dataset: setup.dataset, shape: setup.shape, settings: setup.settings, seed: seed,
            initialNetwork: setup.network, stepRate: stepRate))
        for _ in 0..<steps {
            trainer.advance(steps: 1)
            _ = trainer.snapshot()  // each snapshot adds the step's losses to the history
        }
        return trainer.snapshot()
    }
}
