// Generated datasets, the CSV reader with each of its errors, splits and normalization.

import Foundation
import Testing
@testable import Learning

struct DatasetTests {
    @Test(arguments: DatasetKind.allCases)
    func generatorsFillThePlottingSquare(kind: DatasetKind) throws {
        let dataset = try DatasetSpec(kind: kind, pointsPerClass: 40, classCount: 3, seed: 5)
            .generate()
        let classes = kind.isBinary ? 2 : 3
        #expect(dataset.classCount == classes)
        #expect(dataset.points.count == 40 * classes)
        #expect(Set(dataset.points.map(\.label)) == Set(0..<classes))
        #expect(Set(dataset.points.map(\.id)).count == dataset.points.count)
        for point in dataset.points {
            #expect(abs(point.position.x) <= 0.951 && abs(point.position.y) <= 0.951)
        }
        let again = try DatasetSpec(kind: kind, pointsPerClass: 40, classCount: 3, seed: 5)
            .generate()
        #expect(again == dataset, "the same seed gives the same points")
    }

    @Test func spiralFollowsTheCs231nRecipe() throws {
        let dataset = try DatasetSpec(kind: .spiral, pointsPerClass: 100, classCount: 3,
                                      noise: 0, seed: 1).generate()
        // Without noise, point i of arm j sits at radius i/99 and angle 4(j + i/99).
        let point = dataset.points[150]
        let data = dataset.normalization.toData(point.position)
        let expected = Float(50) / 99 * SIMD2(sin(4 * (1 + Float(50) / 99)),
                                              cos(4 * (1 + Float(50) / 99)))
        #expect(abs(data.x - expected.x) < 1e-5 && abs(data.y - expected.y) < 1e-5)
        #expect(point.label == 1)
    }

    @Test func badGeneratorParametersAreRefused() {
        #expect(throws: DatasetError.self) {
            try DatasetSpec(kind: .spiral, pointsPerClass: 0).generate()
        }
        #expect(throws: DatasetError.self) {
            try DatasetSpec(kind: .blobs, classCount: 9).generate()
        }
        #expect(throws: DatasetError.self) {
            try DatasetSpec(kind: .circles, noise: .nan).generate()
        }
    }

    @Test func splitKeepsTheRatio() throws {
        let dataset = try DatasetSpec(kind: .moons, pointsPerClass: 100, seed: 3).generate()
            .split(testFraction: 0.25, seed: 8)
        #expect(dataset.testPoints.count == 50)
        #expect(dataset.trainPoints.count == 150)
    }

    @Test func normalizationRoundTrips() {
        let normalization = Normalization(fitting: [SIMD2(10, 20), SIMD2(30, 25)])
        let plot = normalization.toPlot(SIMD2(30, 25))
        #expect(abs(plot.x - 0.95) < 1e-6)
        let back = normalization.toData(plot)
        #expect(abs(back.x - 30) < 1e-4 && abs(back.y - 25) < 1e-4)
    }

    // MARK: CSV

    private func writeTemporary(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("neurolume-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aGoodFileLoads() throws {
        let path = try writeTemporary("x,y,label\n1,2,cat\n3,4.5,dog\n\n-1,0,cat\n")
        let dataset = try Dataset.load(csvFile: path)
        #expect(dataset.points.count == 3)
        #expect(dataset.classNames == ["cat", "dog"])
        #expect(dataset.points.map(\.label) == [0, 1, 0])
        let data = dataset.normalization.toData(dataset.points[1].position)
        #expect(abs(data.x - 3) < 1e-5 && abs(data.y - 4.5) < 1e-5)
    }

    @Test func integerLabelsKeepTheirNumbersAndRoundTrip() throws {
        let dataset = try Dataset.parse(csv: "0.5,0.5,2\n0.1,0.2,0\n0.3,0.3,1\n",
                                        file: "mem.csv", name: "mem")
        #expect(dataset.classNames == ["0", "1", "2"])
        #expect(dataset.points.map(\.label) == [2, 0, 1])

        let reloaded = try Dataset.parse(csv: dataset.csvText(), file: "again.csv", name: "again")
        #expect(reloaded.points.map(\.label) == dataset.points.map(\.label))
        for (a, b) in zip(reloaded.points, dataset.points) {
            #expect(abs(a.position.x - b.position.x) < 1e-5)
        }
    }

    @Test(arguments: [
        ("", "has no data rows", nil),
        ("x,y,label\n", "has no data rows", nil),
        ("1,2,a\n3,four,b\n", "y 'four' is not a number", 2),
        ("x,y,label\n1,2,a\n3,4\n", "expected 3 fields (x,y,label), found 2", 3),
        ("1,2,a\nnan,4,b\n", "x is nan; coordinates must be finite", 2),
        ("1,2,a\n3,4,a\n", "has only one class ('a')", nil),
        ("1,2,\n", "the label is empty", 1),
    ] as [(String, String, Int?)])
    func badFilesNameTheirLine(text: String, message: String, line: Int?) throws {
        let path = try writeTemporary(text)
        let error = #expect(throws: DatasetError.self) { try Dataset.load(csvFile: path) }
        #expect(error?.file == path)
        #expect(error?.line == line)
        #expect(error?.description.contains(message) == true, "\(String(describing: error))")
        if let line {
            #expect(error?.description.hasPrefix("\(path):\(line): ") == true)
        }
    }

    @Test func aMissingFileIsNamed() {
        let error = #expect(throws: DatasetError.self) {
            try Dataset.load(csvFile: "/nonexistent/points.csv")
        }
        #expect(error?.description.hasPrefix("/nonexistent/points.csv: cannot be read") == true)
    }
}
