// The configuration file: keys are flags, errors name the key path, the command line wins,
// --print-config reads back, and a SIGHUP with a bad file keeps the running configuration.

import Foundation
import Rendering
import Synchronization
import Testing
@testable import neurolume

struct ConfigurationTests {
    /// Writes `json` to a fresh config.json and returns its path.
    private func write(_ json: String, name: String = "config.json") throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("neurolume-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(json.utf8).write(to: url)
        return url.path
    }

    /// The message of the ConfigurationError that resolving `json` throws.
    private func failure(_ json: String, _ flags: [String] = []) throws -> String {
        let path = try write(json)
        do {
            _ = try Options.resolve(["--config", path] + flags, environment: [:])
        } catch let error as ConfigurationError {
            return error.description
        }
        Issue.record("\(json) was accepted")
        return ""
    }

    @Test func keysApplyLikeFlags() throws {
        let path = try write("""
            {"_comment": "skipped", "lr": 0.05, "net": "2-16-3", "no-vsync": true,
             "log-level": "warn", "installation": {"idle-seconds": 30, "quit-chord": "alt+f4",
             "scenes": [{"dataset": "moons", "net": "2-8-2", "seconds": 20, "view": "all"}]}}
            """)
        let options = try Options.resolve(["--config", path], environment: [:])
        #expect(options.scene.learningRate == 0.05)
        #expect(options.scene.net == "2-16-3")
        #expect(options.vsync == false)
        #expect(options.operation.logLevel == .warn)
        #expect(options.installation.idleSeconds == 30)
        #expect(options.installation.quitChord.description == "alt+f4")
        let scene = try #require(options.installation.scenes.first)
        #expect(scene.scene.dataset == .moons && scene.scene.net == "2-8-2")
        #expect(scene.seconds == 20 && scene.view == .all)
        // A scene inherits what it does not set from the top level.
        #expect(scene.scene.learningRate == 0.05)
    }

    @Test func theCommandLineWins() throws {
        let path = try write(#"{"lr": 0.05, "dataset": "xor"}"#)
        let options = try Options.resolve(["run", "--config", path, "--lr", "0.2"],
                                          environment: [:])
        #expect(options.scene.learningRate == 0.2)
        #expect(options.scene.dataset == .xor)
        #expect(options.command == .live)
    }

    @Test func errorsNameTheKeyPath() throws {
        #expect(try failure(#"{"bogus": 1}"#).contains("key 'bogus': unknown key"))
        #expect(try failure(#"{"lr": true}"#)
            == "config.json: key 'lr': expected a number or a string, not true")
        #expect(try failure(#"{"lr": 5000}"#)
            == "config.json: key 'lr': '5000': expected a number in 1e-06...100.0")
        #expect(try failure(#"{"no-vsync": "yes"}"#)
            == "config.json: key 'no-vsync': expected true or false, not a string")
        #expect(try failure(#"{"config": "x.json"}"#).contains("key 'config': only allowed"))

        let scenes = """
            {"installation": {"scenes": [{"dataset": "xor"}, {"dataset": "moons"},
                                         {"dataset": "spiral", "lr": 5000}]}}
            """
        #expect(try failure(scenes) == "config.json: key 'installation.scenes[2].lr': "
                + "'5000': expected a number in 1e-06...100.0")
        #expect(try failure(#"{"installation": {"scenes": [{"colour": "red"}]}}"#)
            .contains("key 'installation.scenes[0].colour': unknown key"))
        #expect(try failure(#"{"installation": {"idle-seconds": 0}}"#)
            == "config.json: key 'installation.idle-seconds': 0: expected a number in 1...86400")
        #expect(try failure(#"{"installation": {"quit-chord": "q"}}"#)
            .contains("key 'installation.quit-chord': 'q': expected modifiers and a key"))
        // The whole scene must build: three spiral classes do not fit a 2-class output.
        #expect(try failure(#"{"installation": {"scenes": [{"net": "2-8-2"}]}}"#)
            .contains("key 'installation.scenes[0]': --net '2-8-2'"))
        #expect(try failure("{\"lr\": ").contains("config.json: is not valid JSON"))
        #expect(try failure("[1, 2]").contains("expected a JSON object"))
    }

    @Test func printedConfigurationReadsBack() throws {
        let path = try write(#"{"dataset": "moons", "installation": {"enabled": true}}"#)
        let options = try Options.resolve(["--config", path, "--fullscreen"], environment: [:])
        let printed = options.configurationText
        #expect(printed.contains("\"fullscreen\" : true"))
        #expect(printed.contains("\"quit-chord\" : \"ctrl+shift+q\""))

        let again = try Options.resolve(["--config", try write(printed)], environment: [:])
        #expect(again.configurationText == printed)
        #expect(again.operation.isInstallation)
    }

    @Test func theXDGFileIsFoundWhenPresent() throws {
        let path = try write(#"{"lr": 0.3}"#)
        let home = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: home.appendingPathComponent("neurolume"),
                                                withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: path,
                                         toPath: home.path + "/neurolume/config.json")
        let found = try Options.resolve([], environment: ["XDG_CONFIG_HOME": home.path])
        #expect(found.scene.learningRate == 0.3)
        let none = try Options.resolve([], environment: ["XDG_CONFIG_HOME": "/nonexistent"])
        #expect(none.scene.learningRate == 0.01)
    }

    @Test func anInstallationKeepsASessionLogByDefault() throws {
        let state = FileManager.default.temporaryDirectory
            .appendingPathComponent("neurolume-state-\(UUID().uuidString)").path
        let environment = ["XDG_STATE_HOME": state, "XDG_CONFIG_HOME": "/nonexistent"]
        let installation = try Options.resolve(["--installation"], environment: environment)
        #expect(installation.sessionPath == state + "/neurolume/session.jsonl")
        let chosen = try Options.resolve(["--installation", "--session", "/tmp/mine.jsonl"],
                                         environment: environment)
        #expect(chosen.sessionPath == "/tmp/mine.jsonl")
        #expect(try Options.resolve([], environment: environment).sessionPath == nil)
    }

    @Test func hangupWithABadFileKeepsTheRunningConfiguration() throws {
        let lines = Mutex<[String]>([])
        let previous = Log.setSink { line in lines.withLock { $0.append(line) } }
        defer { Log.setSink(previous) }

        let path = try write(#"{"lr": 0.05}"#)
        let arguments = ["--config", path]
        let reloader = ConfigurationReloader(
            arguments: arguments, options: try Options.resolve(arguments, environment: [:]),
            environment: [:])
        reloader.listenForHangup()

        // A real SIGHUP, delivered to this process, becomes a request the loop polls.
        try Data(#"{"lr": "fast"}"#.utf8).write(to: URL(fileURLWithPath: path))
        kill(getpid(), SIGHUP)
        var reloaded: Options?
        var polled = false
        for _ in 0..<200 where !polled {
            Thread.sleep(forTimeInterval: 0.01)
            polled = lines.withLock { !$0.isEmpty }
            reloaded = reloader.takeReload()
        }
        #expect(reloaded == nil)
        #expect(reloader.options.scene.learningRate == 0.05)
        let warning = lines.withLock { $0.joined() }
        #expect(warning.contains("keeping the running configuration"))
        #expect(warning.contains("key 'lr': 'fast'"))

        // A good file on the next hangup is taken.
        try Data(#"{"lr": 0.07}"#.utf8).write(to: URL(fileURLWithPath: path))
        reloader.request.request()
        #expect(reloader.takeReload()?.scene.learningRate == 0.07)
    }
}
