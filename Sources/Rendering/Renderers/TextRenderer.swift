// Real anti-aliased text for the HUD and labels: glyphs rasterized by FreeType into an atlas
// per pixel size, drawn as one instanced quad each. Sizes are in screen points, so text keeps
// its proportions from 720p to 4K and stays crisp (it is rasterized at the final pixel size).

/// Which face a piece of text is set in.
public enum TextFace: Sendable {
    /// Labels and captions.
    case interface
    /// Figures that change every frame, so their digits do not jitter.
    case figures
}

/// Queues strings during a frame and draws them all on `flush`. GL thread only.
public final class TextRenderer {
    private struct AtlasKey: Hashable {
        var face: TextFace
        var pixelSize: Int
    }

    private let library: ShaderLibrary
    private let interface: GlyphAtlasCache
    private let figures: GlyphAtlasCache
    private var textures: [AtlasKey: Texture] = [:]
    private var atlases: [AtlasKey: GlyphAtlas] = [:]

    /// Instance values (box, uv, colour) queued per atlas since the last flush.
    private var queued: [AtlasKey: [Float]] = [:]
    /// Atlases in the order first used: draws follow it, because a dictionary's order changes
    /// from run to run and overlapping text must blend the same way every time.
    private var drawOrder: [AtlasKey] = []
    private let instances = InstanceBuffer(attributes: [4, 4, 4])
    private var quads: [TextLayout.Quad] = []

    /// Loads the interface and figure fonts through fontconfig.
    public init(library: ShaderLibrary) throws(FontError) {
        self.library = library
        interface = GlyphAtlasCache(font: try Font(.interface))
        figures = GlyphAtlasCache(font: try Font(.monospace))
    }

    /// The atlas for `face` at `points` × `scale`, rasterized on first use.
    private func atlas(_ face: TextFace, points: Float, scale: Float) -> (AtlasKey, GlyphAtlas)? {
        let cache = face == .interface ? interface : figures
        let key = AtlasKey(face: face, pixelSize: GlyphAtlasCache.pixelSize(points: points,
                                                                           contentScale: scale))
        if let atlas = atlases[key] { return (key, atlas) }
        guard let atlas = try? cache.atlas(pixelSize: key.pixelSize) else {
            Log.once(.warn, "text", "no glyph atlas at \(key.pixelSize) px; skipping that size")
            return nil
        }
        let texture = Texture(format: .r8, linear: true)
        texture.upload(width: atlas.width, height: atlas.height, bytes: atlas.coverage)
        atlases[key] = atlas
        textures[key] = texture
        drawOrder.append(key)
        return (key, atlas)
    }

    /// The size of `text` in framebuffer pixels.
    public func measure(_ text: String, points: Float, scale: Float,
                        face: TextFace = .interface) -> SIMD2<Float> {
        guard let (_, atlas) = atlas(face, points: points, scale: scale) else { return .zero }
        let metrics = TextLayout.measure(text, atlas: atlas)
        return SIMD2(metrics.width, metrics.height)
    }

    /// Queues `text` whose top edge is at `top` and whose `alignment` edge is at `x`, in
    /// framebuffer pixels with the origin at the bottom left (as PixelRect uses), inside a
    /// target `targetHeight` pixels tall. Returns the text's height in pixels.
    @discardableResult
    public func add(_ text: String, x: Float, top: Float, targetHeight: Int, points: Float,
                    scale: Float, colour: SIMD4<Float>, face: TextFace = .interface,
                    alignment: TextLayout.Alignment = .left) -> Float {
        guard let (key, atlas) = atlas(face, points: points, scale: scale) else { return 0 }
        quads.removeAll(keepingCapacity: true)
        let metrics = TextLayout.layout(text, atlas: atlas, x: x.rounded(),
                                        y: (Float(targetHeight) - top).rounded(),
                                        alignment: alignment, into: &quads)
        var values = queued[key] ?? []
        for quad in quads {
            values += [quad.x0, quad.y0, quad.x1, quad.y1, quad.u0, quad.v0, quad.u1, quad.v1,
                       colour.x, colour.y, colour.z, colour.w]
        }
        queued[key] = values
        return metrics.height
    }

    /// Draws everything queued into the bound target of `size` pixels, then empties the queue.
    public func flush(size: (width: Int, height: Int)) {
        guard !queued.isEmpty else { return }
        GL.setBlending(true)
        let program = library[.text]
        program.use()
        program.set("uViewportSize", SIMD2(Float(size.width), Float(size.height)))
        for key in drawOrder {
            guard let values = queued[key], !values.isEmpty else { continue }
            program.bind(textures[key]!, unit: 0, to: "uAtlas")
            instances.upload(values)
            instances.draw()
        }
        for key in queued.keys { queued[key]!.removeAll(keepingCapacity: true) }
    }
}
