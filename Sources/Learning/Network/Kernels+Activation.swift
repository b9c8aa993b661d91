// Activations and their derivatives over rows, and the softmax over a batch.

import Foundation

extension Kernels {
    /// x[0..<n] = f(x[0..<n]) in place.
    static func apply(_ activation: Activation, _ x: UnsafeMutablePointer<Float>, _ n: Int) {
        let vectorEnd = n - n % width
        var i = 0
        switch activation {
        case .linear:
            return
        case .relu:
            while i < vectorEnd {
                let v = load(x + i)
                store(v.replacing(with: 0, where: v .< 0), x + i)
                i += width
            }
        case .leakyRelu:
            let slope = Vector(repeating: Activation.leakySlope)
            while i < vectorEnd {
                let v = load(x + i)
                store(v.replacing(with: v * slope, where: v .< 0), x + i)
                i += width
            }
        case .tanh:
            // tanh z = 1 - 2 / (e^{2z} + 1), exact at both saturated ends.
            while i < vectorEnd {
                store(1 - 2 / (exp(2 * load(x + i)) + 1), x + i)
                i += width
            }
        case .sigmoid:
            while i < vectorEnd {
                store(1 / (1 + exp(-load(x + i))), x + i)
                i += width
            }
        }
        while i < n {
            x[i] = activation.apply(x[i])
            i += 1
        }
    }

    /// delta[i] *= f'(z[i]), with the derivative computed from the outputs a = f(z).
    static func multiplyByDerivative(_ delta: UnsafeMutablePointer<Float>,
                                     outputs a: UnsafePointer<Float>,
                                     _ activation: Activation, _ n: Int) {
        let vectorEnd = n - n % width
        var i = 0
        switch activation {
        case .linear:
            return
        case .relu:
            while i < vectorEnd {
                let d = load(delta + i)
                store(d.replacing(with: 0, where: load(a + i) .<= 0), delta + i)
                i += width
            }
        case .leakyRelu:
            let slope = Vector(repeating: Activation.leakySlope)
            while i < vectorEnd {
                let d = load(delta + i)
                store(d.replacing(with: d * slope, where: load(a + i) .<= 0), delta + i)
                i += width
            }
        case .tanh:
            while i < vectorEnd {
                let v = load(a + i)
                store(load(delta + i) * (1 - v * v), delta + i)
                i += width
            }
        case .sigmoid:
            while i < vectorEnd {
                let v = load(a + i)
                store(load(delta + i) * v * (1 - v), delta + i)
                i += width
            }
        }
        while i < n {
            delta[i] *= activation.derivative(fromOutput: a[i])
            i += 1
        }
    }

    /// Turns K rows of logits (`stride` apart, `columns` samples) into probabilities in place,
    /// using `scratch` (two rows of `columns`) for the per-sample maximum and sum.
    static func softmaxColumns(_ logits: UnsafeMutablePointer<Float>, classes: Int,
                               columns: Int, stride: Int, scratch: UnsafeMutablePointer<Float>) {
        let largest = scratch
        let total = scratch + columns
        largest.update(from: logits, count: columns)
        for k in 1..<classes {
            let row = logits + k * stride
            forEachVector(columns) { i in
                store(maximum(load(largest + i), load(row + i)), largest + i)
            } scalar: { i in
                largest[i] = max(largest[i], row[i])
            }
        }

        fill(total, 0, columns)
        for k in 0..<classes {
            let row = logits + k * stride
            forEachVector(columns) { i in
                let e = exp(load(row + i) - load(largest + i))
                store(e, row + i)
                store(load(total + i) + e, total + i)
            } scalar: { i in
                row[i] = Foundation.exp(row[i] - largest[i])
                total[i] += row[i]
            }
        }

        for k in 0..<classes {
            let row = logits + k * stride
            forEachVector(columns) { i in
                store(load(row + i) / load(total + i), row + i)
            } scalar: { i in
                row[i] /= total[i]
            }
        }
    }

    /// Runs `vector` at each multiple of the width below `n`, then `scalar` on the rest.
    @inline(__always)
    static func forEachVector(_ n: Int, _ vector: (Int) -> Void, scalar: (Int) -> Void) {
        var i = 0
        while i + width <= n {
            vector(i)
            i += width
        }
        while i < n {
            scalar(i)
            i += 1
        }
    }
}
