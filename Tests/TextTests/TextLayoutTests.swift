// TextLayout's geometry: advances and kerning add up, lines stack, alignment anchors, and the
// quads composite into readable text (written as PNG previews to look at).
import Foundation
import Recording
import Rendering
import Testing

@Suite struct TextLayoutTests {
    let font: Font
    let atlas: GlyphAtlas

    init() throws {
        font = try Font(.interface)
        atlas = try GlyphAtlas(font: font, pixelSize: 20)
    }

    @Test func widthIsTheSumOfAdvancesAndKerning() {
        let h = atlas.slot(for: "H")
        let i = atlas.slot(for: "i")
        let expected =
            atlas.glyphs[h].advance + atlas.kerning(from: h, to: i) + atlas.glyphs[i].advance

        let pair = TextLayout.measure("Hi", atlas: atlas)
        let single = TextLayout.measure("i", atlas: atlas)
        #expect(pair.width == expected)
        #expect(pair.width > single.width)
        #expect(pair.lineCount == 1)
    }

    @Test func kerningPullsPairsTogether() throws {
        try #require(font.hasKerning, "this font has no kern table")
        let a = atlas.slot(for: "A")
        let v = atlas.slot(for: "V")

        #expect(atlas.kerning(from: a, to: v) < 0)
        let unkerned = atlas.glyphs[a].advance + atlas.glyphs[v].advance
        #expect(TextLayout.measure("AV", atlas: atlas).width < unkerned)
    }

    @Test func newlineStartsASecondLine() {
        var quads: [TextLayout.Quad] = []
        let metrics = TextLayout.layout("A\nA", atlas: atlas, x: 10, y: 10, into: &quads)

        #expect(metrics.lineCount == 2)
        #expect(quads.count == 2)
        #expect(quads[1].y0 - quads[0].y0 == atlas.lineHeight)
        #expect(quads[1].x0 == quads[0].x0)
        #expect(metrics.height == atlas.ascent + atlas.descent + atlas.lineHeight)
        #expect(metrics.baseline == 10 + atlas.ascent)
    }

    @Test func quadsSitOnWholePixelsAndMatchTheirTexels() {
        var quads: [TextLayout.Quad] = []
        TextLayout.layout("Loss 0.27", atlas: atlas, x: 3.4, y: 7.6, into: &quads)

        #expect(quads.count == 8, "one quad per visible glyph, none for the space")
        for quad in quads {
            #expect(quad.x0 == quad.x0.rounded() && quad.y0 == quad.y0.rounded())
            let texels = ((quad.u1 - quad.u0) * Float(atlas.width),
                          (quad.v1 - quad.v0) * Float(atlas.height))
            #expect((texels.0 - (quad.x1 - quad.x0)).magnitude < 1e-3)
            #expect((texels.1 - (quad.y1 - quad.y0)).magnitude < 1e-3)
        }
    }

    @Test func alignmentAnchorsTheLineEnds() {
        var quads: [TextLayout.Quad] = []
        func place(_ alignment: TextLayout.Alignment) -> TextLayout.Metrics {
            TextLayout.layout("step", atlas: atlas, x: 100, y: 0, alignment: alignment, into: &quads)
        }
        let (left, centre, right) = (place(.left), place(.center), place(.right))

        #expect(left.left == 100)
        #expect(right.left + right.width == 100)
        #expect((centre.left + centre.width / 2 - 100).magnitude <= 0.5)
    }

    @Test func reusedBufferIsAppendedTo() {
        var quads: [TextLayout.Quad] = []
        quads.reserveCapacity(64)
        TextLayout.layout("ab", atlas: atlas, x: 0, y: 0, into: &quads)
        TextLayout.layout("cd", atlas: atlas, x: 0, y: 30, into: &quads)
        #expect(quads.count == 4)
        quads.removeAll(keepingCapacity: true)
        #expect(quads.capacity >= 64)
    }

    /// Writes the 48 px atlas and a HUD line at 14 px and 42 px (and a 4x magnified copy of the
    /// 14 px one) as PNGs under the temporary folder, for a person to look at; checks that the
    /// files read back and that the text put both full and no coverage on the canvas.
    @Test func previewsWriteAsPNG() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("neurolume-text")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

        let large = try GlyphAtlas(font: font, pixelSize: 48)
        let atlasPath = folder.appendingPathComponent("atlas-48.png").path
        let grey: [UInt8] = large.coverage.flatMap { [$0, $0, $0, 255] as [UInt8] }
        try PNGFile.write(path: atlasPath, width: large.width, height: large.height, rgba: grey,
                          flipVertically: false)
        #expect(try PNGFile.read(path: atlasPath).rgba == grey)

        let line = "step 1,234  loss 0.2731  acc 98.3%\n≥ 0.5 × η → ▲ ▼ ❚❚ ⏸ · λ ≤ 1e-4"
        for size in [14, 42] {
            let text = try GlyphAtlas(font: font, pixelSize: size)
            let measured = TextLayout.measure(line, atlas: text)
            var canvas = TextCanvas(width: Int(measured.width) + 2 * size,
                                    height: Int(measured.height) + size)
            var quads: [TextLayout.Quad] = []
            TextLayout.layout(line, atlas: text, x: Float(size), y: Float(size / 2), into: &quads)
            canvas.draw(quads, atlas: text, color: (235, 238, 245))

            let path = folder.appendingPathComponent("hud-\(size).png").path
            try PNGFile.write(path: path, width: canvas.width, height: canvas.height,
                              rgba: canvas.rgba, flipVertically: false)
            #expect(canvas.rgba.contains(235) && canvas.rgba.contains(18))
            if size == 14 {
                let zoom = canvas.magnified(by: 4)
                try PNGFile.write(path: folder.appendingPathComponent("hud-14-zoom.png").path,
                                  width: zoom.width, height: zoom.height, rgba: zoom.rgba,
                                  flipVertically: false)
            }
        }
        print("text previews in \(folder.path)")
    }
}
