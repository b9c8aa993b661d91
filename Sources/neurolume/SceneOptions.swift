// The scene flags (data, network, training) and the default scene: the cs231n spiral with a
// 2-100-3 ReLU net, trained by Adam on small batches so it converges in a few seconds and
// keeps moving a little afterwards.

import Learning

/// What a scene starts from, made from the options and any files they name.
struct SceneSetup {
    var dataset: Dataset
    var shape: NetworkShape
    var settings: TrainingSettings
    /// Weights from --weights to go on training, nil for fresh ones.
    var network: Network?
}

/// The data, network and training settings a run starts from.
struct SceneOptions {
    var dataset = DatasetKind.spiral
    /// An `x,y,label` CSV file to train on instead of a generated dataset.
    var dataFile: String?
    /// A saved network (JSON) to go on training; its architecture replaces --net.
    var weightsFile: String?
    var pointsPerClass = 100
    var classes = 3
    var noise: Float?
    var seed: UInt64 = 1
    /// "2-100-3"; nil means 2-100-K for K classes.
    var net: String?
    var activation = Activation.relu
    var learningRate: Float = 0.01
    var optimizer = OptimizerKind.adam
    /// Nil trains on the full batch.
    var batch: Int? = 32
    var regularization = Regularization.l2(1e-3)
    /// Steps per second in the live window; enough to converge in ~10 s and no faster, so
    /// the change is visible.
    var stepRate: Double = 400
    /// Share of points held out to draw the test curve and the test rings.
    var testFraction: Float = 0.2

    /// Consumes `flag` (and its value) if it is a scene flag; returns whether it was.
    mutating func parse(_ flag: String, _ reader: inout ArgumentReader) throws(OptionsError)
        -> Bool {
        switch flag {
        case "--dataset":
            dataset = try reader.choice(for: flag, DatasetKind.allCases.map { ($0.rawValue, $0) })
        case "--data": dataFile = try reader.value(for: flag)
        case "--weights": weightsFile = try reader.value(for: flag)
        case "--points":
            pointsPerClass = try reader.integer(for: flag, in: DatasetSpec.pointsPerClassRange)
        case "--classes":
            classes = try reader.integer(for: flag, in: DatasetSpec.classCountRange)
        case "--noise": noise = try reader.float(for: flag, in: 0...2)
        case "--seed": seed = UInt64(try reader.integer(for: flag, in: 0...Int.max))
        case "--net": net = try reader.value(for: flag)
        case "--activation":
            activation = try reader.choice(for: flag, Activation.allCases.map { ($0.rawValue, $0) })
        case "--lr": learningRate = try reader.float(for: flag, in: 1e-6...100)
        case "--optimizer":
            optimizer = try reader.choice(for: flag,
                                          OptimizerKind.allCases.map { ($0.rawValue, $0) })
        case "--batch":
            let text = try reader.value(for: flag)
            if text == "full" {
                batch = nil
            } else if let size = Int(text), size >= 1 {
                batch = size
            } else {
                throw OptionsError("--batch '\(text)': expected a size of at least 1, or 'full'")
            }
        case "--reg": regularization = try Self.regularization(try reader.value(for: flag))
        case "--step-rate": stepRate = Double(try reader.float(for: flag, in: 1...1_000_000))
        default:
            return false
        }
        return true
    }

    /// "none", "l2:1e-3", "l1:1e-4", or a bare number for L2.
    private static func regularization(_ text: String) throws(OptionsError) -> Regularization {
        let parts = text.lowercased().split(separator: ":")
        let strength = parts.last.flatMap { Float($0) }
        switch (parts.first, parts.count) {
        case ("none", 1): return .none
        case (_, 1) where strength.map { $0 >= 0 } == true: return .l2(strength!)
        case ("l2", 2) where strength.map { $0 >= 0 } == true: return .l2(strength!)
        case ("l1", 2) where strength.map { $0 >= 0 } == true: return .l1(strength!)
        default:
            throw OptionsError("--reg '\(text)': expected none, l2:STRENGTH or l1:STRENGTH")
        }
    }

    /// The generated dataset these options describe (ignoring --data).
    var datasetSpec: DatasetSpec {
        DatasetSpec(kind: dataset, pointsPerClass: pointsPerClass, classCount: classes,
                    noise: noise, seed: seed)
    }

    /// The dataset (split into train and test), shape, settings and starting weights these
    /// options describe. Throws OptionsError for a bad value (exit 64) and DataFileError for a
    /// bad --data or --weights file (exit 65).
    func make() throws -> SceneSetup {
        var data: Dataset
        if let dataFile {
            data = try SceneFiles.loadPoints(dataFile, testFraction: testFraction, seed: seed &+ 1)
        } else {
            do {
                data = try datasetSpec.generate().split(testFraction: testFraction,
                                                        seed: seed &+ 1)
            } catch {
                throw OptionsError("--dataset \(dataset.rawValue): \(error)")
            }
        }

        // A saved network brings its own architecture and activations.
        var network: Network?
        if let weightsFile {
            (network, data) = try SceneFiles.loadNetwork(weightsFile, for: data,
                                                         dataIsFromFile: dataFile != nil)
        }

        let text = net ?? "2-100-\(data.classCount)"
        var shape: NetworkShape
        do {
            shape = try NetworkShape(parsing: text, activation: activation)
        } catch {
            throw OptionsError("--net '\(text)': \(error)")
        }
        if let network { shape = network.shape }
        guard shape.inputCount == 2, shape.classCount == data.classCount else {
            throw OptionsError("--net '\(text)': the plane has 2 inputs and this dataset "
                               + "\(data.classCount) classes, so write 2-…-\(data.classCount)")
        }

        let initialization: Initialization = [.tanh, .sigmoid].contains(activation)
            ? .xavier : .he
        let settings = TrainingSettings(learningRate: learningRate, optimizer: optimizer,
                                        regularization: regularization, batchSize: batch,
                                        initialization: initialization)
        return SceneSetup(dataset: data, shape: shape, settings: settings, network: network)
    }
}
