// The attract loop on a fast clock: scenes end on time, on a flat loss or on a divergence, a
// visitor holds the scene, and the loop resumes once they have been idle long enough.

import Foundation
import Learning
import Testing
@testable import neurolume

struct AttractLoopTests {
    private func progress(loss: Float, divergences: Int = 0) -> SceneProgress {
        SceneProgress(step: 100, trainLoss: loss, divergenceCount: divergences)
    }

    @Test func aSceneEndsWhenItsTimeIsUp() {
        var loop = AttractLoop(durations: [10, 20], idleSeconds: 5, now: 0)
        // A loss still falling never counts as converged.
        var time = 0.0
        var change: SceneChange?
        while change == nil && time < 100 {
            time += 0.25
            change = loop.update(now: time, progress: progress(loss: Float(100 - time)))
        }
        #expect(change == SceneChange(index: 1, reason: .timeUp))
        #expect(time == 10)
    }

    @Test func divergenceMidSceneMovesOn() {
        var loop = AttractLoop(durations: [60, 60, 60], idleSeconds: 5, now: 0)
        // The count the scene starts with (earlier scenes' divergences) is not held against it.
        #expect(loop.update(now: 1, progress: progress(loss: 1, divergences: 4)) == nil)
        #expect(loop.update(now: 2, progress: progress(loss: 1, divergences: 4)) == nil)
        #expect(loop.update(now: 3, progress: progress(loss: 9, divergences: 5))
            == SceneChange(index: 1, reason: .diverged))
        #expect(loop.update(now: 4, progress: progress(loss: 1, divergences: 5)) == nil)
    }

    @Test func aFlatLossCountsAsConverged() {
        var loop = AttractLoop(durations: [600, 600], idleSeconds: 5, now: 0,
                               convergenceWindow: 10, minimumSeconds: 20)
        var time = 0.0
        var change: SceneChange?
        while change == nil && time < 600 {
            time += 0.25
            // Falls for 30 s, then stays within 1% of 0.1.
            let loss: Float = time < 30 ? Float(3 - time / 10) : 0.1 + 0.0005 * Float(sin(time))
            change = loop.update(now: time, progress: progress(loss: loss))
        }
        #expect(change == SceneChange(index: 1, reason: .converged))
        #expect(time >= 39 && time < 42)
    }

    @Test func theLoopResumesAfterTheIdleTime() {
        var loop = AttractLoop(durations: [10, 10], idleSeconds: 60, now: 0)
        loop.visitorInput(at: 5)
        // Held well past the scene's own length while the visitor is there…
        for second in 6...64 {
            #expect(loop.update(now: Double(second), progress: progress(loss: 1)) == nil)
        }
        loop.visitorInput(at: 64.5)
        #expect(loop.update(now: 124, progress: progress(loss: 1)) == nil)
        #expect(loop.isPausedByVisitor)
        // …and moves on once they have left it alone for the idle time.
        #expect(loop.update(now: 124.5, progress: progress(loss: 1))
            == SceneChange(index: 1, reason: .visitorLeft))
        #expect(!loop.isPausedByVisitor)
    }

    /// A real trainer driven past stability: its divergence count grows and the show starts
    /// the next scene on it.
    @Test func aDivergingTrainerMovesTheShowOn() throws {
        var settings = InstallationSettings()
        let wild = try SceneOptions(arguments: ["--dataset", "spiral", "--net", "2-64-64-3",
                                                "--optimizer", "sgd", "--lr", "100",
                                                "--batch", "full", "--step-rate", "100000"])
        settings.scenes = [InstallationScene(scene: wild, view: nil, seconds: 600),
                           InstallationScene.builtIn[1]]
        let setup = try wild.make()
        let trainer = Trainer(configuration: TrainerConfiguration(
            dataset: setup.dataset, shape: setup.shape, settings: setup.settings, seed: 1,
            publishInterval: 0))
        trainer.start()
        defer { trainer.stop() }
        // Past what the command line allows, and certain to blow up within a few steps.
        trainer.send(.setLearningRate(1e6))

        let show = InstallationShow(settings: settings, now: 0, send: trainer.send)
        var change: SceneChange?
        let started = Date()
        while change == nil && Date().timeIntervalSince(started) < 20 {
            Thread.sleep(forTimeInterval: 0.01)
            change = show.update(now: Date().timeIntervalSince(started),
                                 snapshot: trainer.latestSnapshot())
        }
        #expect(change == SceneChange(index: 1, reason: .diverged))

        // The trainer becomes the next scene: two-class moons.
        var snapshot = trainer.latestSnapshot()
        while snapshot.dataset.classCount != 2 && Date().timeIntervalSince(started) < 25 {
            Thread.sleep(forTimeInterval: 0.01)
            snapshot = trainer.latestSnapshot()
        }
        #expect(snapshot.network.shape.description.hasPrefix("2-16-16-2"))
    }
}
