// Parameter updates from gradients: plain gradient descent, momentum and Adam. Each keeps its
// state in buffers sized once per network, so an update allocates nothing.

import Foundation

/// Which update rule the trainer uses.
public enum OptimizerKind: String, CaseIterable, Sendable, Codable {
    case sgd
    case momentum
    case adam
}

/// One optimizer's state for a network of `parameterCount` parameters. Owned by one thread.
final class Optimizer {
    let kind: OptimizerKind
    let parameterCount: Int

    /// Momentum's velocity, or Adam's first moment.
    private let firstMoment: UnsafeMutablePointer<Float>

    /// Adam's second moment.
    private let secondMoment: UnsafeMutablePointer<Float>

    /// Updates applied so far, for Adam's bias correction.
    private var updateCount = 0

    static let momentumDecay: Float = 0.9
    static let adamBeta1: Float = 0.9
    static let adamBeta2: Float = 0.999
    static let adamEpsilon: Float = 1e-8

    init(kind: OptimizerKind, parameterCount: Int) {
        self.kind = kind
        self.parameterCount = parameterCount
        firstMoment = Kernels.allocateAligned(parameterCount)
        secondMoment = Kernels.allocateAligned(parameterCount)
    }

    deinit {
        firstMoment.deallocate()
        secondMoment.deallocate()
    }

    /// parameters -= update(gradient) with step size `learningRate`.
    func apply(gradient: UnsafePointer<Float>, to parameters: UnsafeMutablePointer<Float>,
               learningRate: Float) {
        updateCount += 1
        switch kind {
        case .sgd:
            Kernels.axpy(parameters, -learningRate, gradient, parameterCount)
        case .momentum:
            applyMomentum(gradient: gradient, to: parameters, learningRate: learningRate)
        case .adam:
            applyAdam(gradient: gradient, to: parameters, learningRate: learningRate)
        }
    }

    /// v = μ·v - η·g; θ += v.
    private func applyMomentum(gradient: UnsafePointer<Float>,
                               to parameters: UnsafeMutablePointer<Float>, learningRate: Float) {
        let decay = Vector(repeating: Self.momentumDecay)
        let rate = Vector(repeating: learningRate)
        let velocity = firstMoment
        Kernels.forEachVector(parameterCount) { i in
            let v = decay * Kernels.load(velocity + i) - rate * Kernels.load(gradient + i)
            Kernels.store(v, velocity + i)
            Kernels.store(Kernels.load(parameters + i) + v, parameters + i)
        } scalar: { i in
            velocity[i] = Self.momentumDecay * velocity[i] - learningRate * gradient[i]
            parameters[i] += velocity[i]
        }
    }

    /// Adam with bias-corrected moments (Kingma and Ba, algorithm 1).
    private func applyAdam(gradient: UnsafePointer<Float>,
                           to parameters: UnsafeMutablePointer<Float>, learningRate: Float) {
        let beta1 = Self.adamBeta1, beta2 = Self.adamBeta2
        let correction1 = 1 - pow(beta1, Float(updateCount))
        let correction2 = 1 - pow(beta2, Float(updateCount))
        let stepSize = learningRate * correction2.squareRoot() / correction1
        let epsilon = Self.adamEpsilon * correction2.squareRoot()
        let m = firstMoment, v = secondMoment

        Kernels.forEachVector(parameterCount) { i in
            let g = Kernels.load(gradient + i)
            let first = beta1 * Kernels.load(m + i) + (1 - beta1) * g
            let second = beta2 * Kernels.load(v + i) + (1 - beta2) * g * g
            Kernels.store(first, m + i)
            Kernels.store(second, v + i)
            let step = stepSize * first / (second.squareRoot() + epsilon)
            Kernels.store(Kernels.load(parameters + i) - step, parameters + i)
        } scalar: { i in
            m[i] = beta1 * m[i] + (1 - beta1) * gradient[i]
            v[i] = beta2 * v[i] + (1 - beta2) * gradient[i] * gradient[i]
            parameters[i] -= stepSize * m[i] / (v[i].squareRoot() + epsilon)
        }
    }
}
