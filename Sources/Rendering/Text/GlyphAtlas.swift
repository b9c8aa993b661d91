// Every glyph the HUD draws, rasterized once per pixel size into a single 8-bit coverage bitmap
// that the GL layer uploads as an R8 texture, with the metrics TextLayout needs to place them.
import CFreeType

/// A character set rasterized at one pixel size: coverage bitmap, glyph metrics, kerning.
///
/// Sizes are framebuffer pixels (the em size, as FreeType counts it), so the caller asks for
/// points × content scale and gets text that is crisp on a 4K screen as on a 720p one. The
/// bitmap is row-major, rows top first, `width` bytes a row with `width` a power of two (so GL's
/// default unpack alignment of 4 fits); upload it as is and texel row 0 is v = 0. Every glyph has
/// a gutter of at least two empty texels to its neighbours, so linear filtering cannot bleed.
///
/// A value: immutable once built, `Sendable`, cheap to copy (its arrays are shared).
public struct GlyphAtlas: Sendable {
    /// Where one glyph's bitmap lies in the atlas and how it sits on the pen. Pixels and texels
    /// are framebuffer pixels at this atlas's size; y offsets count up from the baseline.
    public struct Glyph: Sendable, Equatable {
        /// Pen advance to the next glyph, whole pixels.
        public var advance: Float
        /// Bitmap's left edge right of the pen position.
        public var bearingX: Float
        /// Bitmap's top edge above the baseline.
        public var bearingY: Float
        /// Bitmap size; 0 x 0 for glyphs that draw nothing, like the space.
        public var width: Int
        public var height: Int
        /// Top-left texel of the bitmap in the atlas.
        public var atlasX: Int
        public var atlasY: Int
    }

    /// Printable ASCII and the symbols the HUD uses: separators and arrows, comparison signs,
    /// play and pause, and the Greek of learning rates and regularization. DejaVu Sans has all
    /// but the pause sign ⏸ (so do few fonts); "❚❚" draws a pause with glyphs it does have.
    public static let defaultCharacters: [Unicode.Scalar] =
        (0x20...0x7E).compactMap(Unicode.Scalar.init)
        + "·×÷±≈≥≤→←↑↓▲▼▶⏸❚•…–—°µηλσΣ".unicodeScalars

    /// Texels left empty on every side of a glyph: two between neighbours, one at the border.
    static let padding = 1

    /// The em size in framebuffer pixels this atlas was rasterized at.
    public let pixelSize: Int
    /// The coverage bitmap: `width * height` bytes, rows top first, 0 empty to 255 covered.
    public let width: Int
    public let height: Int
    public let coverage: [UInt8]
    /// Glyphs by slot; `slot(for:)` maps characters to slots.
    public let glyphs: [Glyph]
    /// Whole pixels above and below the baseline (both positive), and baseline to baseline.
    public let ascent: Float
    public let descent: Float
    public let lineHeight: Float
    /// Requested characters the font has no glyph for; they draw as `fallbackSlot`. For a log.
    public let missing: [Unicode.Scalar]
    /// What missing characters draw as: the font's own missing-glyph box, or '?' if it is blank.
    public let fallbackSlot: Int

    /// Slot per ASCII code, -1 where absent: the common case without hashing.
    let asciiSlots: [Int32]
    /// Slots of the other characters, by scalar value.
    let otherSlots: [UInt32: Int32]
    /// Kerning in pixels, `glyphs.count` squared, row = left slot; empty when the font has none.
    let kerningTable: [Float]

