// neurolume's entry point: parse the command line over the configuration file, run the
// command, and turn every failure into a message on stderr and an exit status: 64 for a bad
// command line, 65 for a bad data or network file, 73 for an output file that cannot be
// written, 78 for a bad configuration file, 1 otherwise.

import Foundation
import Rendering

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("neurolume: \(message)\n".utf8))
    exit(status)
}

let options: Options
do {
    options = try Options.resolve(Array(CommandLine.arguments.dropFirst()))
} catch let error as ConfigurationError {
    fail("\(error)", status: ConfigurationError.exitStatus)
} catch {
    fail("\(error)", status: 64)
}
Log.threshold = options.logThreshold
HeapUpkeep.configure()

if options.operation.printConfig {
    print(options.configurationText)
    exit(0)
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
    case .soak: try SoakCommand(options: options).run()
    }
} catch let error as OptionsError {
    fail("\(error)", status: 64)
} catch let error as DataFileError {
    fail("\(error)", status: 65)
} catch let error as OutputFileError {
    fail("\(error)", status: 73)
} catch let error as ConfigurationError {
    fail("\(error)", status: ConfigurationError.exitStatus)
} catch {
    fail("error: \(error)", status: 1)
}
