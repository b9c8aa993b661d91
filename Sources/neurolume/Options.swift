// The command line: which command to run and the scene to run it on. Hand-written so the
// executable needs no packages; every refusal names the flag and exits with status 64
// (EX_USAGE). A bad data or network file exits with 65 (EX_DATAERR), see SceneFiles.

import Learning
import Rendering

/// Everything the command line can set.
struct Options {
    enum Command: Equatable {
        case live
        case screenshot
        case benchRender
        case benchTrain
        case benchRecord
        /// Play a session log back in the window.
        case replay
        /// Render a session log offline to a video.
        case render
        /// Run the installation loop offscreen and report memory and GL objects.
        case soak
        case train
        case help
        case version
    }

    var command = Command.live
    var scene = SceneOptions()

    // Live window
    var vsync = true
    var watchShaders = false
    var logarithmicLoss = false
    /// Debug lines, plus the trace the end-to-end test reads: window geometry, point positions
    /// on screen, applied edits and their latencies.
    var trace = false
    /// The log level in force: --trace asks for debug lines whatever --log-level says.
    var logThreshold: Log.Level { trace ? .debug : operation.logLevel }
    /// Where E writes its CSV and JSON files.
    var exportFolder = "."

    // Any command that draws
    var shaderFolder: String?

    // Recording
    /// Start recording the live window to this MP4 at once.
    var recordPath: String?
    /// Log the live session to this file.
    var sessionPath: String?
    /// The session log that replay and render play.
    var sessionToPlay: String?
    /// Frames per second of an offline render.
    var fps = 60
    /// Where an offline render writes each frame's hash, one per line.
    var frameHashesPath: String?
    /// Where recordings and screenshots go; nil means the user's videos folder.
    var videoFolder: String?

    // Screenshot (and the live window's size in screen points)
    var outputPath: String?
    var size = (width: 1280, height: 720)
    var steps = 3000
    var view = SceneView.all
    /// Seconds on the animation clock the screenshot is taken at.
    var time = 0.0
    var neuronPlanes = false
    /// A neuron to pin in the screenshot, as (layer, index).
    var neuron: NeuronID?

    // Train
    var saveWeightsPath: String?

    // Bench
    var runs = 5
    /// Frame sizes to measure; nil for 1280x720 and 1920x1080. Set by --size.
    var benchSizes: [(width: Int, height: Int)]?
    /// Times the tiled surface alone: the quick loop for trying a shader change.
    var benchSurfaceOnly = false

    // Installation and operation (Configuration/)
    var operation = OperationOptions()
    var installation = InstallationSettings()
}

/// A refused command line, reported as "neurolume: <message>" with exit status 64.
struct OptionsError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

extension Options {
    /// Parses `arguments` (without the program name).
    init(parsing arguments: [String]) throws(OptionsError) {
        var reader = ArgumentReader(arguments)
        try parseCommand(&reader)
        try parseFlags(&reader)
        try checkCommand()
    }

    /// Reads the command words at the front of the arguments, if any.
    mutating func parseCommand(_ reader: inout ArgumentReader) throws(OptionsError) {
        if let first = reader.peek, !first.hasPrefix("-") {
            reader.skip()
            switch first {
            case "run": command = .live
            case "screenshot": command = .screenshot
            case "soak": command = .soak
            case "bench":
                switch reader.take() {
                case "render": command = .benchRender
                case "train": command = .benchTrain
                case "record": command = .benchRecord
                default: throw OptionsError("bench needs a subject: render, train or record")
                }
            case "replay", "render":
                command = first == "replay" ? .replay : .render
                guard let path = reader.take(), !path.hasPrefix("-") else {
                    throw OptionsError("\(first) needs a session log: 'neurolume \(first) FILE'")
                }
                sessionToPlay = path
            case "train": command = .train
            case "help": command = .help
            default:
                throw OptionsError("unknown command '\(first)'; commands are run, train, "
                                   + "screenshot, replay, render, soak, bench (see --help)")
            }
        }
    }

    /// Reads flags until the arguments run out. A configuration file's keys come through here
    /// too, one flag at a time, so the command line and the file are checked alike.
    mutating func parseFlags(_ reader: inout ArgumentReader) throws(OptionsError) {
        while let flag = reader.take() {
            if try scene.parse(flag, &reader) { continue }
            if try operation.parse(flag, &reader) { continue }
            switch flag {
            case "-h", "--help": command = .help
            case "--version": command = .version
            case "--no-vsync": vsync = false
            case "--watch-shaders": watchShaders = true
            case "--log-loss": logarithmicLoss = true
            case "--trace": trace = true
            case "--export-dir": exportFolder = try reader.value(for: flag)
            case "--save-weights": saveWeightsPath = try reader.value(for: flag)
            case "--shaders": shaderFolder = try reader.value(for: flag)
            case "--record": recordPath = try reader.value(for: flag)
            case "--session": sessionPath = try reader.value(for: flag)
            case "--fps": fps = try reader.integer(for: flag, in: 1...240)
            case "--frame-hashes": frameHashesPath = try reader.value(for: flag)
            case "--video-folder": videoFolder = try reader.value(for: flag)
            case "-o", "--output": outputPath = try reader.value(for: flag)
            case "--size":
                size = try reader.size(for: flag)
                benchSizes = (benchSizes ?? []) + [size]
            case "--steps": steps = try reader.integer(for: flag, in: 0...10_000_000)
            case "--view":
                view = try reader.choice(for: flag, SceneView.allCases.map { ($0.rawValue, $0) })
            case "--time": time = Double(try reader.float(for: flag, in: 0...1_000_000))
            case "--planes": neuronPlanes = true
            case "--neuron": neuron = try Self.neuron(try reader.value(for: flag))
            case "--runs": runs = try reader.integer(for: flag, in: 1...100)
            case "--surface-only": benchSurfaceOnly = true
            default:
                throw OptionsError("unknown option '\(flag)' (see --help)")
            }
        }
    }

    /// Refuses commands that lack what they need once all flags are in.
    func checkCommand() throws(OptionsError) {
        if command == .screenshot && outputPath == nil {
            throw OptionsError("screenshot needs -o FILE.png")
        }
        if command == .render && outputPath == nil {
            throw OptionsError("render needs -o FILE.mp4")
        }
    }

    /// "LAYER:INDEX", both whole numbers from 0.
    private static func neuron(_ text: String) throws(OptionsError) -> NeuronID {
        let parts = text.split(separator: ":").map { Int($0) }
        guard parts.count == 2, let layer = parts[0], let index = parts[1], layer >= 0,
              index >= 0 else {
            throw OptionsError("--neuron '\(text)': expected LAYER:INDEX, like 1:7")
        }
        return NeuronID(layer: layer, index: index)
    }
}

extension Options {
    /// Applies `arguments` (flags only) on top of what is already set.
    mutating func parseFlags(single arguments: [String]) throws(OptionsError) {
        var reader = ArgumentReader(arguments)
        try parseFlags(&reader)
    }
}
