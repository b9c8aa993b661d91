// Hidden-layer nonlinearities. Each derivative is written in terms of the activation's output,
// so the backward pass needs only the stored outputs, never the pre-activations.

import Foundation

/// The nonlinearity applied after a hidden layer's affine map.
public enum Activation: String, CaseIterable, Sendable, Codable {
    case relu
    case leakyRelu = "leaky-relu"
    case tanh
    case sigmoid
    case linear

    /// The slope of leaky ReLU for negative inputs.
    public static let leakySlope: Float = 0.01

    /// f(z) for one value; the reference for the vectorized paths and for the GPU shaders.
    @inlinable
    public func apply(_ z: Float) -> Float {
        switch self {
        case .relu: return max(z, 0)
        case .leakyRelu: return z > 0 ? z : Activation.leakySlope * z
        case .tanh: return Foundation.tanh(z)
        case .sigmoid: return 1 / (1 + Foundation.exp(-z))
        case .linear: return z
        }
    }

    /// f'(z) expressed through a = f(z).
    @inlinable
    public func derivative(fromOutput a: Float) -> Float {
        switch self {
        case .relu: return a > 0 ? 1 : 0
        case .leakyRelu: return a > 0 ? 1 : Activation.leakySlope
        case .tanh: return 1 - a * a
        case .sigmoid: return a * (1 - a)
        case .linear: return 1
        }
    }
}
