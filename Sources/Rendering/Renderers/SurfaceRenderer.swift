// The decision surface: the network evaluated on the GPU for every pixel of the plot and
// coloured by class and confidence. Two paths, chosen from the network's shape:
//
// - Tiled (one hidden layer of relu, leaky relu or linear units), exact at full resolution.
//   A coarse pass finds, per 16x16 tile, the affine map the logits follow there and the few
//   units whose sign changes inside it. The CPU reads those counts back and sorts the tiles
//   (SurfaceTileSort); geometry stages then build one quad per tile whose corners carry the
//   affine logits and the changing units' inputs, which the rasterizer's interpolation
//   reproduces exactly, so each pixel only clamps a few inputs and weighs them. Each kind of
//   tile has its own straight-line program: plain tiles (one class on top all over, no
//   contour in reach) skip the colour search, busy tiles are split into quarters that re-check
//   their units, and only what is still busy takes the looping program.
// - Per pixel (deeper or smooth nets): the whole net per pixel into a float logits target,
//   optionally at reduced resolution, then coloured from bilinearly interpolated logits. Nets
//   small enough are written out for their shape in straight-line code (UnrolledNetwork);
//   larger ones loop over their layers.

import Learning

/// How the last tiled draw sorted its tiles.
public struct TileStatistics: Sendable {
    /// Mean sign-changing units per tile (of those whose list did not overflow).
    public var meanUnstable: Double
    /// Shares of tiles: plain (shaded without a search), split into quarters, and with more
    /// sign-changing units than their list holds.
    public var plainShare: Double
    public var busyShare: Double
    public var overflowShare: Double
}

/// Draws the decision surface of one network into a plot rectangle. GL thread only.
public final class SurfaceRenderer {
    public enum Method: String, Sendable {
        case tiled
        /// Per pixel, by the program written out for the net's shape.
        case unrolled
        /// Per pixel, by the program that loops over any net's layers.
        case perPixel = "per-pixel"
    }

    /// Pixels per tile side in the tiled path. Larger tiles mean fewer tiles but more units
    /// changing sign inside each; 16 keeps the mean near two for a trained 2-100-3 net.
    public static let tileSize = 16
    /// The most classes the surface colours (the palette's size, and the dataset limit).
    public static let maximumClasses = 8

    /// The per-pixel path's resolution relative to the plot (0.25...1); the tiled path is
    /// always exact at full resolution.
    public var resolutionScale: Float = 1
    /// The class-boundary contour's width in framebuffer pixels; 0 hides it.
    public var contourWidth: Float = 1.5
    /// Writes each pixel's top class (red = class / 255) instead of a colour: for agreement
    /// checks against the CPU.
    public var writesClassIndex = false

    /// Lets shallow piecewise-linear nets take the tiled path; off forces per-pixel (for the
    /// benchmark's comparison).
    public var allowsTiling = true
    /// Lets nets small enough take the unrolled per-pixel program; off forces the looping one
    /// (for the benchmark's comparison).
    public var allowsUnrolling = true
    /// The path the next draw takes. The first query for a new shape may build its unrolled
    /// program.
    public var method: Method {
        if allowsTiling && isShallowPiecewiseLinear { return .tiled }
        return allowsUnrolling && unrolledProgram != nil ? .unrolled : .perPixel
    }
    /// Whether the next draw evaluates the net per pixel, at `resolutionScale`.
    public var isPerPixel: Bool { method != .tiled }

    private var isShallowPiecewiseLinear = false
    private let library: ShaderLibrary
    private let quad = EmptyVertexArray()
    /// The per-pixel path's weights, shared with the circuit views' evaluators.
    private let weights: NetworkWeights
    private var tiles: Framebuffer?
    private var tileSort = SurfaceTileSort()
    private let plainTiles = InstanceBuffer(attributes: [1], perPoint: true)
    private let affineTiles = InstanceBuffer(attributes: [1], perPoint: true)
    private let calmTiles = InstanceBuffer(attributes: [1], perPoint: true)
    private let quarters = InstanceBuffer(attributes: [1], perPoint: true)
    private var logits: Framebuffer?

