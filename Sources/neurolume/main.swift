// neurolume's entry point: parse the command line, run the command, and turn every failure
// into a message on stderr and an exit status: 64 for a bad command line, 65 for a bad data or
// network file, 73 for an output file that cannot be written, 1 otherwise.

import Foundation
import Rendering

let options: Options
do {
    options = try Options(parsing: Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("neurolume: \(error)\n".utf8))
    exit(64)
}

do {
    switch options.command {
    case .help: print(HelpText.usage)
    case .version: print(HelpText.version)
    case .live: try LiveCommand(options: options, script: nil).run()
    case .screenshot: try ScreenshotCommand(options: options).run()
    case .benchRender: try BenchCommand(options: options).run()
    case .benchTrain: exit(try TrainBenchmark.run())
    case .benchRecord: try RecordBenchmark(options: options).run()
    case .replay:
        try LiveCommand(options: options,
                        script: SessionScript(path: options.sessionToPlay!)).run()
    case .render: try RenderCommand(options: options).run()
    case .train: try TrainCommand(options: options).run()
    }
} catch let error as OptionsError {
    FileHandle.standardError.write(Data("neurolume: \(error)\n".utf8))
    exit(64)
} catch let error as DataFileError {
    FileHandle.standardError.write(Data("neurolume: \(error)\n".utf8))
    exit(65)
} catch let error as OutputFileError {
    FileHandle.standardError.write(Data("neurolume: \(error)\n".utf8))
    exit(73)
} catch {
    FileHandle.standardError.write(Data("neurolume: error: \(error)\n".utf8))
    exit(1)
}
