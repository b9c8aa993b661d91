// Atlases by pixel size for one font: the HUD asks for, say, 14 pt and 11 pt at the current
// content scale, and a new atlas is rasterized only when a size is new.

/// One font's glyph atlases, rasterized on first use and kept by pixel size.
///
/// When the window moves to a screen with another content scale, the sizes it asks for change
/// and new atlases are made; `evictAll(except:)` drops the ones no longer drawn. Not
/// thread-safe, like the `Font` it drives: use it from one thread (the render thread). The
/// atlases it returns are values and may go anywhere.
public final class GlyphAtlasCache {
    public let font: Font
    public let characters: [Unicode.Scalar]
    private var atlases: [Int: GlyphAtlas] = [:]

    public init(font: Font, characters: [Unicode.Scalar] = GlyphAtlas.defaultCharacters) {
        self.font = font
        self.characters = characters
    }

    /// The framebuffer pixel size for text `points` logical pixels tall at `contentScale`
    /// (GLFW's window content scale: 1 on a 720p or 1080p desktop, 2 on a typical 4K one).
    public static func pixelSize(points: Float, contentScale: Float) -> Int {
        max(1, Int((points * contentScale).rounded()))
    }

    /// The atlas for `pixelSize`, rasterized now if this is the first request for that size.
    ///
    /// - Throws: `FontError` if FreeType fails; nothing is cached then, so a later call retries.
    public func atlas(pixelSize: Int) throws(FontError) -> GlyphAtlas {
        if let atlas = atlases[pixelSize] {
            return atlas
        }
        let atlas = try GlyphAtlas(font: font, pixelSize: pixelSize, characters: characters)
        atlases[pixelSize] = atlas
        return atlas
    }

    /// The sizes that have an atlas now, smallest first.
    public var cachedSizes: [Int] { atlases.keys.sorted() }

    /// Drops every atlas whose size is not in `keep`, e.g. after a content-scale change.
    public func evictAll(except keep: Set<Int>) {
        atlases = atlases.filter { keep.contains($0.key) }
    }
}