    private var shape: NetworkShape? { weights.shape }
    /// The weights' upload the hidden units below were taken from.
    private var unitsGeneration = -1
    private var units: HiddenUnits?
    /// The net's shape written out, when it is small enough.
    private var unrolled: UnrolledNetwork?
    /// The newest net, whose parameters the unrolled program reads in `unrolled`'s order;
    /// put in that order at the first unrolled draw after an upload, as tiled draws need none.
    private var network: Network?
    private var unrolledParameters: [SIMD4<Float>]?
    private var unrolledProgram: ShaderProgram? {
        unrolled.flatMap { library.unrolledSurface(for: $0.shape) }
    }

    /// `weights` is shared with other renderers, so a snapshot's weights go to the GPU once.
    public init(library: ShaderLibrary, weights: NetworkWeights = NetworkWeights()) {
        self.library = library
        self.weights = weights
    }

    /// Uploads `network`'s parameters if they differ from the last upload (here or by
    /// another renderer sharing the weights).
    public func setNetwork(_ network: Network) {
        precondition(network.shape.classCount <= Self.maximumClasses,
                     "\(network.shape.classCount) classes; the surface colours at most 8")
        weights.update(network)
        guard weights.generation != unitsGeneration else { return }
        unitsGeneration = weights.generation

        let hidden = network.shape.hiddenActivations
        isShallowPiecewiseLinear = hidden.count == 1
            && [.relu, .leakyRelu, .linear].contains(hidden[0])
        units = isShallowPiecewiseLinear ? NetworkTextures.units(network) : nil

        if unrolled?.shape != network.shape {
            unrolled = UnrolledNetwork(shape: network.shape,
                                       availableVectors: UnrolledNetwork.maximumParameterVectors)
        }
        self.network = network
        unrolledParameters = nil
    }

    /// Draws the surface over `rect` of `target`, which is left bound afterwards.
    /// `setNetwork` must have been called. Returns the per-pixel-equivalent network
    /// evaluations this draw stands for (plot pixels).
    @discardableResult
    public func draw(in rect: PixelRect, target: RenderTarget,
                     palette: Palette) throws(GLError) -> Int {
        guard let shape, !rect.isEmpty else { return 0 }
        GL.setBlending(false)
        if method == .tiled {
            try drawTiled(in: rect, target: target, shape: shape, palette: palette)
        } else {
            try drawPerPixel(in: rect, target: target, shape: shape, palette: palette)
        }
        return rect.width * rect.height
    }

    // MARK: Tiled path

    private func drawTiled(in rect: PixelRect, target: RenderTarget, shape: NetworkShape,
                           palette: Palette) throws(GLError) {
        let tileSize = Self.tileSize
        let grid = TileGrid(columns: (rect.width + tileSize - 1) / tileSize,
                            rows: (rect.height + tileSize - 1) / tileSize,
                            rectSize: SIMD2(Float(rect.width), Float(rect.height)))
        let tiles = try framebuffer(&self.tiles, width: grid.columns, height: grid.rows,
                                    count: 8)
        drawCoarsePass(into: tiles, grid: grid, shape: shape)
        sortTiles(tiles, grid: grid, shape: shape)

        // Each kind of tile by its own program: plain, affine and calm tiles whole, then the
        // busy tiles' quarters, calm ones by the straight-line program, the rest by the
        // looping one.
        target.bind(viewport: rect)
        let draws: [(ProgramID, InstanceBuffer, busy: Bool)] = [
            (.surfacePlain, plainTiles, false), (.surfaceAffine, affineTiles, false),
            (.surfaceTiled, calmTiles, false), (.surfaceQuarter, quarters, false),
            (.surfaceBusy, quarters, true),
        ]
        for (id, points, busy) in draws where points.instanceCount > 0 {
            let program = library[id]
            program.use()
            bindTileData(tiles, to: program, grid: grid)
            program.set("uDirectUnits", Self.directUnits(classCount: shape.classCount))
            program.set("uBusyQuads", busy ? 1 : 0)
            setUnitUniforms(program, shape: shape)
            setColourUniforms(program, shape: shape, palette: palette)
            points.drawPoints()
        }
    }

