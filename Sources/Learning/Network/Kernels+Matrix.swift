// The two matrix shapes of a feature-major training step: an affine map applied to a batch,
// and the weight gradient summed over a batch. Both are register-blocked four neurons at a
// time, so each loaded vector feeds several fused multiply-adds; rows past the end of a
// matrix repeat its last row and are not stored, which beats a separate slow path for the
// two or three rows of a classifier's output layer.

/// What `multiply` does to each result before storing it.
enum Epilogue {
    case none
    /// Stores f(z): the forward pass of a hidden layer.
    case activate(Activation)
    /// Stores z · f'(a) with a read from `outputs` at the same place: the backward pass
    /// through the activation that produced a.
    case derivative(Activation, outputs: UnsafePointer<Float>)
}

extension Kernels {
    /// out[r][c] = epilogue(bias[r] + Σₖ W(r, k) · inputs[k][c]) for r < rows, k < depth,
    /// c < columns, where W(r, k) = weights[r·rowStep + k·depthStep] (a transpose is a stride
    /// swap). `out` and `inputs` rows are `stride` floats apart; a nil bias means zero.
    static func multiply(into out: UnsafeMutablePointer<Float>, rows: Int,
                         weights: UnsafePointer<Float>, rowStep: Int, depthStep: Int,
                         depth: Int, inputs: UnsafePointer<Float>,
                         bias: UnsafePointer<Float>?, columns: Int, stride: Int,
                         epilogue: Epilogue = .none) {
        var row = 0
        while row < rows {
            let block = RowBlock(first: row, count: min(4, rows - row), rowStep: rowStep)
            multiplyBlock(block, into: out + row * stride, weights: weights + row * rowStep,
                          depthStep: depthStep, depth: depth, inputs: inputs,
                          bias: bias.map { $0 + row }, columns: columns, stride: stride,
                          epilogue: epilogue)
            row += 4
        }
    }

    /// Four consecutive rows of a matrix, the missing ones repeating the last real one.
    struct RowBlock {
        let first: Int
        let count: Int
        /// Offsets of rows 1, 2, 3 relative to row 0, in units of one row step.
        let offsets: (Int, Int, Int)

        init(first: Int, count: Int, rowStep: Int) {
            self.first = first
            self.count = count
            offsets = (min(1, count - 1) * rowStep, min(2, count - 1) * rowStep,
                       min(3, count - 1) * rowStep)
        }

        /// Index (0...3) whose values row `r` of the block reuses.
        func source(_ r: Int) -> Int { min(r, count - 1) }
    }

    @inline(__always)
    private static func multiplyBlock(_ block: RowBlock, into out: UnsafeMutablePointer<Float>,
                                      weights: UnsafePointer<Float>, depthStep: Int, depth: Int,
                                      inputs: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
                                      columns: Int, stride: Int, epilogue: Epilogue) {
        let (o1, o2, o3) = block.offsets
        let b0 = bias?[0] ?? 0, b1 = bias?[block.source(1)] ?? 0
        let b2 = bias?[block.source(2)] ?? 0, b3 = bias?[block.source(3)] ?? 0

        // Two vectors of columns at a time: four broadcasts and two loads feed eight FMAs.
        var column = 0
        while column + 2 * width <= columns {
            var a0 = Vector(repeating: b0), a1 = Vector(repeating: b1)
            var a2 = Vector(repeating: b2), a3 = Vector(repeating: b3)
            var c0 = a0, c1 = a1, c2 = a2, c3 = a3
            var w = weights
            var x = inputs + column
            for _ in 0..<depth {
                let u = load(x), v = load(x + width)
                let w0 = Vector(repeating: w[0]), w1 = Vector(repeating: w[o1])
                let w2 = Vector(repeating: w[o2]), w3 = Vector(repeating: w[o3])
                a0 = a0.addingProduct(u, w0)
                c0 = c0.addingProduct(v, w0)
                a1 = a1.addingProduct(u, w1)
                c1 = c1.addingProduct(v, w1)
                a2 = a2.addingProduct(u, w2)
                c2 = c2.addingProduct(v, w2)
                a3 = a3.addingProduct(u, w3)
                c3 = c3.addingProduct(v, w3)
                w += depthStep
                x += stride
            }
            store(a0, out + column)
            store(c0, out + column + width)
            if block.count > 1 {
                store(a1, out + stride + column)
                store(c1, out + stride + column + width)
            }
            if block.count > 2 {
                store(a2, out + 2 * stride + column)
                store(c2, out + 2 * stride + column + width)
            }
            if block.count > 3 {
                store(a3, out + 3 * stride + column)
                store(c3, out + 3 * stride + column + width)
            }
            column += 2 * width
        }

        // The last columns, fewer than two vectors.
        while column < columns {
            for r in 0..<block.count {
                var total = bias?[r] ?? 0
                for k in 0..<depth {
                    total += weights[rowOffset(r, block) + k * depthStep]
                        * inputs[k * stride + column]
                }
                out[r * stride + column] = total
            }
            column += 1
        }

        // The epilogue runs on the block's rows while they are still in the L1 cache. Fusing
        // it into the stores above was slower: the optimizer would not inline a per-store switch.
        for r in 0..<block.count {
            let row = out + r * stride
            switch epilogue {
            case .none:
                break
            case .activate(let activation):
                apply(activation, row, columns)
            case .derivative(let activation, let outputs):
                multiplyByDerivative(row, outputs: outputs + (block.first + r) * stride,
                                     activation, columns)
            }
        }
    }

