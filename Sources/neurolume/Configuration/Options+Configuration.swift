// Where the effective options come from: built-in defaults, then the configuration file, then
// the command line, which wins. The same steps run again when SIGHUP asks for a reload.

import Foundation
import Recording

extension Options {
    /// The options for `arguments` with the configuration file applied beneath them.
    /// Throws OptionsError for a bad command line (exit 64) and ConfigurationError for a bad
    /// file (exit 78).
    static func resolve(_ arguments: [String],
                        environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> Options {
        // The command line alone first: its mistakes are reported as its own.
        var commandLine = try Options(parsing: arguments)
        guard let path = commandLine.operation.configPath
            ?? defaultConfigurationPath(environment: environment) else {
            commandLine.defaultInstallationSession(environment: environment)
            return commandLine
        }

        let file = try ConfigurationFile(path: path)
        var options = Options()
        var reader = ArgumentReader(arguments)
        try options.parseCommand(&reader)
        try file.apply(to: &options)
        try options.parseFlags(&reader)
        try options.checkCommand()
        options.operation.configPath = path
        options.defaultInstallationSession(environment: environment)
        return options
    }

    /// A live installation keeps a session log unless told where: in
    /// $XDG_STATE_HOME/neurolume/ (~/.local/state), rotated by size, so what visitors did
    /// can be replayed later and the disk never fills.
    private mutating func defaultInstallationSession(environment: [String: String]) {
        guard operation.isInstallation, command == .live, sessionPath == nil else { return }
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        let folder = base + "/neurolume"
        // Without the folder the log is skipped rather than the installation refused.
        guard (try? FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true)) != nil else { return }
        sessionPath = folder + "/session.jsonl"
    }

    /// $XDG_CONFIG_HOME/neurolume/config.json (~/.config when unset) if the file exists.
    static func defaultConfigurationPath(environment: [String: String]) -> String? {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        let path = base + "/neurolume/config.json"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    // MARK: - Printing

    /// Every configuration key with its effective value, as pretty JSON with sorted keys.
    var configurationText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(configurationJSON)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    var configurationJSON: JSONValue {
        var keys = Self.keys(scene.arguments)
        keys["no-vsync"] = .bool(!vsync)
        keys["watch-shaders"] = .bool(watchShaders)
        keys["log-loss"] = .bool(logarithmicLoss)
        keys["fullscreen"] = .bool(operation.fullscreen)
        keys["installation"] = installationJSON
        keys["log-level"] = .string(["debug", "info", "warn", "error"][operation.logLevel.rawValue])
        keys["health-minutes"] = .number(operation.healthMinutes)
        let paths: [(String, String?)] = [("monitor", operation.monitor), ("shaders", shaderFolder),
                                          ("session", sessionPath), ("record", recordPath),
                                          ("video-folder", videoFolder)]
        for (key, value) in paths {
            keys[key] = value.map(JSONValue.string) ?? .null
        }
        return .object(keys)
    }

    /// The installation section; "enabled" is the --installation switch.
    private var installationJSON: JSONValue {
        let settings = installation
        let scenes: [JSONValue] = settings.scenes.map { entry in
            var keys = Self.keys(entry.scene.arguments)
            keys["seconds"] = .number(entry.seconds)
            keys["view"] = entry.view.map { JSONValue.string($0.rawValue) } ?? .null
            return .object(keys)
        }
        return .object(["enabled": .bool(operation.isInstallation),
                        "idle-seconds": .number(settings.idleSeconds),
                        "fade-seconds": .number(settings.fadeSeconds),
                        "cursor-hide-seconds": .number(settings.cursorHideSeconds),
                        "quit-chord": .string(settings.quitChord.description),
                        "scenes": .array(scenes)])
    }

    /// Flag/value pairs as keys; values that read as numbers become numbers.
    private static func keys(_ arguments: [String]) -> [String: JSONValue] {
        var keys: [String: JSONValue] = [:]
        for index in stride(from: 0, to: arguments.count - 1, by: 2) {
            let key = String(arguments[index].dropFirst(2))
            let value = arguments[index + 1]
            keys[key] = Double(value).map(JSONValue.number) ?? .string(value)
        }
        return keys
    }
}
