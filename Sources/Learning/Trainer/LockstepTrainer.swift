// Training without a thread, advanced by the caller: the offline renderer steps it in lockstep
// with its frames, so frame N shows the same training state on every run and every machine.

/// The Trainer's behaviour — commands, divergence recovery, snapshots — on the caller's thread,
/// with steps run only when asked. Not thread-safe: one thread owns it.
public final class LockstepTrainer {
    private let loop: TrainerLoop

    /// `configuration.stepRate` is what snapshots report as steps per second (nil reports 0);
    /// `publishInterval` is unused.
    public init(configuration: TrainerConfiguration) {
        loop = TrainerLoop(configuration: configuration)
        loop.nominalStepRate = configuration.stepRate ?? 0
    }

    /// Applies a command at once, as the threaded trainer does before its next step.
    public func send(_ command: TrainerCommand) {
        loop.apply(command)
    }

    /// Runs `steps` optimizer steps, fewer if training is paused.
    public func advance(steps: Int) {
        for _ in 0..<max(steps, 0) {
            loop.stepIfRunning()
        }
    }

    /// A snapshot of the state now. Each call is a new publication with a higher version.
    public func snapshot() -> TrainingSnapshot {
        loop.makeSnapshot()
    }
}
