// The two matrix shapes of a feature-major training step: an affine map applied to a batch,
// and the weight gradient summed over a batch. Both are register-blocked four neurons at a
// time, so each loaded input vector feeds four fused multiply-adds.

extension Kernels {
    /// out[r][c] = bias[r] + Σₖ W(r, k) · inputs[k][c], for r < rows, k < depth, c < columns,
    /// where W(r, k) = weights[r·rowStep + k·depthStep] (so the transpose is a stride swap).
    /// `out` and `inputs` rows are `stride` floats apart; a nil bias means zero.
    static func multiply(into out: UnsafeMutablePointer<Float>, rows: Int,
                         weights: UnsafePointer<Float>, rowStep: Int, depthStep: Int,
                         depth: Int, inputs: UnsafePointer<Float>,
                         bias: UnsafePointer<Float>?, columns: Int, stride: Int) {
        var row = 0
        while row + 4 <= rows {
            multiplyFourRows(into: out + row * stride, weights: weights + row * rowStep,
                             rowStep: rowStep, depthStep: depthStep, depth: depth,
                             inputs: inputs, bias: bias.map { $0 + row },
                             columns: columns, stride: stride)
            row += 4
        }
        while row < rows {
            let target = out + row * stride
            fill(target, bias?[row] ?? 0, columns)
            for k in 0..<depth {
                axpy(target, weights[row * rowStep + k * depthStep], inputs + k * stride, columns)
            }
            row += 1
        }
    }

    @inline(__always)
    private static func multiplyFourRows(into out: UnsafeMutablePointer<Float>,
                                         weights: UnsafePointer<Float>, rowStep: Int,
                                         depthStep: Int, depth: Int,
                                         inputs: UnsafePointer<Float>,
                                         bias: UnsafePointer<Float>?, columns: Int, stride: Int) {
        let b0 = bias?[0] ?? 0, b1 = bias?[1] ?? 0, b2 = bias?[2] ?? 0, b3 = bias?[3] ?? 0
        var column = 0
        while column + width <= columns {
            var a0 = Vector(repeating: b0), a1 = Vector(repeating: b1)
            var a2 = Vector(repeating: b2), a3 = Vector(repeating: b3)
            var w = weights
            var x = inputs + column
            for _ in 0..<depth {
                let v = load(x)
                a0 = a0.addingProduct(v, Vector(repeating: w[0]))
                a1 = a1.addingProduct(v, Vector(repeating: w[rowStep]))
                a2 = a2.addingProduct(v, Vector(repeating: w[2 * rowStep]))
                a3 = a3.addingProduct(v, Vector(repeating: w[3 * rowStep]))
                w += depthStep
                x += stride
            }
            store(a0, out + column)
            store(a1, out + stride + column)
            store(a2, out + 2 * stride + column)
            store(a3, out + 3 * stride + column)
            column += width
        }

        // The last columns, fewer than a vector.
        while column < columns {
            for r in 0..<4 {
                var total = bias?[r] ?? 0
                for k in 0..<depth {
                    total += weights[r * rowStep + k * depthStep] * inputs[k * stride + column]
                }
                out[r * stride + column] = total
            }
            column += 1
        }
    }

    /// gradient[r][k] = Σ_c deltas[r][c] · inputs[k][c], for r < rows, k < depth, c < columns;
    /// `gradient` is row-major [rows][depth]; `deltas` and `inputs` rows are `stride` apart.
    static func outerProductSum(into gradient: UnsafeMutablePointer<Float>, rows: Int,
                                depth: Int, deltas: UnsafePointer<Float>,
                                inputs: UnsafePointer<Float>, columns: Int, stride: Int) {
        var row = 0
        while row + 4 <= rows {
            for k in 0..<depth {
                let dots = fourDots(deltas + row * stride, stride: stride,
                                    with: inputs + k * stride, columns: columns)
                gradient[row * depth + k] = dots.0
                gradient[(row + 1) * depth + k] = dots.1
                gradient[(row + 2) * depth + k] = dots.2
                gradient[(row + 3) * depth + k] = dots.3
            }
            row += 4
        }
        while row < rows {
            for k in 0..<depth {
                gradient[row * depth + k] = dot(deltas + row * stride, inputs + k * stride, columns)
            }
            row += 1
        }
    }

    /// The dot products of four consecutive rows (`stride` apart) with one vector.
    @inline(__always)
    private static func fourDots(_ rows: UnsafePointer<Float>, stride: Int,
                                 with x: UnsafePointer<Float>,
                                 columns: Int) -> (Float, Float, Float, Float) {
        var a0 = Vector.zero, a1 = Vector.zero, a2 = Vector.zero, a3 = Vector.zero
        var column = 0
        while column + width <= columns {
            let v = load(x + column)
            a0 = a0.addingProduct(v, load(rows + column))
            a1 = a1.addingProduct(v, load(rows + stride + column))
            a2 = a2.addingProduct(v, load(rows + 2 * stride + column))
            a3 = a3.addingProduct(v, load(rows + 3 * stride + column))
            column += width
        }
        var t0 = a0.sum(), t1 = a1.sum(), t2 = a2.sum(), t3 = a3.sum()
        while column < columns {
            let v = x[column]
            t0 += v * rows[column]
            t1 += v * rows[stride + column]
            t2 += v * rows[2 * stride + column]
            t3 += v * rows[3 * stride + column]
            column += 1
        }
        return (t0, t1, t2, t3)
    }
}
