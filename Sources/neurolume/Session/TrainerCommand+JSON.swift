// Trainer commands as session-log payloads: every change the interface makes to training is
// written as one of these, and replay and offline rendering read them back.

import Learning
import Recording

/// Why a payload could not be read as a command; the caller adds the file and line.
struct PayloadError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

extension TrainerCommand {
    /// The command as a JSON object: `{"command": NAME, …arguments}`.
    var json: JSONValue {
        switch self {
        case .pause: return ["command": "pause"]
        case .resume: return ["command": "resume"]
        case .step(let count): return ["command": "step", "count": .number(Double(count))]
        case .resetWeights(let seed):
            // Seeds are 64-bit; JSON numbers keep 53 bits, so they travel as strings.
            return ["command": "resetWeights", "seed": seed.map { .string(String($0)) } ?? .null]
        case .setLearningRate(let rate):
            return ["command": "setLearningRate", "rate": .number(Double(rate))]
        case .setOptimizer(let kind):
            return ["command": "setOptimizer", "optimizer": .string(kind.rawValue)]
        case .setActivation(let activation):
            return ["command": "setActivation", "activation": .string(activation.rawValue)]
        case .setRegularization(let regularization):
            let command: JSONValue = ["command": "setRegularization"]
            return command.merging(regularization.json)
        case .setBatchSize(let size):
            return ["command": "setBatchSize", "size": size.map { .number(Double($0)) } ?? .null]
        case .setShape(let shape): return ["command": "setShape", "shape": shape.json]
        case .replaceDataset(let dataset):
            return ["command": "replaceDataset", "dataset": dataset.json]
        case .loadNetwork(let network):
            return ["command": "loadNetwork", "shape": network.shape.json,
                    "parameters": .array(network.parameters.map { .number(Double($0)) })]
        case .addPoint(let point): return ["command": "addPoint", "point": point.json]
        case .movePoint(let id, let position):
            return ["command": "movePoint", "id": .number(Double(id)),
                    "x": .number(Double(position.x)), "y": .number(Double(position.y))]
        case .deletePoint(let id): return ["command": "deletePoint", "id": .number(Double(id))]
        case .setStepRate(let rate):
            return ["command": "setStepRate", "rate": rate.map { .number($0) } ?? .null]
        }
    }

    /// Reads a command written by `json`.
    init(json: JSONValue) throws(PayloadError) {
        let reader = PayloadReader(json)
        switch try reader.string("command") {
        case "pause": self = .pause
        case "resume": self = .resume
        case "step": self = .step(count: try reader.integer("count"))
        case "resetWeights":
            let text = try reader.optionalString("seed")
            let seed = text.flatMap { UInt64($0) }
            guard text == nil || seed != nil else {
                throw PayloadError("seed '\(text!)' is not a whole number")
            }
            self = .resetWeights(seed: seed)
        case "setLearningRate": self = .setLearningRate(Float(try reader.number("rate")))
        case "setOptimizer":
            self = .setOptimizer(try reader.choice("optimizer", OptimizerKind.self))
        case "setActivation":
            self = .setActivation(try reader.choice("activation", Activation.self))
        case "setRegularization": self = .setRegularization(try Regularization(json: json))
        case "setBatchSize": self = .setBatchSize(try reader.optionalInteger("size"))
        case "setShape": self = .setShape(try NetworkShape(json: reader.value("shape")))
        case "replaceDataset": self = .replaceDataset(try Dataset(json: reader.value("dataset")))
        case "loadNetwork":
            let shape = try NetworkShape(json: reader.value("shape"))
            let parameters = try reader.numbers("parameters").map(Float.init)
            guard parameters.count == ParameterLayout(shape: shape).parameterCount else {
                throw PayloadError("\(parameters.count) parameters do not fit a \(shape) network")
            }
            self = .loadNetwork(Network(shape: shape, parameters: parameters))
        case "addPoint": self = .addPoint(try DataPoint(json: reader.value("point")))
        case "movePoint":
            let position = SIMD2(Float(try reader.number("x")), Float(try reader.number("y")))
            self = .movePoint(try reader.pointID("id"), to: position)
        case "deletePoint": self = .deletePoint(try reader.pointID("id"))
        case "setStepRate": self = .setStepRate(try reader.optionalNumber("rate"))
        case let other: throw PayloadError("unknown command '\(other)'")
        }
    }
}

