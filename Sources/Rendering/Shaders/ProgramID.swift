// The catalogue of GLSL programs: which stage files each one links.

/// Every program the renderers use, with its stage files in `Shaders/`.
public enum ProgramID: String, CaseIterable, Sendable {
    case surfaceTiles
    case surfaceTiled
    case surfaceLogits
    case surfaceResolve
    case points
    case shapes
    case text
    case fade

    public var vertexFile: String {
        switch self {
        case .surfaceTiles, .surfaceLogits, .surfaceResolve, .fade: return "quad.vert"
        case .surfaceTiled: return "surface_tiled.vert"
        case .points: return "points.vert"
        case .shapes: return "shapes.vert"
        case .text: return "text.vert"
        }
    }

    public var fragmentFile: String {
        switch self {
        case .surfaceTiles: return "surface_tiles.frag"
        case .surfaceTiled: return "surface_tiled.frag"
        case .surfaceLogits: return "surface_logits.frag"
        case .surfaceResolve: return "surface_resolve.frag"
        case .points: return "points.frag"
        case .shapes: return "shapes.frag"
        case .text: return "text.frag"
        case .fade: return "fade.frag"
        }
    }
}
