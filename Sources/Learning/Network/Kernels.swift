// The vector loops that a training step spends its time in, written with 8-wide SIMD so that
// an AVX2 build runs them at full width. Raw pointers, no allocation, no bounds checks: callers
// own the buffers and pass their lengths.

typealias Vector = SIMD8<Float>

enum Kernels {
    static let width = Vector.scalarCount

    @inline(__always)
    static func load(_ pointer: UnsafePointer<Float>) -> Vector {
        UnsafeRawPointer(pointer).loadUnaligned(as: Vector.self)
    }

    @inline(__always)
    static func store(_ value: Vector, _ pointer: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: Vector.self)
    }

    /// Room for `count` floats, zeroed, on a 64-byte boundary: a cache line, so that 8-wide
    /// loads from rows whose stride is a whole number of vectors never straddle two lines.
    /// Free with `deallocate()` as usual.
    static func allocateAligned(_ count: Int) -> UnsafeMutablePointer<Float> {
        let bytes = max(count, 1) * MemoryLayout<Float>.stride
        let pointer = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
            .bindMemory(to: Float.self, capacity: max(count, 1))
        pointer.initialize(repeating: 0, count: max(count, 1))
        return pointer
    }

    /// y[0..<n] = value.
    static func fill(_ y: UnsafeMutablePointer<Float>, _ value: Float, _ n: Int) {
        y.update(repeating: value, count: n)
    }

    /// y[0..<n] += alpha · x[0..<n].
    @inline(__always)
    static func axpy(_ y: UnsafeMutablePointer<Float>, _ alpha: Float,
                     _ x: UnsafePointer<Float>, _ n: Int) {
        let a = Vector(repeating: alpha)
        var i = 0
        while i + width <= n {
            store(load(y + i).addingProduct(a, load(x + i)), y + i)
            i += width
        }
        while i < n {
            y[i] += alpha * x[i]
            i += 1
        }
    }

    /// Σ x[i]·y[i] over 0..<n, with two accumulators to hide the add latency.
    @inline(__always)
    static func dot(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, _ n: Int) -> Float {
        var first = Vector.zero
        var second = Vector.zero
        var i = 0
        while i + 2 * width <= n {
            first = first.addingProduct(load(x + i), load(y + i))
            second = second.addingProduct(load(x + i + width), load(y + i + width))
            i += 2 * width
        }
        if i + width <= n {
            first = first.addingProduct(load(x + i), load(y + i))
            i += width
        }
        var total = horizontalSum(first + second)
        while i < n {
            total += x[i] * y[i]
            i += 1
        }
        return total
    }

    /// Σ x[i] over 0..<n, with two accumulators to hide the add latency.
    static func sum(_ x: UnsafePointer<Float>, _ n: Int) -> Float {
        var first = Vector.zero
        var second = Vector.zero
        var i = 0
        while i + 2 * width <= n {
            first += load(x + i)
            second += load(x + i + width)
            i += 2 * width
        }
        if i + width <= n {
            first += load(x + i)
            i += width
        }
        var total = horizontalSum(first + second)
        while i < n {
            total += x[i]
            i += 1
        }
        return total
    }

    /// Σ |x[i]| over 0..<n.
    static func sumOfMagnitudes(_ x: UnsafePointer<Float>, _ n: Int) -> Float {
        var accumulator = Vector.zero
        var i = 0
        while i + width <= n {
            let v = load(x + i)
            accumulator += v.replacing(with: -v, where: v .< 0)
            i += width
        }
        var total = horizontalSum(accumulator)
        while i < n {
            total += abs(x[i])
            i += 1
        }
        return total
    }

    /// Whether x[0..<n] holds only finite numbers: x·0 is NaN exactly for NaN and ±∞.
    static func allFinite(_ x: UnsafePointer<Float>, _ n: Int) -> Bool {
        var accumulator = Vector.zero
        var i = 0
        while i + width <= n {
            accumulator += load(x + i) * 0
            i += width
        }
        var total = horizontalSum(accumulator)
        while i < n {
            total += x[i] * 0
            i += 1
        }
        return total == 0
    }

    /// e^x for each lane, to about 2 ulp (Cephes' polynomial after range reduction by ln 2).
    /// Written without SIMD conversions or `rounded`, which the standard library leaves as
    /// per-lane calls; adding 1.5·2²³ rounds to an integer held in the low mantissa bits.
    @inline(__always)
    static func exp(_ x: Vector) -> Vector {
        let clamped = minimum(maximum(x, Vector(repeating: -87.3)), Vector(repeating: 88.3))
        let magic = Vector(repeating: 12_582_912)
        let shifted = clamped * 1.442_695_04 + magic
        let n = shifted - magic
        let r = clamped - n * 0.693_359_375 + n * 2.121_944_4e-4

        var p = Vector(repeating: 1.987_569_15e-4)
        p = p * r + 1.398_199_95e-3
        p = p * r + 8.333_451_9e-3
        p = p * r + 4.166_579_59e-2
        p = p * r + 1.666_666_55e-1
        p = p * r + 5.000_000_12e-1
        let polynomial = p * r * r + r + 1

        let exponent = unsafeBitCast(shifted, to: SIMD8<Int32>.self)
            &- unsafeBitCast(magic, to: SIMD8<Int32>.self)
        return polynomial * unsafeBitCast((exponent &+ 127) &<< 23, to: Vector.self)
    }

    /// Lane-wise maximum. `pointwiseMax` is generic and not specialized across modules.
    @inline(__always)
    static func maximum(_ a: Vector, _ b: Vector) -> Vector {
        a.replacing(with: b, where: b .> a)
    }

    /// Lane-wise minimum.
    @inline(__always)
    static func minimum(_ a: Vector, _ b: Vector) -> Vector {
        a.replacing(with: b, where: b .< a)
    }

    /// The sum of the lanes, as a tree of adds.
    @inline(__always)
    static func horizontalSum(_ v: Vector) -> Float {
        let half = SIMD4(v[0], v[1], v[2], v[3]) + SIMD4(v[4], v[5], v[6], v[7])
        return (half[0] + half[2]) + (half[1] + half[3])
    }
}
