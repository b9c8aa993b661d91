// Every neuron's activation at a set of points of the input plane, computed on the GPU one
// layer at a time: each layer is a matrix product over the previous layer's stored outputs,
// so a deep net costs its multiply-adds once per point rather than once per neuron and point.
// The thumbnails, the hovered neuron's map and the waveforms all read these values.

import Learning

/// The points an evaluator samples, in plot space [-1, 1]².
public enum EvaluationPoints: Sendable, Equatable {
    /// A `size` x `size` grid from corner to corner; point `i + j * size` is at
    /// (-1 + 2i / (size - 1), -1 + 2j / (size - 1)).
    case grid(size: Int)
    /// `count` points evenly around a circle, the first at `angle` radians, counter-clockwise.
    case circle(count: Int, centre: SIMD2<Float>, radius: Float, angle: Float)

    public var count: Int {
        switch self {
        case .grid(let size): return size * size
        case .circle(let count, _, _, _): return count
        }
    }
}

/// Evaluates a network at `points` into float textures. GL thread only.
///
/// Texture layout (Shaders/evaluate_layer.frag writes it, Shaders/neuron_values.glsl reads
/// it): column = point index; layer `l` owns rows `rowBase[l] ..< rowBase[l] + (n_l + 4) / 4`,
/// four neurons to a texel, with a trailing 1 after the last neuron (the bias input of the next
/// layer). Layers alternate between two textures, because a pass cannot read the texture it
/// writes: layer `l` is in `textures[l % 2]`.
public final class NeuronEvaluator {
    public private(set) var points: EvaluationPoints
    /// First row of each layer (0 = inputs) in its texture.
    public private(set) var rowBase: [Int32] = []
    /// The deepest layer evaluated by the latest `evaluate`.
    public private(set) var evaluatedLayer = -1
    private var targets: [Framebuffer] = []
    private var evaluatedShape: NetworkShape?
    private var rowCount = 0
    private let library: ShaderLibrary
    private let quad = EmptyVertexArray()

    public init(library: ShaderLibrary, points: EvaluationPoints) {
        self.library = library
        self.points = points
    }

    /// The two textures, even layers first; empty before the first `evaluate`.
    public private(set) var textures: [Texture] = []

    /// Binds the values for Shaders/neuron_values.glsl: the two textures to units 0 and 1,
    /// the row bases, and `grid`, the side of the grid the points were laid out on.
    public func bindValues(to program: ShaderProgram, grid: Int) {
        program.bind(textures[0], unit: 0, to: "uValuesEven")
        program.bind(textures[1], unit: 1, to: "uValuesOdd")
        program.set("uValueRowBase", rowBase)
        program.set("uValueGrid", grid)
    }

    /// Evaluates layers 0 through `lastLayer` of the network in `weights` at `points`, and
    /// leaves no framebuffer bound (the caller rebinds its target).
    public func evaluate(_ weights: NetworkWeights, points: EvaluationPoints,
                         through lastLayer: Int) throws(GLError) {
        guard let shape = weights.shape else { return }
        self.points = points
        let sizes = shape.layerSizes
        let last = min(lastLayer, shape.layerCount)

        // Row bases change only with the shape; a steady frame reuses them.
        if rowBase.count != sizes.count || shape != evaluatedShape {
            var rows = 0
            rowBase.removeAll(keepingCapacity: true)
            for size in sizes {
                rowBase.append(Int32(rows))
                rows += (size + 4) / 4
            }
            rowCount = rows
            evaluatedShape = shape
        }
        try prepareTargets(width: points.count, height: rowCount)

        GL.setBlending(false)
        let program = library[.evaluateLayer]
        program.use()
        setPointUniforms(program, points)
        program.bind(weights.texture, unit: 0, to: "uWeights")
        for layer in 0...last {
            let target = targets[layer % 2]
            target.bind()
            GL.setViewport(PixelRect(x: 0, y: Int(rowBase[layer]), width: points.count,
                                     height: (sizes[layer] + 4) / 4))
            if layer > 0 {
                program.bind(targets[(layer - 1) % 2].attachments[0], unit: 1, to: "uPrevious")
                program.set("uRowOffset", Int(weights.rowOffsets[layer - 1]))
                program.set("uInputs", sizes[layer - 1])
                program.set("uPreviousBase", Int(rowBase[layer - 1]))
                let activation = shape.activation(afterLayer: layer - 1)
                program.set("uActivation", Int(activation.map(NetworkTextures.code) ?? 4))
            }
            program.set("uLayer", layer)
            program.set("uOutputs", sizes[layer])
            program.set("uBase", Int(rowBase[layer]))
            quad.drawQuad()
        }
        Framebuffer.bindWindow()
        evaluatedLayer = last
    }

    /// Sets the point uniforms the evaluation and sampling shaders share.
    func setPointUniforms(_ program: ShaderProgram, _ points: EvaluationPoints) {
        switch points {
        case .grid(let size):
            program.set("uPointMode", 0)
            program.set("uGridSize", size)
        case .circle(let count, let centre, let radius, let angle):
            program.set("uPointMode", 1)
            program.set("uCircle", SIMD4(centre.x, centre.y, radius, angle))
            program.set("uPointCount", count)
        }
    }

    private func prepareTargets(width: Int, height: Int) throws(GLError) {
        if targets.isEmpty {
            for _ in 0..<2 {
                targets.append(try Framebuffer(width: width, height: height, format: .rgba32f))
            }
            textures = targets.map { $0.attachments[0] }
        } else {
            for target in targets { try target.resize(width: width, height: height) }
        }
    }
}
