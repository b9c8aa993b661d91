// The data points over the surface: anti-aliased discs in their class colour, train points
// filled and test points as rings, sized in screen points.

import Learning

/// Draws a dataset's points into the plot rectangle. GL thread only.
public final class PointsRenderer {
    /// Disc radius and outline width in screen points (multiplied by the layout's uiScale).
    public var radius: Float = 5
    public var outline: Float = 1.25
    /// The highlight ring's outer radius in screen points.
    public var highlightRadius: Float = 9
    /// The point to ring, usually the one under the cursor; nil draws no ring.
    public var highlighted: PointID?

    private let library: ShaderLibrary
    private let instances = InstanceBuffer(attributes: [4])
    private var uploaded: [DataPoint] = []
    private var uploadedHighlight: PointID?

    public init(library: ShaderLibrary) {
        self.library = library
    }

    /// Draws `points` (plot space) into `layout.plot` of the bound target, whose size is
    /// `layout.size`. Test points go on top so a ring is never hidden under a disc.
    public func draw(_ points: [DataPoint], layout: SceneLayout, palette: Palette) {
        if points != uploaded || highlighted != uploadedHighlight {
            uploaded = points
            uploadedHighlight = highlighted
            var values: [Float] = []
            values.reserveCapacity(points.count * 4)
            for point in points.sorted(by: { $0.role == .train && $1.role == .test }) {
                values += [point.position.x, point.position.y, Float(point.label),
                           point.role == .train ? 0 : 1]
            }
            // The ring goes last so it is drawn over its neighbours.
            if let id = highlighted, let point = points.first(where: { $0.id == id }) {
                values += [point.position.x, point.position.y, Float(point.label), 2]
            }
            instances.upload(values)
        }

        GL.setBlending(true)
        let program = library[.points]
        program.use()
        program.set("uRect", layout.plot.vector)
        program.set("uViewportSize", SIMD2(Float(layout.size.width), Float(layout.size.height)))
        program.set("uRadius", radius * layout.uiScale)
        program.set("uOutline", outline * layout.uiScale)
        program.set("uPointColours", Array(palette.classes.prefix(8)))
        program.set("uOutlineColour", palette.pointOutline)
        program.set("uHighlightRadius", highlightRadius * layout.uiScale)
        program.set("uHighlightColour", palette.text)
        instances.draw()
    }
}
