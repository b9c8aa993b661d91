// The analytic gradients of the Float training path against central finite differences of an
// independent double-precision reference loss.

import Foundation
import Testing
@testable import Learning

struct GradientCheckTests {
    @Test(arguments: Activation.allCases)
    func everyActivationMatchesFiniteDifferences(activation: Activation) throws {
        let shape = try NetworkShape(layerSizes: [2, 5, 3], activation: activation)
        try checkGradient(shape: shape, regularization: .none)
    }

    @Test(arguments: [Regularization.l2(0.05), .l1(0.05)])
    func bothRegularizersMatchFiniteDifferences(regularization: Regularization) throws {
        let shape = try NetworkShape(layerSizes: [2, 6, 3], activation: .tanh)
        try checkGradient(shape: shape, regularization: regularization)
    }

    @Test func threeHiddenLayersMatchFiniteDifferences() throws {
        let shape = try NetworkShape(layerSizes: [2, 7, 6, 5, 4],
                                     hiddenActivations: [.relu, .tanh, .sigmoid])
        try checkGradient(shape: shape, regularization: .l2(0.01))
    }

    /// Compares every parameter's analytic gradient with (L(θ+h) - L(θ-h)) / 2h in Double.
    private func checkGradient(shape: NetworkShape, regularization: Regularization) throws {
        var generator = SeededGenerator(seed: 42)
        let network = Network(shape: shape, initialization: .xavier, generator: &generator)
        let samples = (0..<9).map { index in
            DataPoint(id: PointID(index + 1),
                      position: SIMD2(generator.nextFloat(in: -1...1),
                                      generator.nextFloat(in: -1...1)),
                      label: index % shape.classCount)
        }

        let analytic = analyticGradient(network: network, samples: samples,
                                        regularization: regularization)
        let reference = ReferenceLoss(shape: shape, samples: samples,
                                      regularization: regularization)
        var parameters = network.parameters.map(Double.init)
        let h = 1e-5
        var worst = 0.0
        for index in parameters.indices {
            let original = parameters[index]
            parameters[index] = original + h
            let above = reference.loss(parameters)
            parameters[index] = original - h
            let below = reference.loss(parameters)
            parameters[index] = original

            let numeric = (above - below) / (2 * h)
            let error = abs(numeric - Double(analytic[index]))
            let tolerance = 2e-5 + 2e-3 * max(abs(numeric), abs(Double(analytic[index])))
            #expect(error <= tolerance,
                    "parameter \(index): analytic \(analytic[index]), numeric \(numeric)")
            worst = max(worst, error)
        }
        #expect(worst > 0, "a gradient identical to the last bit means nothing was compared")
    }

    private func analyticGradient(network: Network, samples: [DataPoint],
                                  regularization: Regularization) -> [Float] {
        let matrix = SampleMatrix(points: samples)
        let batch = BatchBuffers(shape: network.shape, capacity: samples.count)
        batch.load(matrix)
        var gradient = [Float](repeating: .nan, count: network.parameters.count)
        network.parameters.withUnsafeBufferPointer { parameters in
            gradient.withUnsafeMutableBufferPointer { gradient in
                _ = Propagation.forward(layout: network.layout,
                                        parameters: parameters.baseAddress!, batch: batch)
                Propagation.backward(layout: network.layout, parameters: parameters.baseAddress!,
                                     gradient: gradient.baseAddress!, batch: batch,
                                     regularization: regularization)
            }
        }
        return gradient
    }
}

/// Softmax cross-entropy plus penalty, computed plainly in Double from the documented layout.
struct ReferenceLoss {
    let shape: NetworkShape
    let samples: [DataPoint]
    let regularization: Regularization

    func loss(_ parameters: [Double]) -> Double {
        let layout = ParameterLayout(shape: shape)
        var total = 0.0
        for sample in samples {
            var values = [Double(sample.position.x), Double(sample.position.y)]
            for layer in 0..<shape.layerCount {
                let inputs = shape.layerSizes[layer]
                values = (0..<shape.layerSizes[layer + 1]).map { output in
                    var z = parameters[layout.biasOffsets[layer] + output]
                    for input in 0..<inputs {
                        z += parameters[layout.weightOffsets[layer] + output * inputs + input]
                            * values[input]
                    }
                    return shape.activation(afterLayer: layer).map { activate($0, z) } ?? z
                }
            }
            let largest = values.max()!
            let logSum = log(values.map { exp($0 - largest) }.reduce(0, +)) + largest
            total += logSum - values[sample.label]
        }
        return total / Double(samples.count) + penalty(parameters, layout: layout)
    }

    private func activate(_ activation: Activation, _ z: Double) -> Double {
        switch activation {
        case .relu: return max(z, 0)
        case .leakyRelu: return z > 0 ? z : Double(Activation.leakySlope) * z
        case .tanh: return tanh(z)
        case .sigmoid: return 1 / (1 + exp(-z))
        case .linear: return z
        }
    }

    private func penalty(_ parameters: [Double], layout: ParameterLayout) -> Double {
        let weights = (0..<shape.layerCount).flatMap { parameters[layout.weightRange(layer: $0)] }
        switch regularization {
        case .none: return 0
        case .l2(let strength): return 0.5 * Double(strength) * weights.map { $0 * $0 }.reduce(0, +)
        case .l1(let strength): return Double(strength) * weights.map(abs).reduce(0, +)
        }
    }
}
