// `neurolume train`: the scene trained without a window, on this thread, for --steps steps,
// with a progress bar when stderr is a terminal; prints the final losses and accuracies and
// can save the network for `--weights` or the live window.

import Foundation
import Learning
import Rendering

struct TrainCommand {
    let options: Options

    func run() throws {
        let setup = try options.scene.make()
        // A folder that is not there fails now, not after a long run.
        if let path = options.saveWeightsPath {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            guard FileManager.default.fileExists(atPath: folder) else {
                throw OutputFileError("--save-weights \(path): the folder \(folder) does not exist")
            }
        }
        let session = TrainingSession(dataset: setup.dataset, shape: setup.shape,
                                      settings: setup.settings, seed: options.scene.seed)
        if let network = setup.network { session.loadNetwork(network) }
        let steps = options.steps
        let dataset = setup.dataset
        Log.info("train", "\(dataset.name) \(dataset.trainPoints.count) train and "
                 + "\(dataset.testPoints.count) test points, net \(session.shape) "
                 + "\(setup.settings.optimizer.rawValue) lr \(setup.settings.learningRate), "
                 + "\(steps) steps")

        // Train in chunks so the bar and the divergence check cost nothing per step.
        var bar = ProgressBar(total: steps, unit: "step")
        let started = Date()
        var done = 0
        while done < steps {
            let chunk = min(100, steps - done)
            for _ in 0..<chunk { session.advance() }
            done += chunk
            guard session.isFinite else {
                bar.finish()
                throw TrainingFailure("training diverged by step \(done) (learning rate "
                                      + "\(setup.settings.learningRate)); try a smaller --lr")
            }
            bar.update(done)
        }
        bar.finish()
        let seconds = Date().timeIntervalSince(started)

        let evaluation = session.evaluate()
        let rate = Double(steps) / max(seconds, 1e-9)
        print("trained \(dataset.name) \(session.shape) for \(steps) steps in "
              + String(format: "%.2f s (%.0f steps/s)", seconds, rate))
        print(String(format: "train loss %.4f  accuracy %.1f%%", evaluation.trainLoss,
                     100 * evaluation.trainAccuracy))
        if let loss = evaluation.testLoss, let accuracy = evaluation.testAccuracy {
            print(String(format: "test  loss %.4f  accuracy %.1f%%", loss, 100 * accuracy))
        } else {
            print("test  (no test points)")
        }

        guard let path = options.saveWeightsPath else { return }
        let saved = SavedNetwork(network: session.network, normalization: dataset.normalization,
                                 classNames: dataset.classNames)
        do {
            try saved.write(toFile: path)
        } catch {
            throw OutputFileError(error.description)
        }
        Log.info("train", "saved the network to \(path)")
    }
}

/// An output file that cannot be written. Exit status 73 (EX_CANTCREAT).
struct OutputFileError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Training that could not finish, e.g. diverged. Exit status 1.
struct TrainingFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
