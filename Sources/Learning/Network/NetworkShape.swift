// The architecture of a multilayer perceptron: layer widths and one activation per hidden layer.
// Parsed from the "2-16-16-3" notation that the command line and saved networks use.

/// Layer widths from input to output, with the activation after each hidden layer.
/// The output layer is always linear and feeds a softmax over `classCount` classes.
public struct NetworkShape: Sendable, Equatable, Codable, CustomStringConvertible {
    /// Widths, input first, output last; at least two entries.
    public let layerSizes: [Int]

    /// One entry per hidden layer (`layerSizes.count - 2`).
    public let hiddenActivations: [Activation]

    /// The widest layer the trainer and the GPU surface accept.
    public static let maximumWidth = 256

    /// The most hidden layers the trainer and the GPU surface accept.
    public static let maximumHiddenLayers = 8

    public init(layerSizes: [Int], hiddenActivations: [Activation]) throws(ShapeError) {
        guard layerSizes.count >= 2 else { throw .tooFewLayers }
        guard layerSizes.count - 2 <= Self.maximumHiddenLayers else {
            throw .tooManyHiddenLayers(layerSizes.count - 2)
        }
        guard hiddenActivations.count == layerSizes.count - 2 else {
            throw .activationCountMismatch(hiddenLayers: layerSizes.count - 2,
                                           activations: hiddenActivations.count)
        }
        for width in layerSizes where width < 1 || width > Self.maximumWidth {
            throw .widthOutOfRange(width)
        }
        guard layerSizes.last! >= 2 else { throw .tooFewClasses }
        self.layerSizes = layerSizes
        self.hiddenActivations = hiddenActivations
    }

    /// The same activation after every hidden layer.
    public init(layerSizes: [Int], activation: Activation) throws(ShapeError) {
        try self.init(layerSizes: layerSizes,
                      hiddenActivations: Array(repeating: activation,
                                               count: max(layerSizes.count - 2, 0)))
    }

    /// Parses "2-100-3" (widths joined by '-' or 'x').
    public init(parsing text: String, activation: Activation) throws(ShapeError) {
        let parts = text.split(omittingEmptySubsequences: false,
                               whereSeparator: { $0 == "-" || $0 == "x" })
        var sizes: [Int] = []
        for part in parts {
            guard let width = Int(part) else { throw .notANumber(String(part)) }
            sizes.append(width)
        }
        try self.init(layerSizes: sizes, activation: activation)
    }

    public var inputCount: Int { layerSizes[0] }
    public var classCount: Int { layerSizes[layerSizes.count - 1] }

    /// Number of affine maps (weight matrices).
    public var layerCount: Int { layerSizes.count - 1 }

    /// The activation after affine map `layer`; nil for the output layer, which feeds softmax.
    public func activation(afterLayer layer: Int) -> Activation? {
        layer < hiddenActivations.count ? hiddenActivations[layer] : nil
    }

    public var description: String { layerSizes.map(String.init).joined(separator: "-") }

    /// A copy with every hidden activation replaced.
    public func with(activation: Activation) -> NetworkShape {
        // Widths are unchanged and were valid, so this cannot fail.
        try! NetworkShape(layerSizes: layerSizes, activation: activation)
    }
}

/// Why a network shape was refused.
public enum ShapeError: Error, Equatable, CustomStringConvertible {
    case tooFewLayers
    case tooManyHiddenLayers(Int)
    case activationCountMismatch(hiddenLayers: Int, activations: Int)
    case widthOutOfRange(Int)
    case tooFewClasses
    case notANumber(String)

    public var description: String {
        switch self {
        case .tooFewLayers:
            return "a network needs at least an input and an output layer, like 2-3"
        case .tooManyHiddenLayers(let count):
            return "\(count) hidden layers; at most \(NetworkShape.maximumHiddenLayers) are supported"
        case .activationCountMismatch(let hidden, let activations):
            return "\(hidden) hidden layers but \(activations) activations"
        case .widthOutOfRange(let width):
            return "layer width \(width) is outside 1...\(NetworkShape.maximumWidth)"
        case .tooFewClasses:
            return "the output layer needs at least 2 classes"
        case .notANumber(let text):
            return text.isEmpty ? "an empty layer width; write widths like 2-16-16-3"
                : "'\(text)' is not a layer width; write widths like 2-16-16-3"
        }
    }
}
