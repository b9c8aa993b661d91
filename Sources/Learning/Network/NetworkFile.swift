// Saved networks: architecture, activations, weights and the data normalization as JSON, so a
// trained network can be reloaded, inspected by other tools, and trained further.

import Foundation

/// A network with what is needed to use it on data: the normalization its inputs went through
/// and the names of its classes.
public struct SavedNetwork: Sendable, Equatable {
    public var network: Network
    public var normalization: Normalization
    public var classNames: [String]

    public init(network: Network, normalization: Normalization, classNames: [String]) {
        self.network = network
        self.normalization = normalization
        self.classNames = classNames
    }
}

extension Network: Equatable {
    public static func == (a: Network, b: Network) -> Bool {
        a.shape == b.shape && a.parameters == b.parameters
    }
}

/// The JSON layout of a saved network. Weights are nested `[output][input]` arrays per layer.
private struct NetworkDocument: Codable {
    struct Layer: Codable {
        var weights: [[Float]]
        var biases: [Float]
    }

    struct NormalizationDocument: Codable {
        var center: [Float]
        var scale: Float
    }

    var format: String
    var version: Int
    var layerSizes: [Int]
    var activations: [Activation]
    var classes: [String]
    var normalization: NormalizationDocument
    var layers: [Layer]

    static let formatName = "neurolume-network"
    static let currentVersion = 1
}

extension SavedNetwork {
    /// Pretty-printed JSON with sorted keys, so saved files diff well.
    public func jsonData() -> Data {
        let shape = network.shape
        let layers = (0..<shape.layerCount).map { layer in
            NetworkDocument.Layer(
                weights: (0..<shape.layerSizes[layer + 1]).map { output in
                    (0..<shape.layerSizes[layer]).map {
                        network.weight(layer: layer, output: output, input: $0)
                    }
                },
                biases: Array(network.parameters[network.biasRange(layer: layer)]))
        }
        let document = NetworkDocument(
            format: NetworkDocument.formatName, version: NetworkDocument.currentVersion,
            layerSizes: shape.layerSizes, activations: shape.hiddenActivations,
            classes: classNames,
            normalization: .init(center: [normalization.center.x, normalization.center.y],
                                 scale: normalization.scale),
            layers: layers)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        // Encoding plain numbers, strings and arrays cannot fail.
        return try! encoder.encode(document)
    }

    public func write(toFile path: String) throws(NetworkFileError) {
        do {
            try jsonData().write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw NetworkFileError(file: path, "cannot be written: \(error.localizedDescription)")
        }
    }

    public static func load(fromFile path: String) throws(NetworkFileError) -> SavedNetwork {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw NetworkFileError(file: path, "cannot be read: \(error.localizedDescription)")
        }
        return try decode(data, file: path)
    }

    /// Parses and checks a saved network; `file` names the source in errors.
    public static func decode(_ data: Data, file: String) throws(NetworkFileError) -> SavedNetwork {
        let document: NetworkDocument
        do {
            document = try JSONDecoder().decode(NetworkDocument.self, from: data)
        } catch let error as DecodingError {
            throw NetworkFileError(file: file, describe(error))
        } catch {
            throw NetworkFileError(file: file, "is not JSON: \(error.localizedDescription)")
        }
        return try validate(document, file: file)
    }

    private static func validate(_ document: NetworkDocument,
                                 file: String) throws(NetworkFileError) -> SavedNetwork {
        guard document.format == NetworkDocument.formatName else {
            throw NetworkFileError(file: file, key: "format",
                                   "is '\(document.format)', not '\(NetworkDocument.formatName)'")
        }
        guard document.version == NetworkDocument.currentVersion else {
            throw NetworkFileError(file: file, key: "version",
                                   "\(document.version) is not supported (this program reads "
                                   + "version \(NetworkDocument.currentVersion))")
        }
        let shape: NetworkShape
        do {
            shape = try NetworkShape(layerSizes: document.layerSizes,
                                     hiddenActivations: document.activations)
        } catch {
            throw NetworkFileError(file: file, key: "layerSizes", error.description)
        }
        guard shape.inputCount == 2 else {
            throw NetworkFileError(file: file, key: "layerSizes[0]",
                                   "is \(shape.inputCount); networks here take 2 inputs")
        }
        guard document.classes.count == shape.classCount else {
            throw NetworkFileError(file: file, key: "classes",
                                   "names \(document.classes.count) classes for "
                                   + "\(shape.classCount) outputs")
        }
        guard document.normalization.center.count == 2,
              document.normalization.scale.isFinite, document.normalization.scale > 0 else {
            throw NetworkFileError(file: file, key: "normalization",
                                   "needs a 2-element center and a positive scale")
        }
        guard document.layers.count == shape.layerCount else {
            throw NetworkFileError(file: file, key: "layers",
                                   "has \(document.layers.count) entries for "
                                   + "\(shape.layerCount) weight layers")
        }

        var parameters: [Float] = []
        for (index, layer) in document.layers.enumerated() {
            let inputs = shape.layerSizes[index], outputs = shape.layerSizes[index + 1]
            guard layer.weights.count == outputs, layer.weights.allSatisfy({ $0.count == inputs })
            else {
                throw NetworkFileError(file: file, key: "layers[\(index)].weights",
                                       "must be \(outputs) rows of \(inputs) numbers")
            }
            guard layer.biases.count == outputs else {
                throw NetworkFileError(file: file, key: "layers[\(index)].biases",
                                       "must hold \(outputs) numbers")
            }
            parameters += layer.weights.joined()
            parameters += layer.biases
        }
        let network = Network(shape: shape, parameters: parameters)
        guard network.isFinite else {
            throw NetworkFileError(file: file, key: "layers", "holds a non-finite number")
        }
        let center = document.normalization.center
        return SavedNetwork(network: network,
                            normalization: Normalization(center: SIMD2(center[0], center[1]),
                                                         scale: document.normalization.scale),
                            classNames: document.classes)
    }

    /// A decoding error as "key path: what was wrong".
    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { key in
                key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)"
            }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            return "missing key '\(parent.isEmpty ? "" : parent + ".")\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "key '\(path(context.codingPath))': \(context.debugDescription)"
        case .dataCorrupted(let context):
            let where_ = path(context.codingPath)
            return where_.isEmpty ? "is not valid JSON"
                : "key '\(where_)': \(context.debugDescription)"
        @unknown default:
            return "cannot be decoded"
        }
    }
}

/// Why a saved network could not be read or written.
public struct NetworkFileError: Error, Equatable, CustomStringConvertible {
    public var file: String
    /// The JSON key path at fault, if one is.
    public var key: String?
    public var message: String

    public init(file: String, key: String? = nil, _ message: String) {
        self.file = file
        self.key = key
        self.message = message
    }

    public var description: String {
        key.map { "\(file): key '\($0)' \(message)" } ?? "\(file): \(message)"
    }
}