    /// The plot's tiles: how many, over how many pixels.
    private struct TileGrid {
        var columns: Int
        var rows: Int
        var rectSize: SIMD2<Float>
        /// plot = pixel * xy + zw, pixels from the plot's corner.
        var pixelToPlot: SIMD4<Float> { SIMD4(2 / rectSize.x, 2 / rectSize.y, -1, -1) }
    }

    /// One fragment per tile: its affine logits, its sign-changing units, whether it is plain.
    private func drawCoarsePass(into tiles: Framebuffer, grid: TileGrid, shape: NetworkShape) {
        tiles.bind()
        let coarse = library[.surfaceTiles]
        coarse.use()
        setUnitUniforms(coarse, shape: shape)
        coarse.set("uPixelToPlot", grid.pixelToPlot)
        coarse.set("uTileSize", Float(Self.tileSize))
        coarse.set("uClassCount", shape.classCount)
        coarse.set("uContourWidth", contourWidth)
        quad.drawQuad()
    }

    /// Reads the coarse pass's unit counts back and fills each draw's list of points.
    private func sortTiles(_ tiles: Framebuffer, grid: TileGrid, shape: NetworkShape) {
        tileSort.sort(lists: tiles.readFloats(attachment: 6), tileCount: grid.columns * grid.rows,
                      directUnits: Self.directUnits(classCount: shape.classCount))
        plainTiles.upload(tileSort.plainTiles)
        affineTiles.upload(tileSort.affineTiles)
        calmTiles.upload(tileSort.calmTiles)
        quarters.upload(tileSort.quarters)
    }

    private func bindTileData(_ tiles: Framebuffer, to program: ShaderProgram, grid: TileGrid) {
        for (index, texture) in tiles.attachments.enumerated() {
            texture.bind(unit: index)
        }
        program.set("uTileData", (0..<tiles.attachments.count).map { Int32($0) })
        program.set("uTileCount", SIMD2(Int32(grid.columns), Int32(grid.rows)))
        program.set("uRectSize", grid.rectSize)
        program.set("uPixelToPlot", grid.pixelToPlot)
        program.set("uTileSize", Float(Self.tileSize))
    }

    /// The sign-changing units a quad carries to its pixels directly: the fragment stage's
    /// two mat4 inputs hold eight units' weights for up to four classes, four for more.
    private static func directUnits(classCount: Int) -> Int {
        classCount > 4 ? 4 : 8
    }

    private func setUnitUniforms(_ program: ShaderProgram, shape: NetworkShape) {
        guard let units else { return }
        program.set("uUnitInput", units.input)
        program.set("uUnitOutput", units.output)
        program.set("uUnitOutputHigh", units.outputHigh)
        program.set("uOutputBias", units.outputBias)
        program.set("uHiddenCount", shape.layerSizes[1])
        program.set("uNegativeSlope", negativeSlope(shape.hiddenActivations[0]))
    }

    private func negativeSlope(_ activation: Activation) -> Float {
        switch activation {
        case .leakyRelu: return Activation.leakySlope
        case .linear: return 1
        default: return 0
        }
    }

    /// After a tiled draw, for the benchmark's report: how the tiles were sorted.
    public func tileStatistics() -> TileStatistics? {
        guard method == .tiled else { return nil }
        return TileStatistics(meanUnstable: tileSort.meanUnstable,
                              plainShare: tileSort.plainShare, busyShare: tileSort.busyShare,
                              overflowShare: tileSort.overflowShare)
    }

