// The catalogue of GLSL programs: which stage files each one links.

/// Every program the renderers use, with its stage files in `Shaders/`.
public enum ProgramID: String, CaseIterable, Sendable {
    case surfaceTiles
    case surfacePlain
    case surfaceAffine
    case surfaceTiled
    case surfaceQuarter
    case surfaceBusy
    case surfaceLogits
    case surfaceResolve
    case points
    case shapes
    case text
    case evaluateLayer
    case bloomDown
    case bloomComposite
    case circuitTrace
    case circuitPad
    case neuronMap
    case neuronPlanes
    case waveform
    case field
    case fade

    public var vertexFile: String {
        switch self {
        case .surfaceTiles, .surfaceLogits, .surfaceResolve, .fade: return "quad.vert"
        case .surfacePlain, .surfaceAffine, .surfaceTiled, .surfaceQuarter, .surfaceBusy:
            return "surface_tile.vert"
        case .evaluateLayer, .bloomDown, .bloomComposite, .neuronMap, .neuronPlanes, .field:
            return "quad.vert"
        case .circuitTrace: return "circuit_trace.vert"
        case .circuitPad: return "circuit_pad.vert"
        case .waveform: return "waveform.vert"
        case .points: return "points.vert"
        case .shapes: return "shapes.vert"
        case .text: return "text.vert"
        }
    }

    /// The geometry stage, for the programs that build their primitives there.
    public var geometryFile: String? {
        switch self {
        case .surfacePlain, .surfaceAffine: return "surface_affine.geom"
        case .surfaceTiled: return "surface_tile.geom"
        case .surfaceQuarter, .surfaceBusy: return "surface_quarter.geom"
        default: return nil
        }
    }

    public var fragmentFile: String {
        switch self {
        case .surfaceTiles: return "surface_tiles.frag"
        case .surfacePlain: return "surface_plain.frag"
        case .surfaceAffine: return "surface_affine.frag"
        case .surfaceTiled, .surfaceQuarter: return "surface_tiled.frag"
        case .surfaceBusy: return "surface_busy.frag"
        case .surfaceLogits: return "surface_logits.frag"
        case .surfaceResolve: return "surface_resolve.frag"
        case .points: return "points.frag"
        case .shapes: return "shapes.frag"
        case .text: return "text.frag"
        case .evaluateLayer: return "evaluate_layer.frag"
        case .bloomDown: return "bloom_down.frag"
        case .bloomComposite: return "bloom_composite.frag"
        case .circuitTrace: return "circuit_trace.frag"
        case .circuitPad: return "circuit_pad.frag"
        case .neuronMap: return "neuron_map.frag"
        case .neuronPlanes: return "neuron_planes.frag"
        case .waveform: return "waveform.frag"
        case .field: return "field.frag"
        case .fade: return "fade.frag"
        }
    }
}
