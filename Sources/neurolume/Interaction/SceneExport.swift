// The E key: the current points as CSV and the trained network as JSON, side by side under one
// name, so `--data NAME.csv --weights NAME.json` picks up where the export left off.

import Foundation
import Learning

enum SceneExport {
    /// The two files an export wrote.
    struct Written: Equatable {
        var points: String
        var network: String
    }

    /// Writes `snapshot`'s points and network into `folder` as `neurolume-<dataset>-<time>`
    /// .csv and .json, adding -2, -3, … rather than overwriting. Any thread.
    static func write(_ snapshot: TrainingSnapshot, folder: String,
                      now: Date = Date()) throws -> Written {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let safeName = snapshot.dataset.name.map { $0.isLetter || $0.isNumber ? $0 : "-" }
        let stem = "neurolume-\(String(safeName))-\(formatter.string(from: now))"

        let base = URL(fileURLWithPath: folder, isDirectory: true)
        var written = Written(points: "", network: "")
        for attempt in 1... {
            let name = attempt == 1 ? stem : "\(stem)-\(attempt)"
            written = Written(points: base.appendingPathComponent(name + ".csv").path,
                              network: base.appendingPathComponent(name + ".json").path)
            let manager = FileManager.default
            if !manager.fileExists(atPath: written.points)
                && !manager.fileExists(atPath: written.network) { break }
        }

        let dataset = snapshot.dataset
        do {
            try Data(dataset.csvText().utf8).write(to: URL(fileURLWithPath: written.points),
                                                   options: .atomic)
        } catch {
            throw ExportError("\(written.points): cannot be written: "
                              + error.localizedDescription)
        }
        let saved = SavedNetwork(network: snapshot.network, normalization: dataset.normalization,
                                 classNames: dataset.classNames)
        do {
            try saved.write(toFile: written.network)
        } catch {
            throw ExportError(error.description)
        }
        return written
    }
}

/// An export that could not be written, with the path.
struct ExportError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
