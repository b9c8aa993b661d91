// Session logs as the program writes and reads them: every command survives the round trip,
// and each kind of bad log is refused with its file and line, or loads with a warning.

import Foundation
import Learning
import Recording
import Rendering
import Testing
@testable import neurolume

struct SessionTests {
    private func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("neurolume-\(UUID().uuidString)-\(name)").path
    }

    @Test func everyCommandSurvivesTheRoundTrip() throws {
        let dataset = try DatasetSpec(kind: .moons, pointsPerClass: 5, seed: 1).generate()
            .split(testFraction: 0.2, seed: 2)
        let shape = try NetworkShape(layerSizes: [2, 4, 3, 2], hiddenActivations: [.tanh, .relu])
        var generator = SeededGenerator(seed: 3)
        let network = Network(shape: shape, initialization: .he, generator: &generator)
        let commands: [TrainerCommand] = [
            .pause, .resume, .step(count: 7), .resetWeights(seed: UInt64.max - 5),
            .resetWeights(seed: nil), .setLearningRate(0.125), .setOptimizer(.momentum),
            .setActivation(.leakyRelu), .setRegularization(.l1(0.5)),
            .setRegularization(.none), .setBatchSize(16), .setBatchSize(nil), .setShape(shape),
            .replaceDataset(dataset), .loadNetwork(network),
            .addPoint(DataPoint(id: 42, position: SIMD2(0.25, -0.5), label: 1, role: .test)),
            .movePoint(42, to: SIMD2(-0.75, 0.5)), .deletePoint(42), .setStepRate(120),
            .setStepRate(nil),
        ]
        for command in commands {
            // Through text, as the log stores it.
            let data = try JSONEncoder().encode(command.json)
            let decoded = try TrainerCommand(json: JSONDecoder().decode(JSONValue.self, from: data))
            #expect(decoded.json == command.json, "\(command)")
        }
    }

    private func writeLog(_ lines: [String]) throws -> String {
        let header = #"{"appVersion":"test","createdAt":"2026-12-03T16:00:00Z","firstFrame":0,"#
            + #""formatVersion":1,"part":0,"scene":{"arguments":["--dataset","xor","--points","#
            + #""20"]},"sessionID":"x"}"#
        let path = temporaryPath("session.jsonl")
        try ([header] + lines).joined(separator: "\n").write(toFile: path, atomically: true,
                                                             encoding: .utf8)
        return path
    }

    @Test func aGoodLogPlaysInTimeOrder() throws {
        let path = try writeLog([
            #"{"frame":3,"kind":"command","payload":{"command":"pause","t":0.1}}"#,
            #"{"frame":9,"kind":"command","payload":{"command":"step","count":3,"t":0.3}}"#,
            #"{"frame":30,"kind":"end","payload":{"t":1.0}}"#, "",
        ])
        let script = try SessionScript(path: path)
        #expect(script.scene.dataset == .xor)
        #expect(script.scene.pointsPerClass == 20)
        #expect(script.duration == 1.0)

        var player = ScriptPlayer(script: script)
        #expect(player.commands(upTo: 0.05).isEmpty)
        #expect(player.commands(upTo: 0.2).map(\.time) == [0.1])
        #expect(player.commands(upTo: 5).map(\.time) == [0.3])
        #expect(player.isFinished)
    }

    @Test(arguments: [
        (#"{"frame":1,"kind":"command","payload":{"command":"jump","t":0.1}}"#,
         "unknown command 'jump'"),
        (#"{"frame":1,"kind":"command","payload":{"command":"setLearningRate","t":0.1}}"#,
         "missing 'rate'"),
        (#"{"frame":1,"kind":"command","payload":{"command":"pause"}}"#,
         "the event has no time 't'"),
        (#"{"frame":1,"kind":"wave","payload":{"t":0.1}}"#, "unknown event kind 'wave'"),
        (#"{"frame":1,"kind":"view","payload":{"view":"side","planes":true,"t":0.1}}"#,
         "'view' is 'side'"),
        (#"{"frame":1,"kind":"view","payload":{"view":"all","planes":true,"t":0.1}}"#,
         "'logLoss' must be true or false"),
        (#"{"frame":1,"kind":"command","payload":{"command":"deletePoint","id":-4,"t":0.1}}"#,
         "'id' is not a point id"),
        (#"{"frame":1,"kind":"command""#, "not an event"),
    ])
    func aBadEventNamesItsLine(line: String, message: String) throws {
        let path = try writeLog([#"{"frame":0,"kind":"command","payload":{"command":"pause","t":0}}"#,
                                 line, #"{"frame":5,"kind":"end","payload":{"t":1}}"#])
        let error = #expect(throws: SessionLogError.self) { try SessionScript(path: path) }
        #expect(error?.description.hasPrefix("\(path):3: ") == true, "\(String(describing: error))")
        #expect(error?.description.contains(message) == true, "\(String(describing: error))")
    }

    @Test func aLastLineCutShortIsAWarningAndTheRestPlays() throws {
        let path = try writeLog([
            #"{"frame":1,"kind":"command","payload":{"command":"pause","t":0.1}}"#,
            #"{"frame":2,"kind":"command","payload":{"command":"res"#,
        ])
        let script = try SessionScript(path: path)
        #expect(script.commands.count == 1)
        #expect(script.warnings.count == 1)
        #expect(script.warnings.first?.description.contains(":3:") == true)
    }

    @Test func theRecorderWritesWhatTheScriptReads() throws {
        let path = temporaryPath("recorded.jsonl")
        var scene = SceneOptions()
        scene.dataset = .circles
        scene.net = "2-8-8-3"
        let recorder = try SessionRecorder(path: path, scene: scene)
        recorder.record(.setLearningRate(0.5), frame: 4, time: 0.2)
        recorder.record(.addPoint(DataPoint(id: 700, position: SIMD2(0.1, 0.1), label: 2)),
                        frame: 9, time: 0.45)
        recorder.record(ViewState(view: .circuit, showsNeuronPlanes: true, logarithmicLoss: true,
                                  showsContour: false), frame: 12, time: 0.7)
        recorder.finish(frame: 20, time: 1.5)

        let script = try SessionScript(path: path)
        #expect(script.scene.dataset == .circles)
        #expect(script.scene.net == "2-8-8-3")
        #expect(script.commands.map(\.time) == [0.2, 0.45, 0.7])
        guard case .show(let state) = script.commands[2].action else {
            Issue.record("the third event is not a view change")
            return
        }
        #expect(state == ViewState(view: .circuit, showsNeuronPlanes: true, logarithmicLoss: true,
                                   showsContour: false))
        #expect(script.duration == 1.5)
    }

    @Test func randomBytesNeverCrashTheScriptReader() throws {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<500 {
            let count = Int(generator.next() % 300)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let path = temporaryPath("fuzz.jsonl")
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            _ = try? SessionScript(path: path)
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
