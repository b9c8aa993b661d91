// Weight penalties. They apply to weights only, never to biases, as in the cs231n notes.

/// A penalty on the weights added to the data loss.
public enum Regularization: Sendable, Equatable, Codable, CustomStringConvertible {
    case none
    /// ½·λ·Σw², gradient λ·w.
    case l2(Float)
    /// λ·Σ|w|, gradient λ·sign(w).
    case l1(Float)

    public var description: String {
        switch self {
        case .none: return "none"
        case .l2(let strength): return "L2 \(strength)"
        case .l1(let strength): return "L1 \(strength)"
        }
    }

    /// The penalty for the weights in `values[0..<n]`.
    func loss(_ values: UnsafePointer<Float>, _ n: Int) -> Float {
        switch self {
        case .none: return 0
        case .l2(let strength): return 0.5 * strength * Kernels.dot(values, values, n)
        case .l1(let strength): return strength * Kernels.sumOfMagnitudes(values, n)
        }
    }

    /// gradient[0..<n] += d(penalty)/dw for the weights `values[0..<n]`.
    func addGradient(_ gradient: UnsafeMutablePointer<Float>, _ values: UnsafePointer<Float>,
                     _ n: Int) {
        switch self {
        case .none:
            return
        case .l2(let strength):
            Kernels.axpy(gradient, strength, values, n)
        case .l1(let strength):
            for i in 0..<n where values[i] != 0 {
                gradient[i] += values[i] > 0 ? strength : -strength
            }
        }
    }
}
