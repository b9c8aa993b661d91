// Runs a TrainingSession on its own thread: steps as fast as it can (or at a set rate), takes
// commands between steps, and publishes snapshots that the render thread reads without waiting.

import Foundation
import Synchronization

/// Everything a trainer starts from.
public struct TrainerConfiguration: Sendable {
    public var dataset: Dataset
    public var shape: NetworkShape
    public var settings: TrainingSettings
    public var seed: UInt64
    /// Parameters to continue from instead of fresh weights (must match `shape`).
    public var initialNetwork: Network?
    /// Steps per second to hold; nil runs flat out.
    public var stepRate: Double?
    /// Least time between two publications while running; 0 publishes after every step.
    public var publishInterval: Double
    public var startsPaused: Bool

    public init(dataset: Dataset, shape: NetworkShape, settings: TrainingSettings = .init(),
                seed: UInt64 = 1, initialNetwork: Network? = nil, stepRate: Double? = nil,
                publishInterval: Double = 1.0 / 240, startsPaused: Bool = false) {
        self.dataset = dataset
        self.shape = shape
        self.settings = settings
        self.seed = seed
        self.initialNetwork = initialNetwork
        self.stepRate = stepRate
        self.publishInterval = publishInterval
        self.startsPaused = startsPaused
    }
}

/// A training session on a background thread.
///
/// Thread rules: `send` and `makePointID` from any thread; `latestSnapshot` from one reader
/// thread (the render thread); `start` and `stop` from the thread that owns the trainer.
public final class Trainer: Sendable {
    private let exchange: SnapshotExchange<TrainingSnapshot>
    private let inbox = Mutex<[TrainerCommand]>([])
    private let stopRequested = Atomic<Bool>(false)
    private let started = Atomic<Bool>(false)
    private let nextPointID: Atomic<UInt32>
    /// Signalled on every command and on stop, so a paused or rate-limited loop wakes at once.
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let loop: Mutex<TrainerLoop?>

    public init(configuration: TrainerConfiguration) {
        let loop = TrainerLoop(configuration: configuration)
        exchange = SnapshotExchange(initial: loop.makeSnapshot())
        nextPointID = Atomic(configuration.dataset.nextPointID)
        self.loop = Mutex(loop)
    }

    deinit {
        stop()
    }

    /// Starts the training thread. Calling it twice does nothing.
    public func start() {
        guard !started.exchange(true, ordering: .sequentiallyConsistent) else { return }
        guard let loop = self.loop.withLock({ $0.take() }) else { return }
        let thread = Thread { [self, loop] in
            loop.run(trainer: self)
            finished.signal()
        }
        thread.name = "neurolume.trainer"
        thread.qualityOfService = .userInitiated
        thread.start()
    }

    /// Asks the thread to stop and waits for it; returns whether it ended within `timeout`
    /// seconds.
    @discardableResult
    public func stop(timeout: Double = 1) -> Bool {
        guard started.load(ordering: .sequentiallyConsistent),
              !stopRequested.exchange(true, ordering: .sequentiallyConsistent) else { return true }
        wake.signal()
        return finished.wait(timeout: .now() + timeout) == .success
    }

    /// Queues a command for the next step.
    public func send(_ command: TrainerCommand) {
        inbox.withLock { $0.append(command) }
        wake.signal()
    }

    /// A fresh id for a point the caller is about to add.
    public func makePointID() -> PointID {
        nextPointID.add(1, ordering: .relaxed).oldValue
    }

    /// The newest snapshot. Never waits; call from one reader thread.
    public func latestSnapshot() -> TrainingSnapshot {
        exchange.latest()
    }

    // MARK: For the loop

    func takeCommands() -> [TrainerCommand] {
        inbox.withLock { commands in
            defer { commands.removeAll(keepingCapacity: true) }
            return commands
        }
    }

    var shouldStop: Bool { stopRequested.load(ordering: .relaxed) }

    func publish(_ snapshot: TrainingSnapshot) {
        exchange.publish(snapshot)
    }

    /// Sleeps until a command arrives, stop is asked, or `seconds` pass.
    func waitForWork(seconds: Double) {
        _ = wake.wait(timeout: .now() + max(seconds, 0))
    }
}