    @inline(__always)
    private static func rowOffset(_ r: Int, _ block: RowBlock) -> Int {
        switch r {
        case 0: return 0
        case 1: return block.offsets.0
        case 2: return block.offsets.1
        default: return block.offsets.2
        }
    }

    /// gradient[r][k] = Σ_c deltas[r][c] · inputs[k][c], for r < rows, k < depth, c < columns;
    /// `gradient` is row-major [rows][depth]; `deltas` and `inputs` rows are `stride` apart.
    static func outerProductSum(into gradient: UnsafeMutablePointer<Float>, rows: Int,
                                depth: Int, deltas: UnsafePointer<Float>,
                                inputs: UnsafePointer<Float>, columns: Int, stride: Int) {
        var row = 0
        while row < rows {
            let block = RowBlock(first: row, count: min(4, rows - row), rowStep: stride)
            var k = 0
            while k < depth {
                // Two inputs at a time when there are two: six loads feed eight FMAs.
                let pair = k + 1 < depth
                let dots = dotBlock(deltas + row * stride, block,
                                    inputs + k * stride, inputs + (pair ? k + 1 : k) * stride,
                                    columns: columns)
                for r in 0..<block.count {
                    gradient[(row + r) * depth + k] = dots.first[r]
                    if pair { gradient[(row + r) * depth + k + 1] = dots.second[r] }
                }
                k += 2
            }
            row += 4
        }
    }

    /// Dot products of the four rows of `block` with the vectors `x` and `y`.
    @inline(__always)
    private static func dotBlock(_ rows: UnsafePointer<Float>, _ block: RowBlock,
                                 _ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>,
                                 columns: Int) -> (first: SIMD4<Float>, second: SIMD4<Float>) {
        let row0 = rows, row1 = rows + block.offsets.0
        let row2 = rows + block.offsets.1, row3 = rows + block.offsets.2
        var a0 = Vector.zero, a1 = Vector.zero, a2 = Vector.zero, a3 = Vector.zero
        var c0 = Vector.zero, c1 = Vector.zero, c2 = Vector.zero, c3 = Vector.zero
        var column = 0
        while column + width <= columns {
            let u = load(x + column), v = load(y + column)
            let d0 = load(row0 + column), d1 = load(row1 + column)
            let d2 = load(row2 + column), d3 = load(row3 + column)
            a0 = a0.addingProduct(u, d0)
            c0 = c0.addingProduct(v, d0)
            a1 = a1.addingProduct(u, d1)
            c1 = c1.addingProduct(v, d1)
            a2 = a2.addingProduct(u, d2)
            c2 = c2.addingProduct(v, d2)
            a3 = a3.addingProduct(u, d3)
            c3 = c3.addingProduct(v, d3)
            column += width
        }
        var first = SIMD4(horizontalSum(a0), horizontalSum(a1), horizontalSum(a2),
                          horizontalSum(a3))
        var second = SIMD4(horizontalSum(c0), horizontalSum(c1), horizontalSum(c2),
                           horizontalSum(c3))
        while column < columns {
            let d = SIMD4(row0[column], row1[column], row2[column], row3[column])
            first += d * x[column]
            second += d * y[column]
            column += 1
        }
        return (first, second)
    }

    /// Σ_c rows[r][c] for each of the four rows of `block` (rows `stride` apart).
    static func rowSums(_ rows: UnsafePointer<Float>, _ block: RowBlock,
                        columns: Int) -> SIMD4<Float> {
        let row1 = rows + block.offsets.0, row2 = rows + block.offsets.1
        let row3 = rows + block.offsets.2
        var a0 = Vector.zero, a1 = Vector.zero, a2 = Vector.zero, a3 = Vector.zero
        var column = 0
        while column + width <= columns {
            a0 += load(rows + column)
            a1 += load(row1 + column)
            a2 += load(row2 + column)
            a3 += load(row3 + column)
            column += width
        }
        var sums = SIMD4(horizontalSum(a0), horizontalSum(a1), horizontalSum(a2),
                         horizontalSum(a3))
        while column < columns {
            sums += SIMD4(rows[column], row1[column], row2[column], row3[column])
            column += 1
        }
        return sums
    }
}
