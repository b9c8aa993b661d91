// Shelf packing of glyph bitmaps into one atlas: tallest first, left to right, a new shelf when
// a row is full. Glyphs of one font are similar in height, so shelves waste little space.

extension GlyphAtlas {
    /// Places bitmaps of the given sizes, each with `padding` empty texels on every side.
    ///
    /// - Returns: each bitmap's top-left texel (in input order; (0, 0) for empty bitmaps, which
    ///   take no space), and the atlas size: `width` a power of two no narrower than the widest
    ///   cell, about as wide as tall; `height` just what the shelves use.
    static func pack(
        _ sizes: [(width: Int, height: Int)]
    ) -> (origins: [(x: Int, y: Int)], width: Int, height: Int) {
        let cell = 2 * padding
        let area = sizes.reduce(0) { $0 + ($1.width + cell) * ($1.height + cell) }
        let widest = sizes.map(\.width).max() ?? 0
        // A tenth more than the bare area leaves room for the ragged shelf ends.
        let side = max(Int(Double(area).squareRoot() * 1.1), widest + cell, 32)
        var width = 1
        while width < side {
            width *= 2
        }

        // Tallest first, so each shelf's height is set by its first glyph.
        let order = sizes.indices.sorted { sizes[$0].height > sizes[$1].height }
        var origins = [(x: Int, y: Int)](repeating: (0, 0), count: sizes.count)
        var x = 0
        var shelfTop = 0
        var shelfHeight = 0
        for index in order where sizes[index].width > 0 && sizes[index].height > 0 {
            let size = sizes[index]
            if x + size.width + cell > width {
                shelfTop += shelfHeight
                x = 0
                shelfHeight = 0
            }
            origins[index] = (x + padding, shelfTop + padding)
            x += size.width + cell
            shelfHeight = max(shelfHeight, size.height + cell)
        }
        return (origins, width, max(shelfTop + shelfHeight, 1))
    }
}
