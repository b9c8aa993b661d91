// Saved networks round-trip exactly, and each kind of bad file names its key.

import Foundation
import Testing
@testable import Learning

struct NetworkFileTests {
    private func trainedNetwork() throws -> SavedNetwork {
        let dataset = try DatasetSpec(kind: .moons, pointsPerClass: 30, seed: 3).generate()
        let shape = try NetworkShape(layerSizes: [2, 6, 5, 2], hiddenActivations: [.tanh, .relu])
        let session = TrainingSession(dataset: dataset, shape: shape,
                                      settings: TrainingSettings(initialization: .xavier), seed: 1)
        for _ in 0..<20 { session.advance() }
        return SavedNetwork(network: session.network, normalization: dataset.normalization,
                            classNames: dataset.classNames)
    }

    @Test func roundTripIsExact() throws {
        let saved = try trainedNetwork()
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("net-\(UUID().uuidString).json").path
        try saved.write(toFile: path)
        let loaded = try SavedNetwork.load(fromFile: path)
        #expect(loaded == saved)
    }

    @Test func aLoadedNetworkTrainsOn() throws {
        let saved = try trainedNetwork()
        let loaded = try SavedNetwork.decode(saved.jsonData(), file: "net.json")
        let dataset = try DatasetSpec(kind: .moons, pointsPerClass: 30, seed: 3).generate()
        let session = TrainingSession(dataset: dataset, shape: loaded.network.shape,
                                      settings: TrainingSettings(), seed: 9)
        #expect(session.loadNetwork(loaded.network))
        #expect(session.network == saved.network)
        session.advance()
        #expect(session.network != saved.network)
    }

    /// Edits one key of a valid document and checks the message names that key.
    @Test(arguments: [
        ("format", "\"other\"", "key 'format' is 'other'"),
        ("version", "7", "key 'version' 7 is not supported"),
        ("layerSizes", "[2, 6, 5]", "key 'layerSizes' 1 hidden layers but 2 activations"),
        ("layerSizes", "[3, 6, 5, 2]", "key 'layerSizes[0]' is 3"),
        ("classes", "[\"a\"]", "key 'classes' names 1 classes"),
        ("normalization", "{\"center\": [0], \"scale\": 1}", "key 'normalization'"),
        ("activations", "[\"tanh\", \"swish\"]", "key 'activations[1]'"),
        ("layers", "[]", "key 'layers' has 0 entries"),
    ])
    func badKeysAreNamed(key: String, value: String, message: String) throws {
        let valid = try JSONSerialization.jsonObject(with: trainedNetwork().jsonData())
            as! [String: Any]
        var edited = valid
        edited[key] = try JSONSerialization.jsonObject(with: Data(value.utf8),
                                                       options: .fragmentsAllowed)
        let data = try JSONSerialization.data(withJSONObject: edited)
        let error = #expect(throws: NetworkFileError.self) {
            try SavedNetwork.decode(data, file: "bad.json")
        }
        #expect(error?.description.hasPrefix("bad.json: ") == true)
        #expect(error?.description.contains(message) == true, "\(String(describing: error))")
    }

    @Test func missingKeysAndNonJSONAreNamed() throws {
        let missing = #expect(throws: NetworkFileError.self) {
            try SavedNetwork.decode(Data("{\"format\": \"neurolume-network\"}".utf8), file: "m.json")
        }
        #expect(missing?.description.contains("missing key") == true)

        let garbage = #expect(throws: NetworkFileError.self) {
            try SavedNetwork.decode(Data("not json".utf8), file: "g.json")
        }
        #expect(garbage?.description.hasPrefix("g.json: ") == true)
    }
}
