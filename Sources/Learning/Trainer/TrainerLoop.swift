// The body of the training thread: apply queued commands, step, catch divergence, publish.

import Foundation

/// The state that lives on the training thread. Created by `Trainer.init`, then handed to the
/// thread once and touched only there (hence unchecked sendability).
final class TrainerLoop: @unchecked Sendable {
    let session: TrainingSession
    var isPaused: Bool
    /// Steps still to run from a `.step(count:)` command before pausing again.
    var pendingSteps = 0
    var stepRate: Double?
    private let publishInterval: Double

    var version: UInt64 = 0
    var history = LossHistory()
    var divergenceCount = 0
    var notice: TrainerNotice?

    /// For the measured step rate between publications.
    var lastPublishTime = Date.timeIntervalSinceReferenceDate
    var stepsSincePublish = 0
    /// Reported in snapshots instead of the measured rate, so that a lockstep run's snapshots
    /// do not depend on how fast the machine was.
    var nominalStepRate: Double?
    var nextStepTime = Date.timeIntervalSinceReferenceDate

    init(configuration: TrainerConfiguration) {
        session = TrainingSession(dataset: configuration.dataset, shape: configuration.shape,
                                  settings: configuration.settings, seed: configuration.seed)
        if let network = configuration.initialNetwork {
            session.loadNetwork(network)
        }
        isPaused = configuration.startsPaused
        stepRate = configuration.stepRate
        publishInterval = configuration.publishInterval
    }

    /// Runs until the trainer asks it to stop.
    func run(trainer: Trainer) {
        while !trainer.shouldStop {
            let commands = trainer.takeCommands()
            for command in commands { apply(command) }
            if !commands.isEmpty { publish(to: trainer) }

            guard !isPaused || pendingSteps > 0 else {
                trainer.waitForWork(seconds: 0.25)
                continue
            }
            if let rate = stepRate {
                let now = Date.timeIntervalSinceReferenceDate
                if now < nextStepTime {
                    trainer.waitForWork(seconds: nextStepTime - now)
                    continue
                }
                // Never bank more than a step of lag, so a stall does not cause a burst.
                nextStepTime = max(nextStepTime, now - 1 / rate) + 1 / rate
            }

            stepOnce()
            let now = Date.timeIntervalSinceReferenceDate
            if now - lastPublishTime >= publishInterval || (isPaused && pendingSteps == 0) {
                publish(to: trainer)
            }
        }
    }

    /// One step unless paused (a `.step(count:)` command's steps still run while paused).
    func stepIfRunning() {
        if !isPaused || pendingSteps > 0 {
            stepOnce()
        }
    }

    private func stepOnce() {
        session.advance()
        stepsSincePublish += 1
        if pendingSteps > 0 {
            pendingSteps -= 1
        }
        if !session.isFinite {
            recoverFromDivergence()
        }
    }

    /// NaN or infinity appeared: restart from fresh weights so nothing non-finite is published.
    private func recoverFromDivergence() {
        let divergedAt = session.step
        let seed = session.nextSeed()
        session.resetWeights(seed: seed)
        history = LossHistory()
        divergenceCount += 1
        say("training diverged at step \(divergedAt) (learning rate "
            + "\(session.settings.learningRate)); restarted with seed \(seed)", warning: true)
    }

    func say(_ message: String, warning: Bool) {
        notice = TrainerNotice(sequence: (notice?.sequence ?? 0) + 1, message: message,
                               isWarning: warning)
    }

    private func publish(to trainer: Trainer) {
        trainer.publish(makeSnapshot())
    }

    /// A snapshot of the current state; records the loss history as a side effect.
    func makeSnapshot() -> TrainingSnapshot {
        var evaluation = session.evaluate()
        if !evaluation.isFinite {
            recoverFromDivergence()
            evaluation = session.evaluate()
        }
        history.record(LossSample(step: session.step, trainLoss: evaluation.trainLoss,
                                  testLoss: evaluation.testLoss))

        let now = Date.timeIntervalSinceReferenceDate
        let elapsed = now - lastPublishTime
        let rate = nominalStepRate ?? (elapsed > 0 ? Double(stepsSincePublish) / elapsed : 0)
        lastPublishTime = now
        stepsSincePublish = 0
        version += 1

        return TrainingSnapshot(
            version: version, step: session.step, epoch: session.epoch, evaluation: evaluation,
            lossHistory: history, network: session.network,
            neuronStatistics: session.neuronStatistics(), dataset: session.dataset,
            settings: session.settings, isPaused: isPaused && pendingSteps == 0,
            stepsPerSecond: rate, weightSeed: session.weightSeed,
            divergenceCount: divergenceCount, notice: notice)
    }
}
