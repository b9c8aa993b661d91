// How the live window talks to the trainer: every command goes through `send`, which also logs
// it to the session, and a replayed session's commands arrive here when their time comes.

import Learning
import Rendering

extension RenderLoop {
    /// Seconds since the loop started: the clock of session logs and replays.
    var sessionTime: Double { GLWindow.time - startTime }

    /// Sends `command` to the trainer and logs it with the current frame and time. A reset
    /// without a seed gets one here, so that the log replays the same weights.
    func send(_ command: TrainerCommand) {
        var command = command
        if case .resetWeights(nil) = command {
            command = .resetWeights(seed: UInt64.random(in: 0...UInt64.max))
        }
        trainer.send(command)
        session?.record(command, frame: frameIndex, time: sessionTime)
    }

    /// Sends the replayed commands that are due.
    mutating func playScript() {
        guard var player else { return }
        let wasFinished = player.isFinished
        for scripted in player.commands(upTo: sessionTime) {
            switch scripted.action {
            case .train(let command): send(command)
            case .show(let state): show(state)
            }
        }
        if player.isFinished && !wasFinished {
            say("replay finished; the controls are yours")
        }
        self.player = player
    }

    /// What the scene shows now, as a session records it.
    var viewState: ViewState {
        ViewState(view: scene.view, showsNeuronPlanes: scene.showsNeuronPlanes,
                  logarithmicLoss: scene.loss.isLogarithmic, showsContour: scene.showsContour)
    }

    /// Shows `state` and logs it: the keys and replays change what is shown through here.
    func show(_ state: ViewState) {
        state.apply(to: scene)
        session?.record(state, frame: frameIndex, time: sessionTime)
    }

    /// Closes the session log with its end event.
    func finishSession() {
        session?.finish(frame: frameIndex, time: sessionTime)
    }
}
