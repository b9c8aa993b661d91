// The command line: which command to run and the scene to run it on. Hand-written so the
// executable needs no packages; every refusal names the flag and exits with status 64.

import Learning

/// Everything the command line can set.
struct Options {
    enum Command: Equatable {
        case live
        case screenshot
        case benchRender
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

    // Bench
    var runs = 5
    /// Frame sizes to measure; nil for 1280x720 and 1920x1080. Set by --size.
    var benchSizes: [(width: Int, height: Int)]?
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
                guard let what = reader.take(), what == "render" else {
                    throw OptionsError("bench needs a subject: 'neurolume bench render'")
                }
                command = .benchRender
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
            case "--size":
                size = try reader.size(for: flag)
                benchSizes = (benchSizes ?? []) + [size]
            case "--steps": steps = try reader.integer(for: flag, in: 0...10_000_000)
            case "--runs": runs = try reader.integer(for: flag, in: 1...100)
            default:
                throw OptionsError("unknown option '\(flag)' (see --help)")
            }
        }

        if command == .screenshot && outputPath == nil {
            throw OptionsError("screenshot needs -o FILE.png")
        }
    }
}