    /// Rasterizes `characters` from `font` at `pixelSize` framebuffer pixels.
    ///
    /// Takes about 10 ms for the default set at 28 px in a debug build: do it when the size or
    /// content scale changes (see `GlyphAtlasCache`), not every frame. Uses `font` from the
    /// calling thread; the result can go to any thread.
    ///
    /// - Throws: `FontError` when FreeType cannot set the size or load a glyph.
    public init(
        font: Font, pixelSize: Int, characters: [Unicode.Scalar] = defaultCharacters
    ) throws(FontError) {
        precondition((1...1024).contains(pixelSize), "glyph pixel size \(pixelSize): not 1...1024")
        precondition(!characters.isEmpty, "GlyphAtlas needs at least one character")
        try font.setPixelSize(pixelSize)
        self.pixelSize = pixelSize
        let metrics = font.lineMetrics
        ascent = Float(metrics.ascent)
        descent = Float(metrics.descent)
        lineHeight = Float(metrics.lineHeight)

        // Render each distinct character the font has; note the ones it lacks.
        var scalars: [Unicode.Scalar] = []
        var indices: [UInt32] = []
        var rendered: [Font.RenderedGlyph] = []
        var missing: [Unicode.Scalar] = []
        for scalar in characters where !scalars.contains(scalar) && !missing.contains(scalar) {
            if let index = font.glyphIndex(for: scalar), let glyph = try font.render(glyph: index) {
                scalars.append(scalar)
                indices.append(index)
                rendered.append(glyph)
            } else {
                missing.append(scalar)
            }
        }
        self.missing = missing

        // Glyph 0 is the font's own missing-glyph box; where a font leaves it blank, '?' stands
        // in, and failing that an empty glyph, so missing characters at least take no space.
        if let box = try font.render(glyph: 0), box.width > 0, box.height > 0 {
            indices.append(0)
            rendered.append(box)
            fallbackSlot = rendered.count - 1
        } else if let question = scalars.firstIndex(of: "?") {
            fallbackSlot = question
        } else {
            indices.append(0)
            rendered.append(Font.RenderedGlyph(
                advance: 0, bearingX: 0, bearingY: 0, width: 0, height: 0, coverage: []))
            fallbackSlot = rendered.count - 1
        }

        // Pack, then copy each bitmap into its place.
        let packing = Self.pack(rendered.map { ($0.width, $0.height) })
        width = packing.width
        height = packing.height
        var coverage = [UInt8](repeating: 0, count: width * height)
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(rendered.count)
        for (glyph, origin) in zip(rendered, packing.origins) {
            for row in 0..<glyph.height {
                let target = (origin.y + row) * width + origin.x
                coverage[target..<(target + glyph.width)] =
                    glyph.coverage[(row * glyph.width)..<((row + 1) * glyph.width)]
            }
            glyphs.append(Glyph(
                advance: Float(glyph.advance), bearingX: Float(glyph.bearingX),
                bearingY: Float(glyph.bearingY), width: glyph.width, height: glyph.height,
                atlasX: origin.x, atlasY: origin.y))
        }
        self.coverage = coverage
        self.glyphs = glyphs

        // Look-up tables: an array for ASCII, a dictionary for the rest.
        var asciiSlots = [Int32](repeating: -1, count: 128)
        var otherSlots: [UInt32: Int32] = [:]
        for (slot, scalar) in scalars.enumerated() {
            if scalar.isASCII {
                asciiSlots[Int(scalar.value)] = Int32(slot)
            } else {
                otherSlots[scalar.value] = Int32(slot)
            }
        }
        self.asciiSlots = asciiSlots
        self.otherSlots = otherSlots

        // All pairs up front (~16 thousand table look-ups for the default set), so layout never
        // touches FreeType and the atlas can be used on any thread.
        var kerningTable: [Float] = []
        if font.hasKerning {
            let count = indices.count
            kerningTable = [Float](repeating: 0, count: count * count)
            for (left, leftIndex) in indices.enumerated() {
                for (right, rightIndex) in indices.enumerated() {
                    kerningTable[left * count + right] = Float(font.kerning(leftIndex, rightIndex))
                }
            }
        }
        self.kerningTable = kerningTable
    }

    /// The slot that draws `scalar`: its own glyph, or `fallbackSlot` when the atlas lacks it.
    public func slot(for scalar: Unicode.Scalar) -> Int {
        let slot = scalar.isASCII ? asciiSlots[Int(scalar.value)] : otherSlots[scalar.value] ?? -1
        return slot >= 0 ? Int(slot) : fallbackSlot
    }

    /// The glyph that draws `scalar`, the fallback when the atlas lacks it.
    public func glyph(for scalar: Unicode.Scalar) -> Glyph {
        glyphs[slot(for: scalar)]
    }

    /// Pen adjustment in pixels between two slots drawn in a row; negative pulls them together.
    public func kerning(from left: Int, to right: Int) -> Float {
        kerningTable.isEmpty ? 0 : kerningTable[left * glyphs.count + right]
    }

    /// Whether the atlas has its own glyph for `scalar` rather than the fallback.
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? asciiSlots[Int(scalar.value)] >= 0 : otherSlots[scalar.value] != nil
    }
}
