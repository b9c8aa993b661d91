// The built binary's answers to bad input: a message naming the flag, or the file and line
// (or JSON key), and exit status 64 for the command line or 65 for a data file; never a crash.
// Also `neurolume train` from start to saved weights and back.

import Foundation
import Learning
import Testing

struct CommandLineTests {
    /// A file in a fresh folder holding `text`.
    private func file(_ name: String, _ text: String) throws -> String {
        let url = try BuiltBinary.temporaryFolder("cli").appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test(arguments: [
        (["train", "--lr", "abc"], "--lr 'abc'"),
        (["train", "--steps", "-3"], "--steps '-3'"),
        (["train", "--data"], "--data needs a value"),
        (["train", "--net", "2-x"], "--net '2-x'"),
        (["train", "--bogus"], "unknown option '--bogus'"),
        (["fly"], "unknown command 'fly'"),
    ])
    func badFlagsAreNamedWithStatus64(arguments: [String], message: String) throws {
        let result = try BuiltBinary.run(arguments)
        #expect(result.status == 64)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test func badDataFilesAreNamedWithLineAndStatus65() throws {
        let csv = try file("bad.csv", "x,y,label\n0,0,a\n1,oops,b\n")
        var result = try BuiltBinary.run(["train", "--data", csv])
        #expect(result.status == 65)
        #expect(result.standardError.contains("\(csv):3: y 'oops' is not a number"))

        let oneClass = try file("one.csv", "0,0,a\n1,1,a\n")
        result = try BuiltBinary.run(["train", "--data", oneClass])
        #expect(result.status == 65)
        #expect(result.standardError.contains("\(oneClass): has only one class"))

        result = try BuiltBinary.run(["train", "--data", "/no/such/points.csv"])
        #expect(result.status == 65)
        #expect(result.standardError.contains("/no/such/points.csv: cannot be read"))
    }

    @Test func badNetworkFilesAreNamedWithKeyAndStatus65() throws {
        let wrongFormat = try file("format.json", #"{"format": 3}"#)
        var result = try BuiltBinary.run(["train", "--weights", wrongFormat])
        #expect(result.status == 65)
        #expect(result.standardError.contains("\(wrongFormat): key 'format'"))

        let notJSON = try file("garbage.json", "not json at all")
        result = try BuiltBinary.run(["train", "--weights", notJSON])
        #expect(result.status == 65)
        #expect(result.standardError.contains(notJSON))
    }

    @Test func aNetworkForOtherClassesIsRefused() throws {
        let folder = try BuiltBinary.temporaryFolder("classes")
        let weights = folder.appendingPathComponent("moons.json").path
        let saved = try BuiltBinary.run(["train", "--dataset", "moons", "--steps", "10",
                                         "--save-weights", weights])
        #expect(saved.status == 0)

        let result = try BuiltBinary.run(["train", "--dataset", "spiral", "--weights", weights])
        #expect(result.status == 65)
        #expect(result.standardError.contains("\(weights): key 'classes' names 2 classes, "
                                              + "but the data has 3"))
    }

    @Test func anUnwritableOutputFailsBeforeTraining() throws {
        let result = try BuiltBinary.run(["train", "--steps", "10",
                                          "--save-weights", "/no/such/folder/net.json"])
        #expect(result.status == 73)
        #expect(result.standardError.contains("/no/such/folder"))
        #expect(!result.standardOutput.contains("trained"))
    }

    /// Train on a CSV, save, and go on training from the saved network on the same file.
    @Test func trainSavesWeightsThatTrainingGoesOnFrom() throws {
        let folder = try BuiltBinary.temporaryFolder("train")
        let csv = folder.appendingPathComponent("points.csv").path
        let dataset = try DatasetSpec(kind: .blobs, pointsPerClass: 30, classCount: 3, seed: 4)
            .generate()
        try Data(dataset.csvText().utf8).write(to: URL(fileURLWithPath: csv))
        let weights = folder.appendingPathComponent("net.json").path

        let first = try BuiltBinary.run(["train", "--data", csv, "--net", "2-12-3",
                                         "--steps", "400", "--save-weights", weights])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("trained points 2-12-3 for 400 steps"))
        #expect(first.standardOutput.contains("train loss"))
        #expect(first.standardOutput.contains("test  loss"))
        #expect(!first.standardError.contains("step 400/400"),
                "no progress bar when stderr is not a terminal")
        let saved = try SavedNetwork.load(fromFile: weights)
        #expect(saved.network.shape.description == "2-12-3")

        // The saved architecture wins over the default, and training goes on from it.
        let second = try BuiltBinary.run(["train", "--data", csv, "--weights", weights,
                                          "--steps", "1"])
        #expect(second.status == 0, "\(second.standardError)")
        #expect(second.standardOutput.contains("2-12-3"))
        let line = try #require(second.standardOutput.split(separator: "\n")
            .first { $0.hasPrefix("train loss") })
        let accuracy = try #require(Double(line.split(separator: " ").last!.dropLast()))
        #expect(accuracy > 90, "the loaded weights already separate the blobs: \(line)")
    }
}
