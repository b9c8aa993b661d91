// One whole frame: background, decision surface, points and the loss panel, laid out for the
// target's size. The HUD's text is drawn by the text system into `layout.hud` afterwards.

import Learning

/// Draws a training snapshot. Create, draw and release on the GL thread only.
public final class SceneRenderer {
    public let library: ShaderLibrary
    public let surface: SurfaceRenderer
    public let points: PointsRenderer
    public let loss = LossCurveRenderer()
    public let shapes: ShapeRenderer
    /// Nil when no font could be loaded: the picture is drawn without words, and the log
    /// says why once.
    public let hud: HUDRenderer?
    public var palette = Palette.dark
    /// Whether the surface draws the decision boundary's contour line.
    public var showsContour = true
    /// Moves the whole picture by a few pixels, slowly, against burn-in on screens left on.
    public var drift = SIMD2<Int>.zero
    /// The layout of the latest frame.
    public private(set) var layout = SceneLayout(width: 1280, height: 720)

    public init(library: ShaderLibrary) {
        self.library = library
        surface = SurfaceRenderer(library: library)
        points = PointsRenderer(library: library)
        shapes = ShapeRenderer(library: library)
        do {
            hud = HUDRenderer(text: try TextRenderer(library: library))
        } catch {
            hud = nil
            Log.error("text", "\(error); drawing without text")
        }
    }

    /// Draws `snapshot` into `target`, leaving it bound with blending on.
    /// `contentScale` is the window's pixels per screen point (1 offscreen); `figures` are the
    /// HUD's numbers (by default the snapshot's, with no frame rate); `now` in seconds times
    /// the HUD's banners.
    public func draw(_ snapshot: TrainingSnapshot, target: RenderTarget, contentScale: Float = 1,
                     figures: SceneFigures? = nil, now: Double = 0) throws(GLError) {
        let size = target.size
        if layout.size != size || layout.uiScale < contentScale || layout.offset != drift {
            layout = SceneLayout(width: size.width, height: size.height,
                                 contentScale: contentScale).shifted(by: drift)
        }
        target.bind()
        GL.clear(palette.background)

        surface.setNetwork(snapshot.network)
        surface.contourWidth = showsContour ? 1.5 * layout.uiScale : 0
        try surface.draw(in: layout.plot, target: target, palette: palette)

        target.bind()
        points.draw(snapshot.dataset.points, layout: layout, palette: palette)

        // The plot's frame, then the loss panel, in one batch of shapes.
        let frameWidth = max(1, layout.uiScale)
        let plot = layout.plot
        let corners = [SIMD2(Float(plot.x), Float(plot.y)), SIMD2(Float(plot.maxX), Float(plot.y)),
                       SIMD2(Float(plot.maxX), Float(plot.maxY)),
                       SIMD2(Float(plot.x), Float(plot.maxY)), SIMD2(Float(plot.x), Float(plot.y))]
        shapes.polyline(corners, width: frameWidth, colour: palette.panelBorder)
        loss.draw(snapshot.lossHistory, layout: layout, palette: palette, shapes: shapes)
        shapes.flush(size: size)

        let shown = figures ?? SceneFigures(snapshot: snapshot, framesPerSecond: 0,
                                            surfaceMethod: surface.method.rawValue,
                                            shaderError: library.errorMessage)
        hud?.draw(shown, axes: loss.axes, layout: layout, palette: palette, now: now)
    }
}
