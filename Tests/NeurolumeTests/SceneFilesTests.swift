// Export and load: points through CSV and the network through JSON come back as they went,
// and a network saved with its data places that data where it was trained.

import Foundation
import Learning
import Testing
@testable import neurolume

struct SceneFilesTests {
    /// A short trained snapshot of a CSV dataset with a non-trivial normalization.
    private func trainedSnapshot() throws -> TrainingSnapshot {
        let raw: [(SIMD2<Float>, Int)] = (0..<40).map { index in
            let angle = Float(index) * 0.3
            return (SIMD2(10 + 4 * cos(angle), -3 + 2 * sin(angle)), index % 2)
        }
        let dataset = Dataset.fitted(name: "ring", raw: raw, classNames: ["in", "out"])
        let trainer = Trainer(configuration: TrainerConfiguration(
            dataset: dataset, shape: try NetworkShape(parsing: "2-6-2", activation: .tanh),
            settings: TrainingSettings(learningRate: 0.1), seed: 3, publishInterval: 0,
            startsPaused: true))
        trainer.start()
        defer { trainer.stop() }
        trainer.send(.step(count: 50))
        var snapshot = trainer.latestSnapshot()
        while snapshot.step < 50 || !snapshot.isPaused {
            usleep(1000)
            snapshot = trainer.latestSnapshot()
        }
        return snapshot
    }

    @Test func exportWritesBothFilesAndTheyLoadBack() throws {
        let snapshot = try trainedSnapshot()
        let folder = try BuiltBinary.temporaryFolder("export").path
        let first = try SceneExport.write(snapshot, folder: folder)
        let second = try SceneExport.write(snapshot, folder: folder)
        #expect(first.points.hasSuffix(".csv") && first.network.hasSuffix(".json"))
        #expect(first.points != second.points, "a second export never overwrites the first")

        // Points: same data coordinates and classes, in order.
        let points = try SceneFiles.loadPoints(first.points, testFraction: 0, seed: 1)
        #expect(points.classNames == ["in", "out"])
        #expect(points.points.count == snapshot.dataset.points.count)
        for (loaded, original) in zip(points.points, snapshot.dataset.points) {
            let a = points.normalization.toData(loaded.position)
            let b = snapshot.dataset.normalization.toData(original.position)
            #expect(abs(a.x - b.x) < 1e-4 && abs(a.y - b.y) < 1e-4)
            #expect(loaded.label == original.label)
        }

        // Network: same weights, and the data is placed in the plot space it was trained in.
        let (network, placed) = try SceneFiles.loadNetwork(first.network, for: points,
                                                           dataIsFromFile: true)
        #expect(network == snapshot.network)
        #expect(placed.normalization == snapshot.dataset.normalization)
        for (loaded, original) in zip(placed.points, snapshot.dataset.points) {
            #expect(abs(loaded.position.x - original.position.x) < 1e-5)
            #expect(abs(loaded.position.y - original.position.y) < 1e-5)
        }
    }

    @Test func anExportIntoAMissingFolderSaysWhere() throws {
        let snapshot = try trainedSnapshot()
        #expect {
            try SceneExport.write(snapshot, folder: "/no/such/folder")
        } throws: { error in
            "\(error)".contains("/no/such/folder/neurolume-ring-")
        }
    }
}
