// Flat 2D shapes for panels and plots: rounded boxes and thick anti-aliased line segments,
// collected during a frame and drawn in one instanced call.

/// A batch of boxes and segments in framebuffer pixels. GL thread only.
public final class ShapeRenderer {
    private let library: ShaderLibrary
    private let instances = InstanceBuffer(attributes: [4, 4, 4])
    private var values: [Float] = []

    public init(library: ShaderLibrary) {
        self.library = library
    }

    /// Queues a box covering `rect`, with corners rounded by `radius` pixels.
    public func box(_ rect: PixelRect, colour: SIMD4<Float>, radius: Float = 0) {
        values += [Float(rect.x), Float(rect.y), Float(rect.maxX), Float(rect.maxY),
                   0, 1, radius, 0]
        values += [colour.x, colour.y, colour.z, colour.w]
    }

    /// Queues a segment from `a` to `b` with round caps, `width` pixels thick.
    public func segment(_ a: SIMD2<Float>, _ b: SIMD2<Float>, width: Float,
                        colour: SIMD4<Float>) {
        values += [a.x, a.y, b.x, b.y, width / 2, 0, 0, 0]
        values += [colour.x, colour.y, colour.z, colour.w]
    }

    /// Queues a polyline through `points`.
    public func polyline(_ points: [SIMD2<Float>], width: Float, colour: SIMD4<Float>) {
        for index in points.indices.dropFirst() {
            segment(points[index - 1], points[index], width: width, colour: colour)
        }
    }

    /// Draws everything queued since the last flush into the bound target of `size` pixels,
    /// in order, then empties the queue.
    public func flush(size: (width: Int, height: Int)) {
        guard !values.isEmpty else { return }
        instances.upload(values)
        values.removeAll(keepingCapacity: true)
        GL.setBlending(true)
        let program = library[.shapes]
        program.use()
        program.set("uViewportSize", SIMD2(Float(size.width), Float(size.height)))
        instances.draw()
    }
}
