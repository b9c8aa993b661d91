// A JSON configuration file, applied through the command-line parser: every key is a long flag
// without its dashes, so the file and the command line are checked by the same code and say
// the same things, except that the file's messages name the key path instead of the flag.

import Foundation
import Recording
import Rendering

/// A parsed configuration file. Keys starting with "_" are comments and are skipped, so a
/// file can document itself ("_comment": "…") although JSON has no comments.
struct ConfigurationFile {
    let path: String
    private let root: [String: JSONValue]

    /// Reads and decodes `path`; a missing file or invalid JSON is a ConfigurationError.
    init(path: String) throws(ConfigurationError) {
        self.path = path
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ConfigurationError(file: path, keyPath: nil,
                                     message: "cannot be read (\(error.localizedDescription))")
        }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw ConfigurationError(file: path, keyPath: nil,
                                     message: "is not valid JSON: \(Self.describe(error))")
        }
        guard case .object(let members) = value else {
            throw ConfigurationError(file: path, keyPath: nil,
                                     message: "expected a JSON object of keys at the top")
        }
        root = members
    }

    /// Applies every key to `options`: the top-level flags first, then the installation
    /// section, whose scenes start from the top-level scene.
    func apply(to options: inout Options) throws(ConfigurationError) {
        for (key, value) in root.sorted(by: { $0.key < $1.key })
        where !key.hasPrefix("_") && key != "installation" {
            let flag = "--" + key
            guard !OperationOptions.commandLineOnly.contains(flag) else {
                throw error(key, "only allowed on the command line, as \(flag)")
            }
            var scratch = options
            let isSwitch = (try? scratch.parseFlags(single: [flag])) != nil
            let arguments = try flagArguments(flag, value, isSwitch: isSwitch, keyPath: key)
            do {
                try options.parseFlags(single: arguments)
            } catch {
                throw relabel(error, flag: flag, keyPath: key)
            }
        }
        // "installation": true is the --installation switch; an object also configures it.
        switch root["installation"] {
        case .bool(let on)?: options.operation.isInstallation = on
        case let section?: try installation(section, into: &options)
        case nil: break
        }
    }

    // MARK: - Keys to flags

    /// The arguments a key stands for: a switch with true is the bare flag, false is nothing;
    /// a value flag takes a string or a number; null is nothing.
    private func flagArguments(_ flag: String, _ value: JSONValue, isSwitch: Bool,
                               keyPath: String) throws(ConfigurationError) -> [String] {
        switch (value, isSwitch) {
        // null leaves the default, so --print-config's output reads back as a configuration.
        case (.null, _): return []
        case (.bool(let on), true): return on ? [flag] : []
        case (_, true): throw error(keyPath, "expected true or false, not \(Self.kind(value))")
        case (.string(let text), false): return [flag, text]
        case (.number(let number), false): return [flag, Self.text(number)]
        default:
            throw error(keyPath, "expected a number or a string, not \(Self.kind(value))")
        }
    }

    /// The parser's message with the flag's name taken out, named by the key path instead.
    private func relabel(_ failure: OptionsError, flag: String, keyPath: String)
        -> ConfigurationError {
        var message = failure.description
        if message.hasPrefix("unknown option") {
            message = "unknown key (keys are the long command-line flags without '--'; "
                + "see --help)"
        } else if message.hasPrefix(flag + " ") {
            message = String(message.dropFirst(flag.count + 1))
        }
        return error(keyPath, message)
    }

    private func error(_ keyPath: String, _ message: String) -> ConfigurationError {
        ConfigurationError(file: path, keyPath: keyPath, message: message)
    }

    // MARK: - The installation section

    private func installation(_ value: JSONValue, into options: inout Options)
        throws(ConfigurationError) {
        guard case .object(let members) = value else {
            throw error("installation", "expected true, false or an object, not "
                        + Self.kind(value))
        }
        var settings = InstallationSettings()
        for (key, member) in members.sorted(by: { $0.key < $1.key }) where !key.hasPrefix("_") {
            let keyPath = "installation." + key
            switch key {
            case "enabled":
                guard let on = member.boolValue else {
                    throw error(keyPath, "expected true or false, not \(Self.kind(member))")
                }
                options.operation.isInstallation = on
            case "idle-seconds":
                settings.idleSeconds = try number(member, in: InstallationSettings.idleRange,
                                                  keyPath: keyPath)
            case "fade-seconds":
                settings.fadeSeconds = try number(member, in: InstallationSettings.fadeRange,
                                                  keyPath: keyPath)
            case "cursor-hide-seconds":
                settings.cursorHideSeconds = try number(member,
                                                        in: InstallationSettings.cursorRange,
                                                        keyPath: keyPath)
            case "quit-chord":
                guard let text = member.stringValue else {
                    throw error(keyPath, "expected a string like \"ctrl+shift+q\", not "
                                + Self.kind(member))
                }
                do {
                    settings.quitChord = try QuitChord(parsing: text)
                } catch {
                    throw self.error(keyPath, error.description)
                }
            case "scenes":
                guard case .array(let entries) = member, !entries.isEmpty else {
                    throw error(keyPath, "expected a non-empty array of scene objects")
                }
                settings.scenes = []
                for (index, entry) in entries.enumerated() {
                    settings.scenes.append(try scene(entry, base: options.scene,
                                                     keyPath: "\(keyPath)[\(index)]"))
                }
            default:
                throw error(keyPath, "unknown key; the installation keys are enabled, "
                            + "idle-seconds, fade-seconds, cursor-hide-seconds, quit-chord "
                            + "and scenes")
            }
        }
        options.installation = settings
    }

    /// One scene: scene flag names, plus "view" and "seconds". Unset keys come from `base`.
    private func scene(_ value: JSONValue, base: SceneOptions, keyPath: String)
        throws(ConfigurationError) -> InstallationScene {
        guard case .object(let members) = value else {
            throw error(keyPath, "expected a scene object, not \(Self.kind(value))")
        }
        var result = InstallationScene(scene: base, view: nil, seconds: 60)
        for (key, member) in members.sorted(by: { $0.key < $1.key }) where !key.hasPrefix("_") {
            let memberPath = keyPath + "." + key
            switch key {
            case "seconds":
                result.seconds = try number(member, in: InstallationSettings.secondsRange,
                                            keyPath: memberPath)
            case "view" where member == .null:
                result.view = nil
            case "view":
                let names = SceneView.allCases.map(\.rawValue).joined(separator: ", ")
                guard let name = member.stringValue, let view = SceneView(rawValue: name) else {
                    throw error(memberPath, "expected one of \(names), not \(Self.kind(member))")
                }
                result.view = view
            default:
                let flag = "--" + key
                let arguments = try flagArguments(flag, member, isSwitch: false,
                                                  keyPath: memberPath)
                do {
                    var reader = ArgumentReader(arguments)
                    _ = reader.take()
                    guard try result.scene.parse(flag, &reader) else {
                        throw error(memberPath, "unknown key; a scene takes the scene flags "
                                    + "(dataset, net, activation, lr, …) and view, seconds")
                    }
                } catch let failure as OptionsError {
                    throw relabel(failure, flag: flag, keyPath: memberPath)
                } catch let failure as ConfigurationError {
                    throw failure
                } catch {
                    preconditionFailure("the scene parser throws only OptionsError")
                }
            }
        }

        // The whole scene must build: a network that fits the data, for example.
        do {
            _ = try result.scene.make()
        } catch {
            throw self.error(keyPath, "\(error)")
        }
        return result
    }

    private func number(_ value: JSONValue, in range: ClosedRange<Double>, keyPath: String)
        throws(ConfigurationError) -> Double {
        guard let number = value.doubleValue else {
            throw error(keyPath, "expected a number, not \(Self.kind(value))")
        }
        guard range.contains(number) else {
            throw error(keyPath, "\(Self.text(number)): expected a number in "
                        + "\(Self.text(range.lowerBound))...\(Self.text(range.upperBound))")
        }
        return number
    }

    // MARK: - Wording

    /// Whole numbers without a fraction, so "points": 100 reads as --points 100.
    static func text(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    private static func kind(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let on): return on ? "true" : "false"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// JSONDecoder's errors, shortened to what helps find the mistake.
    private static func describe(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = (context.underlyingError as NSError?)?.userInfo["NSDebugDescription"]
            return (underlying as? String) ?? context.debugDescription
        }
        return "\(error)"
    }
}
