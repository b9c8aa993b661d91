// Rectangles in framebuffer pixels, the one coordinate space that layout, viewports and pixel
// probes share.

/// An axis-aligned rectangle in framebuffer pixels; origin at the bottom left as in GL.
public struct PixelRect: Sendable, Equatable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(width, 0)
        self.height = max(height, 0)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// The rectangle's lower-left corner and size as floats, for shader uniforms.
    public var vector: SIMD4<Float> { SIMD4(Float(x), Float(y), Float(width), Float(height)) }

    public var description: String { "\(width)x\(height)+\(x)+\(y)" }
}
