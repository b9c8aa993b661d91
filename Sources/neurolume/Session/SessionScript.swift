// A session log read back and checked as a whole before anything plays: the scene it started
// from and its commands in time order. Replay and offline rendering both play from this.

import Foundation
import Learning
import Recording
import Rendering

/// What the interface showed: the view, and the switches that change the picture.
struct ViewState: Equatable {
    var view: SceneView
    var showsNeuronPlanes: Bool
    var logarithmicLoss = false
    var showsContour = true

    var json: JSONValue {
        ["view": .string(view.rawValue), "planes": .bool(showsNeuronPlanes),
         "logLoss": .bool(logarithmicLoss), "contour": .bool(showsContour)]
    }

    init(view: SceneView, showsNeuronPlanes: Bool, logarithmicLoss: Bool = false,
         showsContour: Bool = true) {
        self.view = view
        self.showsNeuronPlanes = showsNeuronPlanes
        self.logarithmicLoss = logarithmicLoss
        self.showsContour = showsContour
    }

    init(json: JSONValue) throws(PayloadError) {
        let reader = PayloadReader(json)
        let view = try reader.choice("view", SceneView.self)
        var switches: [Bool] = []
        for key in ["planes", "logLoss", "contour"] {
            guard let value = json[key]?.boolValue else {
                throw PayloadError("'\(key)' must be true or false")
            }
            switches.append(value)
        }
        self.init(view: view, showsNeuronPlanes: switches[0], logarithmicLoss: switches[1],
                  showsContour: switches[2])
    }

    /// Shows this state in `scene`.
    func apply(to scene: SceneRenderer) {
        scene.view = view
        scene.showsNeuronPlanes = showsNeuronPlanes
        scene.loss.isLogarithmic = logarithmicLoss
        scene.showsContour = showsContour
    }
}

/// One event of a session to play: a trainer command or a change of view.
struct ScriptedCommand {
    enum Action {
        case train(TrainerCommand)
        case show(ViewState)
    }

    /// Seconds from the start of the session.
    let time: Double
    let action: Action
}

/// What a session log holds, ready to play.
struct SessionScript {
    let path: String
    let scene: SceneOptions
    let commands: [ScriptedCommand]
    /// Seconds from the start to the last event.
    let duration: Double
    /// Lines the reader skipped (a last line cut short by a crash).
    let warnings: [SessionLogWarning]

    /// Reads and checks the log at `path`; every problem names the file and line.
    init(path: String) throws(SessionLogError) {
        let log = try SessionLogReader.read(path: path)
        self.path = path
        warnings = log.warnings

        guard case .array(let items)? = log.header.scene["arguments"] else {
            throw SessionLogError(file: path, line: 1, "the header's scene has no arguments list")
        }
        let arguments = items.compactMap(\.stringValue)
        do {
            scene = try SceneOptions(arguments: arguments)
        } catch {
            throw SessionLogError(file: path, line: 1, "the header's scene: \(error)")
        }

        var commands: [ScriptedCommand] = []
        var duration = 0.0
        for (index, event) in log.events.enumerated() {
            let line = index < log.eventLines.count ? log.eventLines[index] : nil
            guard let time = event.payload["t"]?.doubleValue, time.isFinite, time >= 0 else {
                throw SessionLogError(file: path, line: line, "the event has no time 't'")
            }
            guard time >= duration else {
                throw SessionLogError(file: path, line: line,
                                      "time \(time) comes after \(duration); times must not go back")
            }
            duration = time
            switch event.kind {
            case SessionRecorder.Kind.command, SessionRecorder.Kind.view:
                do throws(PayloadError) {
                    let action: ScriptedCommand.Action = event.kind == SessionRecorder.Kind.view
                        ? .show(try ViewState(json: event.payload))
                        : .train(try TrainerCommand(json: event.payload))
                    commands.append(ScriptedCommand(time: time, action: action))
                } catch {
                    throw SessionLogError(file: path, line: line, error.description)
                }
            case SessionRecorder.Kind.end:
                break
            default:
                throw SessionLogError(file: path, line: line, "unknown event kind '\(event.kind)'")
            }
        }
        self.commands = commands
        self.duration = duration
    }
}

/// Plays a script's commands as its clock passes their times.
struct ScriptPlayer {
    let script: SessionScript
    private var next = 0

    init(script: SessionScript) {
        self.script = script
    }

    var isFinished: Bool { next == script.commands.count }

    /// The commands due at `time` seconds that have not been played yet, in order.
    mutating func commands(upTo time: Double) -> ArraySlice<ScriptedCommand> {
        let start = next
        while next < script.commands.count && script.commands[next].time <= time {
            next += 1
        }
        return script.commands[start..<next]
    }
}
