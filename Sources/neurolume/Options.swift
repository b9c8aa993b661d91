// The command line: which command to run and the scene to run it on. Hand-written so the
// executable needs no packages; every refusal names the flag and exits with status 64.

import Learning
import Rendering

/// Everything the command line can set.
struct Options {
    enum Command: Equatable {
        case live
        case screenshot
        case benchRender
        case benchTrain
        case help
        case version
    }

    var command = Command.live
    var scene = SceneOptions()

    // Live window
    var vsync = true
    var watchShaders = false
    var logarithmicLoss = false

    // Any command that draws
    var shaderFolder: String?

    // Screenshot
    var outputPath: String?
    var size = (width: 1280, height: 720)
    var steps = 3000
    var view = SceneView.all
    /// Seconds on the animation clock the screenshot is taken at.
    var time = 0.0
    var neuronPlanes = false
    /// A neuron to pin in the screenshot, as (layer, index).
    var neuron: NeuronID?

    // Bench
    var runs = 5
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

        if let first = reader.peek, !first.hasPrefix("-") {
            reader.skip()
            switch first {
            case "run": command = .live
            case "screenshot": command = .screenshot
            case "bench":
                switch reader.take() {
                case "render": command = .benchRender
                case "train": command = .benchTrain
                default: throw OptionsError("bench needs a subject: render or train")
                }
            case "help": command = .help
            default:
                throw OptionsError("unknown command '\(first)'; commands are run, screenshot, "
                                   + "bench render (see --help)")
            }
        }

        while let flag = reader.take() {
            if try scene.parse(flag, &reader) { continue }
            switch flag {
            case "-h", "--help": command = .help
            case "--version": command = .version
            case "--no-vsync": vsync = false
            case "--watch-shaders": watchShaders = true
            case "--log-loss": logarithmicLoss = true
            case "--shaders": shaderFolder = try reader.value(for: flag)
            case "-o", "--output": outputPath = try reader.value(for: flag)
            case "--size": size = try reader.size(for: flag)
            case "--steps": steps = try reader.integer(for: flag, in: 0...10_000_000)
            case "--view":
                view = try reader.choice(for: flag, SceneView.allCases.map { ($0.rawValue, $0) })
            case "--time": time = Double(try reader.float(for: flag, in: 0...1_000_000))
            case "--planes": neuronPlanes = true
            case "--neuron": neuron = try Self.neuron(try reader.value(for: flag))
            case "--runs": runs = try reader.integer(for: flag, in: 1...100)
            default:
                throw OptionsError("unknown option '\(flag)' (see --help)")
            }
        }

        if command == .screenshot && outputPath == nil {
            throw OptionsError("screenshot needs -o FILE.png")
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
