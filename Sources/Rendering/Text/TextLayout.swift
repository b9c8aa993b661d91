// Strings to glyph quads: pen advance, kerning, alignment and line breaks over a GlyphAtlas.
// Pure CPU work with no GL, so the HUD's text can be checked in tests without a window.

/// Lays out text as one textured quad per visible glyph.
///
/// Coordinates are framebuffer pixels with the origin at the top left and y growing down, the
/// way the HUD places panels. Glyphs land on whole pixels (the origin is rounded, advances and
/// kerning are whole pixels at light hinting), so each coverage texel maps to one pixel and the
/// text stays as crisp as FreeType rendered it. Pure functions: any thread may call them.
public enum TextLayout {
    /// Where lines sit relative to the origin's x: starting at it, centred on it, ending at it.
    public enum Alignment: Sendable, Equatable {
        case left
        case center
        case right
    }

    /// One glyph: its rectangle in framebuffer pixels (top-left x0, y0; bottom-right x1, y1)
    /// and the matching atlas rectangle in normalized texture coordinates (v = 0 is the
    /// atlas's first row in memory, which is how `GlyphAtlas.coverage` uploads).
    public struct Quad: Sendable, Equatable {
        public var x0: Float
        public var y0: Float
        public var x1: Float
        public var y1: Float
        public var u0: Float
        public var v0: Float
        public var u1: Float
        public var v1: Float
    }

    /// The laid-out block, in framebuffer pixels. `width` is the widest line's pen advance
    /// (not its ink), which is what alignment and panel sizes want; `height` runs from the first
    /// line's ascent to the last line's descent.
    public struct Metrics: Sendable, Equatable {
        /// The block's left and top edges.
        public var left: Float
        public var top: Float
        public var width: Float
        public var height: Float
        /// The first line's baseline, y down from the framebuffer's top.
        public var baseline: Float
        public var lineCount: Int
    }

    /// Appends a quad for every visible glyph of `text` to `quads` and measures the block.
    ///
    /// The origin (`x`, `y`) is the top of the first line (its ascent, not its baseline) and,
    /// per `alignment`, the left end, centre or right end of every line. "\n" starts a new line
    /// `atlas.lineHeight` lower. Spaces advance the pen without a quad. Characters the atlas
    /// lacks draw as its fallback glyph.
    ///
    /// `quads` is appended to, never cleared, so a frame can gather all its text in one buffer:
    /// clear it with `removeAll(keepingCapacity: true)` each frame and this allocates nothing
    /// once the buffer has grown.
    @discardableResult
    public static func layout(
        _ text: String, atlas: GlyphAtlas, x: Float, y: Float, alignment: Alignment = .left,
        into quads: inout [Quad]
    ) -> Metrics {
        lay(text, atlas: atlas, x: x, y: y, alignment: alignment, into: &quads, emit: true)
    }

    /// The block `layout` would produce at the origin (0, 0), left-aligned, without quads.
    public static func measure(_ text: String, atlas: GlyphAtlas) -> Metrics {
        var unused: [Quad] = []
        return lay(text, atlas: atlas, x: 0, y: 0, alignment: .left, into: &unused, emit: false)
    }

    /// Both entry points: measures each line, then places its glyphs if `emit` is set.
    static func lay(
        _ text: String, atlas: GlyphAtlas, x: Float, y: Float, alignment: Alignment,
        into quads: inout [Quad], emit: Bool
    ) -> Metrics {
        let scalars = text.unicodeScalars
        let top = y.rounded()
        let texelWidth = 1 / Float(atlas.width)
        let texelHeight = 1 / Float(atlas.height)
        var widest: Float = 0
        var lineCount = 0
        var lineStart = scalars.startIndex

        while true {
            let lineEnd = scalars[lineStart...].firstIndex(of: "\n") ?? scalars.endIndex
            let line = scalars[lineStart..<lineEnd]
            let width = lineWidth(line, atlas: atlas)
            widest = max(widest, width)

            if emit {
                var pen = start(of: width, at: x, alignment: alignment)
                let baseline = top + atlas.ascent + Float(lineCount) * atlas.lineHeight
                var previous = -1
                for scalar in line {
                    let slot = atlas.slot(for: scalar)
                    if previous >= 0 {
                        pen += atlas.kerning(from: previous, to: slot)
                    }
                    let glyph = atlas.glyphs[slot]
                    if glyph.width > 0 && glyph.height > 0 {
                        let x0 = pen + glyph.bearingX
                        let y0 = baseline - glyph.bearingY
                        let u0 = Float(glyph.atlasX) * texelWidth
                        let v0 = Float(glyph.atlasY) * texelHeight
                        let size = (width: Float(glyph.width), height: Float(glyph.height))
                        quads.append(Quad(
                            x0: x0, y0: y0, x1: x0 + size.width, y1: y0 + size.height,
                            u0: u0, v0: v0, u1: u0 + size.width * texelWidth,
                            v1: v0 + size.height * texelHeight))
                    }
                    pen += glyph.advance
                    previous = slot
                }
            }

            lineCount += 1
            guard lineEnd < scalars.endIndex else { break }
            lineStart = scalars.index(after: lineEnd)
        }

        let height = atlas.ascent + atlas.descent + Float(lineCount - 1) * atlas.lineHeight
        return Metrics(
            left: start(of: widest, at: x, alignment: alignment), top: top, width: widest,
            height: height, baseline: top + atlas.ascent, lineCount: lineCount)
    }

    /// Pen advance across one line: advances plus kerning between neighbours, whole pixels.
    static func lineWidth(_ line: Substring.UnicodeScalarView, atlas: GlyphAtlas) -> Float {
        var width: Float = 0
        var previous = -1
        for scalar in line {
            let slot = atlas.slot(for: scalar)
            if previous >= 0 {
                width += atlas.kerning(from: previous, to: slot)
            }
            width += atlas.glyphs[slot].advance
            previous = slot
        }
        return width
    }

    /// The left end of a line `width` wide aligned at `x`, on a whole pixel.
    static func start(of width: Float, at x: Float, alignment: Alignment) -> Float {
        switch alignment {
        case .left: return x.rounded()
        case .center: return (x - width / 2).rounded()
        case .right: return (x - width).rounded()
        }
    }
}
