// The CPU side of HUD text against the installed fonts: fontconfig finds them, FreeType's
// glyphs land in the atlas crisp and at the right scale.
import Rendering
import Testing

@Suite struct GlyphAtlasTests {
    let font: Font

    init() throws {
        font = try Font(.interface)
    }

    @Test func fontconfigFindsTheSansAndMonospaceFonts() throws {
        let sans = try FontLocator.locate(.interface)
        let mono = try FontLocator.locate(.monospace)

        #expect(sans.path.hasPrefix("/"))
        #expect(sans.family.contains("DejaVu Sans"))
        #expect(mono.family.contains("Mono"))
        #expect(sans.path != mono.path)
    }

    @Test func unknownFamilyFallsBackToAnInstalledFont() throws {
        let request = FontRequest(families: ["No Such Family 9000", "sans-serif"])
        let match = try FontLocator.locate(request)
        #expect(!match.path.isEmpty)
    }

    @Test func unreadableFontFileIsNamedInTheError() {
        let path = "/nonexistent/neurolume/font.ttf"
        let error = #expect(throws: FontError.self) {
            try Font(file: FontLocator.Match(path: path))
        }
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("FT_New_Face") == true)
    }

    @Test func monospaceDigitsShareOneAdvance() throws {
        let atlas = try GlyphAtlas(font: Font(.monospace), pixelSize: 17)
        let advances = Set("0123456789.,% ".unicodeScalars.map { atlas.glyph(for: $0).advance })
        #expect(advances.count == 1)
    }

    @Test func letterHasInkAndSpaceHasNone() throws {
        let atlas = try GlyphAtlas(font: font, pixelSize: 20)

        let letter = atlas.glyph(for: "A")
        let space = atlas.glyph(for: " ")
        #expect(letter.width > 0 && letter.height > 0)
        #expect(coverage(of: letter, in: atlas).contains { $0 > 0 })
        #expect(coverage(of: space, in: atlas).allSatisfy { $0 == 0 })
        #expect(space.advance > 0)
    }

    @Test func doublePixelSizeDoublesTheGlyph() throws {
        let small = try GlyphAtlas(font: font, pixelSize: 24).glyph(for: "M")
        let large = try GlyphAtlas(font: font, pixelSize: 48).glyph(for: "M")

        // Hinting rounds each size to the pixel grid, so the ratio is near 2, not exactly 2.
        let widthRatio = Double(large.width) / Double(small.width)
        let advanceRatio = Double(large.advance) / Double(small.advance)
        #expect((1.8...2.2).contains(widthRatio))
        #expect((1.8...2.2).contains(advanceRatio))
    }

    @Test func glyphsAreCrispNotBlurred() throws {
        // At a small HUD size, light hinting snaps horizontal edges to the grid: the bars of
        // an 'E' must reach full coverage next to empty pixels.
        let atlas = try GlyphAtlas(font: font, pixelSize: 14)
        let values = coverage(of: atlas.glyph(for: "E"), in: atlas)

        #expect(values.contains { $0 <= 5 })
        #expect(values.contains { $0 >= 250 })
        let solid = values.filter { $0 >= 250 }.count
        #expect(solid * 4 >= values.filter { $0 > 0 }.count, "most ink should be solid")
    }

    @Test func glyphsDoNotTouchInTheAtlas() throws {
        let atlas = try GlyphAtlas(font: font, pixelSize: 30)
        let inked = atlas.glyphs.filter { $0.width > 0 }

        #expect(atlas.width & (atlas.width - 1) == 0, "atlas width should be a power of two")
        for (index, a) in inked.enumerated() {
            for b in inked[(index + 1)...] {
                // Two empty texels between any two glyphs: rectangles grown by one texel each
                // must not overlap.
                let apart = a.atlasX + a.width + 1 < b.atlasX || b.atlasX + b.width + 1 < a.atlasX
                    || a.atlasY + a.height + 1 < b.atlasY || b.atlasY + b.height + 1 < a.atlasY
                #expect(apart)
            }
            #expect(a.atlasX >= 1 && a.atlasY >= 1)
            #expect(a.atlasX + a.width < atlas.width && a.atlasY + a.height < atlas.height)
        }
    }

    @Test func missingCharactersUseTheFallbackGlyph() throws {
        let atlas = try GlyphAtlas(font: font, pixelSize: 20)

        #expect(!atlas.contains("漢"))
        #expect(atlas.slot(for: "漢") == atlas.fallbackSlot)
        #expect(atlas.glyphs[atlas.fallbackSlot].width > 0)
        #expect(atlas.contains("×") && atlas.contains("→") && atlas.contains("≥"))
    }

    @Test func cacheKeepsOneAtlasPerSize() throws {
        let cache = GlyphAtlasCache(font: font)
        let size = GlyphAtlasCache.pixelSize(points: 14, contentScale: 2)

        let first = try cache.atlas(pixelSize: size)
        _ = try cache.atlas(pixelSize: 14)
        let again = try cache.atlas(pixelSize: size)
        #expect(size == 28)
        #expect(first.coverage == again.coverage)
        #expect(cache.cachedSizes == [14, 28])

        cache.evictAll(except: [28])
        #expect(cache.cachedSizes == [28])
    }

    /// The coverage bytes of `glyph`'s bitmap, row by row.
    func coverage(of glyph: GlyphAtlas.Glyph, in atlas: GlyphAtlas) -> [UInt8] {
        (0..<glyph.height).flatMap { row in
            let start = (glyph.atlasY + row) * atlas.width + glyph.atlasX
            return atlas.coverage[start..<(start + glyph.width)]
        }
    }
}
