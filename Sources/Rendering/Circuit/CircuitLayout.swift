// The circuit board's geometry for one architecture and panel: a column per layer, a pad per
// neuron, and smooth S-shaped traces between pads. Pure arithmetic, so tests can ask where a
// node or a trace is and probe the pixels there.

/// Pad centres and radii for a network shape inside a panel, in framebuffer pixels (origin
/// bottom left). A layer too tall for one column of legible pads is staggered over up to four
/// sub-columns, which doubles to quadruples the room each pad gets. Any thread.
public struct CircuitLayout: Sendable, Equatable {
    public let panel: PixelRect
    public let layerSizes: [Int]
    /// `[layer][neuron]`: pad centres, framebuffer pixels.
    public let centres: [[SIMD2<Float>]]
    /// Per layer: pad radius in pixels.
    public let padRadius: [Float]
    /// The band at the panel's top kept free for the caption, pixels.
    public let captionHeight: Float

    /// Lays out `layerSizes` (input first) in `panel`; `uiScale` turns points into pixels.
    public init(layerSizes: [Int], panel: PixelRect, uiScale: Float) {
        self.panel = panel
        self.layerSizes = layerSizes
        captionHeight = 24 * uiScale

        // Columns span the panel, inset so the outermost pads and their glow stay inside.
        let inset = 28 * uiScale
        let left = Float(panel.x) + inset
        let right = Float(panel.maxX) - inset
        let bottom = Float(panel.y) + 10 * uiScale
        let top = Float(panel.maxY) - captionHeight
        let height = max(top - bottom, 1)
        let columns = max(layerSizes.count - 1, 1)
        let columnSpacing = (right - left) / Float(columns)

        var centres: [[SIMD2<Float>]] = []
        var radii: [Float] = []
        let comfortable = 15 * uiScale
        for (layer, count) in layerSizes.enumerated() {
            let x = left + Float(layer) * columnSpacing
            // Sub-columns so that pads in each are at least `comfortable` apart, if possible.
            let wanted = Int((Float(count) * comfortable / height).rounded(.up))
            let subColumns = min(max(wanted, 1), 4)
            let stagger = min(columnSpacing * 0.12, 12 * uiScale)
            // Few neurons are spaced generously but not across the whole height.
            let spacing = min(height / Float(count), 60 * uiScale)
            let middle = (top + bottom) / 2
            var column: [SIMD2<Float>] = []
            for index in 0..<count {
                let offset = Float(index % subColumns) - Float(subColumns - 1) / 2
                let y = middle + (Float(count - 1) / 2 - Float(index)) * spacing
                column.append(SIMD2(x + offset * stagger, y))
            }
            centres.append(column)
            let vertical = spacing * Float(subColumns) * 0.42
            let horizontal = subColumns > 1 ? stagger * 0.48 : .infinity
            radii.append(max(min(vertical, horizontal, 18 * uiScale, columnSpacing * 0.2),
                             1.5 * uiScale))
        }
        self.centres = centres
        padRadius = radii
    }

    /// The centre of neuron `id`'s pad.
    public func centre(of id: NeuronID) -> SIMD2<Float> {
        centres[id.layer][id.index]
    }

    /// The neuron whose pad is under `pixel` (framebuffer pixels, origin bottom left), with a
    /// little slack around small pads; nil over empty board.
    public func neuron(atPixel pixel: SIMD2<Float>) -> NeuronID? {
        var best: (id: NeuronID, distance: Float)?
        for (layer, column) in centres.enumerated() {
            let reach = max(padRadius[layer] * 1.25, 5)
            // Columns are far apart: skip a whole column whose x is out of reach.
            guard let first = column.first, abs(first.x - pixel.x) < reach + 16 else { continue }
            for (index, centre) in column.enumerated() {
                let offset = centre - pixel
                let distance = (offset * offset).sum().squareRoot()
                if distance <= reach && distance < (best?.distance ?? .infinity) {
                    best = (NeuronID(layer: layer, index: index), distance)
                }
            }
        }
        return best?.id
    }

    /// The point at `t` (0...1) along the trace from `a` to `b`: x moves evenly, y follows a
    /// smoothstep, so the trace leaves and enters its pads horizontally. The trace shader
    /// (Shaders/circuit_trace.vert) draws the same curve.
    public static func tracePoint(from a: SIMD2<Float>, to b: SIMD2<Float>,
                                  t: Float) -> SIMD2<Float> {
        let eased = t * t * (3 - 2 * t)
        return SIMD2(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * eased)
    }
}