    // MARK: Per-pixel path

    // TODO(rendering): on llvmpipe at 1080p the per-pixel paths stay far below the tiled one:
    // a 2-16-16-3 net unrolled draws about 2.7 frames/s, looping 0.6, and nets past
    // UnrolledNetwork's limit (2-32-32-3 and wider) loop, as larger unrolled code takes
    // llvmpipe seconds to compile. Dynamic resolution keeps the window usable meanwhile.
    // Missing for deeper relu nets: the tiled idea with interval bounds per tile (a tile where
    // no unit of any layer changes sign is one affine map). Smooth nets (tanh, sigmoid) have
    // no such exact shortcut and stay per pixel.

    private func drawPerPixel(in rect: PixelRect, target: RenderTarget, shape: NetworkShape,
                              palette: Palette) throws(GLError) {
        let scale = min(max(resolutionScale, 0.25), 1)
        let width = max(Int((Float(rect.width) * scale).rounded(.up)), 1)
        let height = max(Int((Float(rect.height) * scale).rounded(.up)), 1)
        let logits = try framebuffer(&self.logits, width: width, height: height, count: 2,
                                     linear: true)

        logits.bind()
        let evaluate: ShaderProgram
        if method == .unrolled, let program = unrolledProgram, let unrolled, let network {
            let parameters = unrolledParameters ?? unrolled.parameters(network)
            unrolledParameters = parameters
            evaluate = program
            evaluate.use()
            evaluate.set("uParameters", parameters)
        } else {
            evaluate = library[.surfaceLogits]
            evaluate.use()
            setNetworkUniforms(evaluate, shape: shape, weightsUnit: 0)
        }
        evaluate.set("uPixelToPlot", SIMD4(2 / Float(width), 2 / Float(height), -1, -1))
        evaluate.set("uOrigin", SIMD2<Float>(0, 0))
        quad.drawQuad()

        target.bind(viewport: rect)
        let resolve = library[.surfaceResolve]
        resolve.use()
        resolve.bind(logits.attachments[0], unit: 0, to: "uLogitsLow")
        resolve.bind(logits.attachments[1], unit: 1, to: "uLogitsHigh")
        resolve.set("uRect", rect.vector)
        setColourUniforms(resolve, shape: shape, palette: palette)
        quad.drawQuad()
    }

    // MARK: Shared

    private func setNetworkUniforms(_ program: ShaderProgram, shape: NetworkShape,
                                    weightsUnit: Int) {
        program.bind(weights.texture, unit: weightsUnit, to: "uWeights")
        program.set("uLayerCount", shape.layerCount)
        program.set("uLayerSizes", shape.layerSizes.map { Int32($0) })
        program.set("uRowOffsets", weights.rowOffsets)
        if !shape.hiddenActivations.isEmpty {
            program.set("uActivations", shape.hiddenActivations.map(NetworkTextures.code))
        }
    }

    private func setColourUniforms(_ program: ShaderProgram, shape: NetworkShape,
                                   palette: Palette) {
        program.set("uClassColours", Array(palette.surfaceClasses.prefix(Self.maximumClasses)))
        program.set("uBaseColour", palette.surfaceBase)
        program.set("uContourWidth", contourWidth)
        program.set("uClassCount", shape.classCount)
        program.set("uWriteClass", writesClassIndex ? 1 : 0)
    }

    /// `slot`'s framebuffer, made or resized to `width` x `height`.
    private func framebuffer(_ slot: inout Framebuffer?, width: Int, height: Int, count: Int,
                             linear: Bool = false) throws(GLError) -> Framebuffer {
        if let existing = slot {
            try existing.resize(width: width, height: height)
            return existing
        }
        let made = try Framebuffer(width: width, height: height, format: .rgba32f, count: count,
                                   linear: linear)
        slot = made
        return made
    }
}
