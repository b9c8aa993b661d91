// Points and networks read from files, for --data and --weights at start-up and for files
// dropped on the window. A bad file is a DataFileError naming the file and line (or JSON key);
// the command line exits with 65 for it, the window says it on screen and keeps its scene.

import Learning

/// A data or network file that could not be used. Exit status 65 (EX_DATAERR).
struct DataFileError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

enum SceneFiles {
    /// `x,y,label` points from `path`, a share `testFraction` of them held out for testing.
    static func loadPoints(_ path: String, testFraction: Float,
                           seed: UInt64) throws(DataFileError) -> Dataset {
        do {
            return try Dataset.load(csvFile: path).split(testFraction: testFraction, seed: seed)
        } catch {
            throw DataFileError(error.description)
        }
    }

    /// A saved network from `path`, checked against `dataset`, and the dataset re-expressed
    /// in the network's normalization (the plot space it was trained in) when it came from a
    /// file; generated data has no coordinates of its own and stays where it is.
    static func loadNetwork(_ path: String, for dataset: Dataset,
                            dataIsFromFile: Bool) throws(DataFileError) -> (Network, Dataset) {
        let saved: SavedNetwork
        do {
            saved = try SavedNetwork.load(fromFile: path)
        } catch {
            throw DataFileError(error.description)
        }
        guard saved.classNames.count == dataset.classCount else {
            throw DataFileError("\(path): key 'classes' names \(saved.classNames.count) "
                                + "classes, but the data has \(dataset.classCount) ("
                                + dataset.classNames.joined(separator: ", ") + ")")
        }
        guard dataIsFromFile else { return (saved.network, dataset) }
        return (saved.network, renormalized(dataset, to: saved.normalization))
    }

    /// `dataset` with each point moved from its own normalization into `normalization`, so
    /// the same data coordinates land where a network trained with `normalization` expects.
    static func renormalized(_ dataset: Dataset, to normalization: Normalization) -> Dataset {
        var result = dataset
        for index in result.points.indices {
            let data = dataset.normalization.toData(dataset.points[index].position)
            result.points[index].position = normalization.toPlot(data)
        }
        result.normalization = normalization
        return result
    }
}
