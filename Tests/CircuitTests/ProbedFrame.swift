// Pixel probes on an offscreen frame read back from GL, for the circuit tests.

/// An offscreen RGBA8 frame with pixel probes (origin bottom left, as GL reads it).
struct ProbedFrame {
    let width: Int
    let height: Int
    let pixels: [UInt8]

    /// Mean of R, G and B at pixel (x, y), 0...255.
    func brightness(_ x: Int, _ y: Int) -> Float {
        let cx = min(max(x, 0), width - 1), cy = min(max(y, 0), height - 1)
        let base = (cy * width + cx) * 4
        return (Float(pixels[base]) + Float(pixels[base + 1]) + Float(pixels[base + 2])) / 3
    }

    func brightness(at point: SIMD2<Float>) -> Float {
        brightness(Int(point.x), Int(point.y))
    }
}
