// A tiny CPU compositor for text tests: draws TextLayout quads from a GlyphAtlas into an RGBA
// bitmap the way the GL text renderer will, so tests can probe pixels and save previews.
import Rendering

/// An opaque RGBA8 image, rows top first, that glyph quads are blended onto.
struct TextCanvas {
    let width: Int
    let height: Int
    var rgba: [UInt8]

    /// A canvas filled with `background` (RGB).
    init(width: Int, height: Int, background: (UInt8, UInt8, UInt8) = (18, 20, 28)) {
        self.width = width
        self.height = height
        rgba = [UInt8](repeating: 255, count: width * height * 4)
        for pixel in 0..<(width * height) {
            rgba[pixel * 4] = background.0
            rgba[pixel * 4 + 1] = background.1
            rgba[pixel * 4 + 2] = background.2
        }
    }

    /// Blends `color` over the canvas through each quad's coverage. Samples the atlas at pixel
    /// centres through the quad's UVs with nearest filtering, as the GL renderer's sampler does
    /// for pixel-aligned quads; pixels outside the canvas are skipped.
    mutating func draw(
        _ quads: [TextLayout.Quad], atlas: GlyphAtlas, color: (UInt8, UInt8, UInt8)
    ) {
        for quad in quads {
            let spanX = quad.x1 - quad.x0
            let spanY = quad.y1 - quad.y0
            for y in Int(quad.y0)..<Int(quad.y1) where (0..<height).contains(y) {
                let v = quad.v0 + (Float(y) + 0.5 - quad.y0) / spanY * (quad.v1 - quad.v0)
                let texelY = min(Int(v * Float(atlas.height)), atlas.height - 1)
                for x in Int(quad.x0)..<Int(quad.x1) where (0..<width).contains(x) {
                    let u = quad.u0 + (Float(x) + 0.5 - quad.x0) / spanX * (quad.u1 - quad.u0)
                    let texelX = min(Int(u * Float(atlas.width)), atlas.width - 1)
                    let alpha = Int(atlas.coverage[texelY * atlas.width + texelX])
                    let base = (y * width + x) * 4
                    rgba[base] = Self.blend(rgba[base], color.0, alpha)
                    rgba[base + 1] = Self.blend(rgba[base + 1], color.1, alpha)
                    rgba[base + 2] = Self.blend(rgba[base + 2], color.2, alpha)
                }
            }
        }
    }

    /// `over` at `alpha` / 255 over `under`, rounded.
    static func blend(_ under: UInt8, _ over: UInt8, _ alpha: Int) -> UInt8 {
        UInt8((Int(under) * (255 - alpha) + Int(over) * alpha + 127) / 255)
    }

    /// The canvas enlarged `factor` times with nearest sampling, so previews show every pixel.
    func magnified(by factor: Int) -> TextCanvas {
        var large = TextCanvas(width: width * factor, height: height * factor)
        for y in 0..<large.height {
            for x in 0..<large.width {
                let from = ((y / factor) * width + x / factor) * 4
                let to = (y * large.width + x) * 4
                large.rgba[to..<(to + 4)] = rgba[from..<(from + 4)]
            }
        }
        return large
    }
}
