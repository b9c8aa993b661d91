// The attract loop wired to a trainer: each frame it reads the trainer's progress, and when the
// loop moves on it sends the commands that turn the running trainer into the next scene, so the
// trainer thread, the render loop and the session log all carry on across scenes.

import Learning
import Rendering

/// Runs the installation's scenes on one trainer. Render thread only.
final class InstallationShow {
    private(set) var settings: InstallationSettings
    private(set) var loop: AttractLoop
    /// Where scene commands go: the render loop's `send`, which also logs them to the session.
    private let send: (TrainerCommand) -> Void
    /// How much shorter than configured the scenes are (the soak test uses 30); training
    /// keeps its configured rate, so a fast soak does not also load the processor more.
    private let speed: Double

    init(settings: InstallationSettings, now: Double, speed: Double = 1,
         send: @escaping (TrainerCommand) -> Void) {
        self.settings = settings
        self.speed = speed
        self.send = send
        loop = AttractLoop(durations: settings.scenes.map { $0.seconds / speed },
                           idleSeconds: settings.idleSeconds, now: now,
                           convergenceWindow: 15 / speed, minimumSeconds: 20 / speed)
    }

    var currentScene: InstallationScene { settings.scenes[loop.index] }

    /// "2/5 moons 2-16-16-2": for the log, the health line and systemd's STATUS.
    var sceneDescription: String {
        let scene = currentScene.scene
        let net = scene.net ?? "2-100-\(scene.classes)"
        return "\(loop.index + 1)/\(settings.scenes.count) \(scene.dataset.rawValue) \(net) "
            + scene.activation.rawValue
    }

    /// A visitor's input pauses the loop until they have been idle for `idleSeconds`.
    func visitorInput(at now: Double) {
        if !loop.isPausedByVisitor { Log.info("installation", "visitor: loop paused") }
        loop.visitorInput(at: now)
    }

    /// Checks the loop; on a change, sends the next scene and returns it.
    func update(now: Double, snapshot: TrainingSnapshot) -> SceneChange? {
        let progress = SceneProgress(step: snapshot.step,
                                     trainLoss: snapshot.evaluation.trainLoss,
                                     divergenceCount: snapshot.divergenceCount)
        guard let change = loop.update(now: now, progress: progress) else { return nil }
        start(currentScene)
        Log.info("installation", "scene \(sceneDescription) (\(change.reason.rawValue))")
        return change
    }

    /// Puts the trainer on the loop's current scene now, for a loop started on a trainer that
    /// was running something else.
    func startCurrentScene() {
        start(currentScene)
    }

    /// Takes new settings after a configuration reload; the next scene comes from them.
    func replaceSettings(_ newSettings: InstallationSettings) {
        settings = newSettings
        loop.idleSeconds = newSettings.idleSeconds
        loop.replaceDurations(newSettings.scenes.map { $0.seconds / speed })
    }

    /// Turns the trainer into `scene`: data first, then a network that fits it, then the
    /// training settings, and it runs even if a visitor had paused it.
    private func start(_ scene: InstallationScene) {
        let setup: SceneSetup
        do {
            setup = try scene.scene.make()
        } catch {
            // The configuration was checked when loaded, so this is not expected; skip it.
            Log.error("installation", "scene \(sceneDescription) cannot start: \(error)")
            return
        }
        send(.replaceDataset(setup.dataset))
        send(.setShape(setup.shape))
        if let network = setup.network { send(.loadNetwork(network)) }
        send(.setLearningRate(setup.settings.learningRate))
        send(.setOptimizer(setup.settings.optimizer))
        send(.setRegularization(setup.settings.regularization))
        send(.setBatchSize(setup.settings.batchSize))
        send(.setStepRate(scene.scene.stepRate))
        send(.resume)
    }
}
