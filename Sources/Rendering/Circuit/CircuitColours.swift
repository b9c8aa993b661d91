// The circuit's own colours, in linear light for the glow buffer: cool for positive weights,
// warm for negative ones, near-white pulses and a green for gradients flowing back.

/// Light colours for the circuit and waveform shaders; values above 1 are fine (the bloom
/// tone-maps them).
enum CircuitColours {
    static let positive = SIMD3<Float>(0.20, 0.62, 1.00)
    static let negative = SIMD3<Float>(1.00, 0.36, 0.30)
    static let pulsePositive = SIMD3<Float>(0.75, 0.95, 1.60)
    static let pulseNegative = SIMD3<Float>(1.60, 0.70, 0.55)
    static let gradient = SIMD3<Float>(0.55, 1.30, 0.40)
    static let active = SIMD3<Float>(1.00, 0.72, 0.30)
    static let negativeActive = SIMD3<Float>(0.35, 0.60, 1.00)
    static let rim = SIMD3<Float>(0.55, 0.60, 0.70)
}
