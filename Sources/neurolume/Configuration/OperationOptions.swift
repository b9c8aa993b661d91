// The flags that run Neurolume as an installation and operate it: where its configuration
// comes from, which screen it covers, how much it logs, and how long a soak test lasts.

import Rendering

/// Operation flags, parsed beside the scene flags. Each also works as a configuration key.
struct OperationOptions {
    /// --config FILE; nil looks for $XDG_CONFIG_HOME/neurolume/config.json.
    var configPath: String?
    /// --print-config: print the effective configuration as JSON and exit.
    var printConfig = false
    var fullscreen = false
    /// A monitor's index (0 is the primary) or a part of its name; nil for the primary.
    var monitor: String?
    /// --installation: fullscreen, attract loop, caption, hidden cursor, quit chord.
    var isInstallation = false
    var logLevel = Log.Level.info
    /// Minutes between health lines in the log.
    var healthMinutes = 5.0
    /// How long `soak` runs, in minutes.
    var soakMinutes = 2.0

    /// Flags that only make sense on the command line, never as configuration keys.
    static let commandLineOnly: Set<String> = ["--config", "--print-config", "--help",
                                               "--version", "--minutes"]

    /// Consumes `flag` (and its value) if it is an operation flag; returns whether it was.
    mutating func parse(_ flag: String, _ reader: inout ArgumentReader) throws(OptionsError)
        -> Bool {
        switch flag {
        case "--config": configPath = try reader.value(for: flag)
        case "--print-config": printConfig = true
        case "--fullscreen": fullscreen = true
        case "--monitor": monitor = try reader.value(for: flag)
        case "--installation": isInstallation = true
        case "--log-level":
            logLevel = try reader.choice(for: flag, [("debug", .debug), ("info", .info),
                                                     ("warn", .warn), ("error", .error)])
        case "--health-minutes":
            healthMinutes = Double(try reader.float(for: flag, in: 0.05...1440))
        case "--minutes": soakMinutes = Double(try reader.float(for: flag, in: 0.1...10_000))
        default:
            return false
        }
        return true
    }

    /// Whether the window covers a monitor: asked for, or part of the installation profile.
    var coversMonitor: Bool { fullscreen || isInstallation }
}
