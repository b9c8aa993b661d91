// Turns SIGINT and SIGTERM into a callback on a queue, so the program can finish a recording
// (close FFmpeg's input, wait for the file) before it exits, instead of dying mid-file.

import Dispatch
import Foundation
import Synchronization

/// Catches termination signals while it is alive.
///
/// A Dispatch signal source delivers each signal to `handler` on `queue` as an ordinary call,
/// where it is safe to lock, log and wait (none of which a C signal handler may do). The
/// handler runs for every delivery; a program usually finishes its recording and exits on the
/// first, and exits at once on a second.
///
/// Thread rules: create and `cancel` from any thread; `handler` runs on `queue`.
public final class RecordingSignals: Sendable {
    public let signals: [Int32]
    private let sources: Mutex<[any DispatchSourceSignal]>

    /// Starts catching `signals` (SIGINT and SIGTERM by default). Returns once the signals are
    /// caught; a signal arriving earlier would have been ignored.
    public init(signals: [Int32] = [SIGINT, SIGTERM], queue: DispatchQueue = .main,
                handler: @escaping @Sendable (Int32) -> Void) {
        self.signals = signals
        // Sources are armed asynchronously; they report it on a private queue, which the
        // caller's `queue` (often the main queue, often the caller's own) cannot hold up.
        let delivery = DispatchQueue(label: "neurolume.signals")
        let armed = DispatchSemaphore(value: 0)
        var sources: [any DispatchSourceSignal] = []
        for number in signals {
            // Ignored first, or the default action (terminate) would win the race with the
            // source being armed. Only while the action is the default: once a source has
            // watched the signal, Dispatch's own handler is in place, and replacing it with
            // SIG_IGN would make the kernel discard the signal before any later source saw it.
            var current = sigaction()
            sigaction(number, nil, &current)
            if current.__sigaction_handler.sa_handler == nil { signal(number, SIG_IGN) }
            let source = DispatchSource.makeSignalSource(signal: number, queue: delivery)
            source.setEventHandler { queue.async { handler(number) } }
            source.setRegistrationHandler { armed.signal() }
            source.resume()
            sources.append(source)
        }
        for _ in signals { _ = armed.wait(timeout: .now() + 1) }
        self.sources = Mutex(sources)
    }

    deinit {
        cancel()
    }

    /// Stops calling `handler`. A second call does nothing.
    ///
    /// The signals do not get their default actions back: on Linux, Dispatch installs its own
    /// handler for a signal the first time a source watches it and never expects it replaced,
    /// so restoring `SIG_DFL` here would break every later source for that signal. A program
    /// that wants to die on a signal after cancelling should exit from `handler` instead.
    public func cancel() {
        let cancelled = sources.withLock { sources in
            defer { sources = [] }
            return sources
        }
        for source in cancelled { source.cancel() }
    }
}
