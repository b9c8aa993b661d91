// One open font file, through FreeType: sets a pixel size and renders single glyphs to 8-bit
// coverage. GlyphAtlas drives it; nothing else in the program touches FreeType.
import CFreeType

/// An open FreeType face with its own FreeType library instance.
///
/// Not thread-safe (FreeType's faces are not): use one `Font` from one thread at a time. A
/// library per face costs a few kilobytes and lets two fonts live on two threads if ever needed.
public final class Font {
    /// The file this face came from.
    public let file: FontLocator.Match
    let library: OpaquePointer
    let face: FT_Face

    /// One glyph as FreeType rendered it, before it is packed into an atlas.
    struct RenderedGlyph {
        /// Pen advance to the next glyph, whole framebuffer pixels (light hinting rounds it).
        var advance: Int
        /// Bitmap's left edge right of the pen, and its top edge above the baseline, in pixels.
        var bearingX: Int
        var bearingY: Int
        var width: Int
        var height: Int
        /// `width * height` coverage bytes, rows top first, 0 = empty, 255 = fully covered.
        var coverage: [UInt8]
    }

    /// Opens `file` with FreeType.
    ///
    /// - Throws: `FontError` naming the file when FreeType cannot start or cannot parse it.
    public init(file: FontLocator.Match) throws(FontError) {
        var library: OpaquePointer?
        let initError = FT_Init_FreeType(&library)
        guard initError == 0, let library else {
            throw FontError.freetype("FT_Init_FreeType", initError, file: file.path)
        }

        var face: FT_Face?
        let openError = FT_New_Face(library, file.path, FT_Long(file.faceIndex), &face)
        guard openError == 0, let face else {
            FT_Done_FreeType(library)
            throw FontError.freetype("FT_New_Face", openError, file: file.path)
        }
        self.file = file
        self.library = library
        self.face = face
    }

    /// Finds the font for `request` with fontconfig and opens it.
    public convenience init(_ request: FontRequest) throws(FontError) {
        try self.init(file: FontLocator.locate(request))
    }

    deinit {
        FT_Done_Face(face)
        FT_Done_FreeType(library)
    }

    /// Whether the face has a kerning table FreeType can read (the old 'kern' table; pair
    /// adjustments only in OpenType GPOS are invisible to FT_Get_Kerning).
    public var hasKerning: Bool { cft_has_kerning(face) != 0 }

    /// Selects the size that later calls render at: `pixels` is the em size in framebuffer
    /// pixels, so a 14 pt label at content scale 2 asks for 28.
    func setPixelSize(_ pixels: Int) throws(FontError) {
        let error = FT_Set_Pixel_Sizes(face, 0, FT_UInt(pixels))
        guard error == 0 else {
            throw FontError.freetype("FT_Set_Pixel_Sizes(\(pixels))", error, file: file.path)
        }
    }

    /// Line metrics at the current size, whole pixels: ascent above the baseline, descent below
    /// it (positive), and the baseline-to-baseline distance.
    var lineMetrics: (ascent: Int, descent: Int, lineHeight: Int) {
        let metrics = face.pointee.size.pointee.metrics
        return (Self.pixels(metrics.ascender), Self.pixels(-metrics.descender),
                Self.pixels(metrics.height))
    }

    /// The face's glyph index for `scalar`, or nil when the font has no glyph for it.
    func glyphIndex(for scalar: Unicode.Scalar) -> UInt32? {
        let index = FT_Get_Char_Index(face, FT_ULong(scalar.value))
        return index == 0 ? nil : index
    }

    /// Renders glyph `index` at the current size with anti-aliasing and light hinting, which
    /// snaps stems and the baseline vertically but keeps the designed shapes and spacing.
    ///
    /// - Returns: nil when the glyph does not come out as 8-bit coverage (a bitmap-only or
    ///   colour glyph); the atlas then treats the character as missing.
    func render(glyph index: UInt32) throws(FontError) -> RenderedGlyph? {
        let flags = FT_Int32(FT_LOAD_RENDER) | CFT_LOAD_TARGET_LIGHT
        let error = FT_Load_Glyph(face, index, flags)
        guard error == 0 else {
            throw FontError.freetype("FT_Load_Glyph(\(index))", error, file: file.path)
        }
        let slot = face.pointee.glyph.pointee
        let bitmap = slot.bitmap
        let width = Int(bitmap.width)
        let height = Int(bitmap.rows)
        guard width == 0 || height == 0 || bitmap.pixel_mode == UInt8(FT_PIXEL_MODE_GRAY.rawValue)
        else { return nil }

        // Copy row by row: FreeType's pitch may pad rows, and a negative pitch stores them
        // bottom first.
        var coverage = [UInt8](repeating: 0, count: width * height)
        let pitch = Int(bitmap.pitch)
        for row in 0..<height {
            let sourceRow = pitch >= 0 ? row * pitch : (height - 1 - row) * -pitch
            for column in 0..<width {
                coverage[row * width + column] = bitmap.buffer[sourceRow + column]
            }
        }
        return RenderedGlyph(
            advance: Self.pixels(slot.advance.x), bearingX: Int(slot.bitmap_left),
            bearingY: Int(slot.bitmap_top), width: width, height: height, coverage: coverage)
    }

    /// Kerning between two glyph indices at the current size, whole pixels (negative pulls the
    /// pair together). Zero when the face has no kerning table.
    func kerning(_ left: UInt32, _ right: UInt32) -> Int {
        var vector = FT_Vector()
        let mode = FT_UInt(FT_KERNING_DEFAULT.rawValue)
        guard FT_Get_Kerning(face, left, right, mode, &vector) == 0 else { return 0 }
        return Self.pixels(vector.x)
    }

    /// A 26.6 fixed-point FreeType length rounded to whole pixels.
    static func pixels(_ value: FT_Pos) -> Int {
        Int((value + 32) >> 6)
    }
}