extension Regularization {
    var json: JSONValue {
        switch self {
        case .none: return ["penalty": "none"]
        case .l2(let strength): return ["penalty": "l2", "strength": .number(Double(strength))]
        case .l1(let strength): return ["penalty": "l1", "strength": .number(Double(strength))]
        }
    }

    init(json: JSONValue) throws(PayloadError) {
        let reader = PayloadReader(json)
        switch try reader.string("penalty") {
        case "none": self = .none
        case "l2": self = .l2(Float(try reader.number("strength")))
        case "l1": self = .l1(Float(try reader.number("strength")))
        case let other: throw PayloadError("unknown penalty '\(other)'")
        }
    }
}

extension NetworkShape {
    var json: JSONValue {
        ["layers": .array(layerSizes.map { .number(Double($0)) }),
         "activations": .array(hiddenActivations.map { .string($0.rawValue) })]
    }

    init(json: JSONValue) throws(PayloadError) {
        let reader = PayloadReader(json)
        let sizes = try reader.numbers("layers").map { Int($0) }
        var activations: [Activation] = []
        for name in try reader.strings("activations") {
            guard let activation = Activation(rawValue: name) else {
                throw PayloadError("unknown activation '\(name)'")
            }
            activations.append(activation)
        }
        do {
            try self.init(layerSizes: sizes, hiddenActivations: activations)
        } catch {
            throw PayloadError("shape: \(error)")
        }
    }
}

extension DataPoint {
    var json: JSONValue {
        ["id": .number(Double(id)), "x": .number(Double(position.x)),
         "y": .number(Double(position.y)), "label": .number(Double(label)),
         "role": .string(role.rawValue)]
    }

    init(json: JSONValue) throws(PayloadError) {
        let reader = PayloadReader(json)
        guard let role = SplitRole(rawValue: try reader.string("role")) else {
            throw PayloadError("role must be train or test")
        }
        self.init(id: try reader.pointID("id"),
                  position: SIMD2(Float(try reader.number("x")), Float(try reader.number("y"))),
                  label: try reader.integer("label"), role: role)
    }
}

extension Dataset {
    var json: JSONValue {
        ["name": .string(name), "classes": .array(classNames.map { .string($0) }),
         "center": [.number(Double(normalization.center.x)),
                    .number(Double(normalization.center.y))],
         "scale": .number(Double(normalization.scale)),
         "points": .array(points.map(\.json))]
    }

    init(json: JSONValue) throws(PayloadError) {
        let reader = PayloadReader(json)
        let center = try reader.numbers("center")
        guard center.count == 2 else { throw PayloadError("center needs 2 numbers") }
        guard case .array(let points)? = json["points"] else {
            throw PayloadError("missing the points array")
        }
        var decoded: [DataPoint] = []
        for point in points { decoded.append(try DataPoint(json: point)) }
        let classes = try reader.strings("classes")
        guard decoded.allSatisfy({ (0..<classes.count).contains($0.label) }) else {
            throw PayloadError("a point's label is not one of the \(classes.count) classes")
        }
        self.init(name: try reader.string("name"), points: decoded, classNames: classes,
                  normalization: Normalization(center: SIMD2(Float(center[0]), Float(center[1])),
                                               scale: Float(try reader.number("scale"))))
    }
}

extension JSONValue {
    /// This object with `other`'s members added.
    func merging(_ other: JSONValue) -> JSONValue {
        guard case .object(var members) = self, case .object(let extra) = other else {
            return self
        }
        members.merge(extra) { $1 }
        return .object(members)
    }
}
