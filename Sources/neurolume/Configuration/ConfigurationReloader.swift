// SIGHUP reloads the configuration file, the way daemons do. The signal only sets a flag on a
// background queue; the render loop polls it between frames and takes the new options there,
// so nothing changes under a frame being drawn. A bad file keeps the running configuration.

import Dispatch
import Foundation
import Recording
import Rendering
import Synchronization

/// A reload asked for by a signal or a test. Safe from any thread.
final class ReloadRequest: Sendable {
    private let requested = Atomic<Bool>(false)

    func request() { requested.store(true, ordering: .relaxed) }

    /// Whether a reload was asked for since the last call.
    func take() -> Bool { requested.exchange(false, ordering: .relaxed) }
}

/// The effective options, re-resolved from the same command line when asked.
/// `take` on the render thread; the signal arrives on its own queue.
final class ConfigurationReloader {
    private let arguments: [String]
    private let environment: [String: String]
    private(set) var options: Options
    let request = ReloadRequest()
    private var signals: RecordingSignals?

    init(arguments: [String], options: Options,
         environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.arguments = arguments
        self.options = options
        self.environment = environment
    }

    deinit {
        signals?.cancel()
    }

    /// Starts turning SIGHUP into a reload request.
    func listenForHangup() {
        let request = self.request
        signals = RecordingSignals(signals: [SIGHUP],
                                   queue: DispatchQueue(label: "neurolume.reload")) { _ in
            request.request()
        }
    }

    /// If a reload was asked for, reads the configuration again; returns the new options when
    /// they load, nil when nothing was asked or the file is bad (the log says why and the
    /// running options stay).
    func takeReload() -> Options? {
        guard request.take() else { return nil }
        let path = options.operation.configPath ?? "the configuration"
        do {
            let reloaded = try Options.resolve(arguments, environment: environment)
            options = reloaded
            Log.info("config", "reloaded \(path); the next scene uses it")
            return reloaded
        } catch {
            Log.warn("config", "reload failed, keeping the running configuration: \(error)")
            return nil
        }
    }
}
