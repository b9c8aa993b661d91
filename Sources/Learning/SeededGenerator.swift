// The one source of randomness in Learning. Every trainer, dataset generator and initializer
// takes a SeededGenerator explicitly, so a seed reproduces a run bit for bit.

import Foundation

/// xoshiro256** seeded through SplitMix64: fast, small state, and good enough for sampling data,
/// initial weights and batch permutations. Not for cryptography.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// A cached second value from the Box-Muller pair, so normals cost one transform per two.
    private var spareNormal: Float?

    public init(seed: UInt64) {
        var splitMix = seed
        func nextSplitMix() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (nextSplitMix(), nextSplitMix(), nextSplitMix(), nextSplitMix())
    }

    public mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, by: 7) &* 9
        let shifted = state.1 << 17

        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = rotateLeft(state.3, by: 45)
        return result
    }

    /// A uniform Float in [0, 1) with 24 bits of randomness.
    public mutating func nextUnitFloat() -> Float {
        Float(next() >> 40) * (1.0 / Float(1 << 24))
    }

    /// A uniform Float in `range`.
    public mutating func nextFloat(in range: ClosedRange<Float>) -> Float {
        range.lowerBound + (range.upperBound - range.lowerBound) * nextUnitFloat()
    }

    /// A standard normal sample (mean 0, deviation 1), by the Box-Muller transform.
    public mutating func nextNormal() -> Float {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        // 1 - u keeps the logarithm's argument in (0, 1].
        let u1 = 1 - Double(next() >> 11) * (1.0 / Double(1 << 53))
        let u2 = Double(next() >> 11) * (1.0 / Double(1 << 53))
        let radius = (-2 * log(u1)).squareRoot()
        let angle = 2 * Double.pi * u2
        spareNormal = Float(radius * sin(angle))
        return Float(radius * cos(angle))
    }

    /// A fresh seed drawn from this generator, for a reset that must differ from the last run.
    public mutating func nextSeed() -> UInt64 { next() }

    /// Shuffles `buffer` in place (Fisher-Yates); allocates nothing.
    public mutating func shuffle(_ buffer: UnsafeMutableBufferPointer<Int32>) {
        guard buffer.count > 1 else { return }
        for i in stride(from: buffer.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            buffer.swapAt(i, j)
        }
    }
}

@inline(__always)
private func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
    (x << k) | (x >> (64 - k))
}
