// One whole frame for the current view: the decision surface (or a hovered neuron's map) with
// the points and the neuron planes, the circuit, the waveforms, the field, the loss panel and
// the HUD, laid out for the target's size.

import Foundation
import Learning

/// Draws a training snapshot. Create, draw and release on the GL thread only.
///
/// The interaction layer steers it through `view`, `focusPoint`, `highlightedNeuron`,
/// `pinnedNeuron` and `showsNeuronPlanes`, and finds neurons under the mouse with
/// `neuron(atPixel:)`.
public final class SceneRenderer {
    public let library: ShaderLibrary
    public let surface: SurfaceRenderer
    public let points: PointsRenderer
    public let loss = LossCurveRenderer()
    public let shapes: ShapeRenderer
    public let circuit: CircuitRenderer
    public let waveforms: WaveformRenderer
    public let field: FieldRenderer
    public let neuronMap: NeuronMapRenderer
    public let planes: NeuronPlanesRenderer
    public let bloom: BloomRenderer
    /// Nil when no font could be loaded: the picture is drawn without words, and the log
    /// says why once.
    public let hud: HUDRenderer?
    private let text: TextRenderer?
    private let weights = NetworkWeights()
    public var palette = Palette.dark
    /// Whether the surface draws the decision boundary's contour line.
    public var showsContour = true
    /// Moves the whole picture by a few pixels, slowly, against burn-in on screens left on.
    public var drift = SIMD2<Int>.zero
    /// The layout of the latest frame.
    public private(set) var layout = SceneLayout(width: 1280, height: 720)

    /// What the frame shows.
    public var view = SceneView.all
    /// A plot-space point (hovered or dragged) whose own forward pass the circuit's pulses
    /// and glow show; nil shows the means over the last batch.
    public var focusPoint: SIMD2<Float>?
    /// The neuron under the mouse: highlighted in the circuit, its incoming weights listed,
    /// its activation map on the plot instead of the decision surface.
    public var highlightedNeuron: NeuronID?
    /// A neuron kept highlighted after a click; wins over `highlightedNeuron`.
    public var pinnedNeuron: NeuronID?
    /// Draws each first-layer neuron's line w·x + b = 0 over the surface.
    public var showsNeuronPlanes = false
    /// The layer whose neurons the waveforms show (1 = first hidden).
    public var waveLayer = 1
    /// The training-paced clock of the circuit's pulses.
    public private(set) var pace = TrainingPace()

    public init(library: ShaderLibrary) {
        self.library = library
        surface = SurfaceRenderer(library: library, weights: weights)
        points = PointsRenderer(library: library)
        shapes = ShapeRenderer(library: library)
        circuit = CircuitRenderer(library: library, weights: weights)
        waveforms = WaveformRenderer(library: library, weights: weights)
        field = FieldRenderer(library: library, weights: weights)
        neuronMap = NeuronMapRenderer(library: library, weights: weights)
        planes = NeuronPlanesRenderer(library: library, weights: weights)
        bloom = BloomRenderer(library: library)
        do {
            let text = try TextRenderer(library: library)
            self.text = text
            hud = HUDRenderer(text: text)
        } catch {
            text = nil
            hud = nil
            Log.error("text", "\(error); drawing without text")
        }
    }

    /// Moves to the next view (all → surface → circuit → waves → field → all).
    public func cycleView() {
        view = view.next
    }

    /// The neuron whose circuit pad is under `pixel` in the latest frame (framebuffer pixels,
    /// origin bottom left, as PixelRect), or nil. Main thread, between draws.
    public func neuron(atPixel pixel: SIMD2<Float>) -> NeuronID? {
        guard !layout.circuit.isEmpty, let geometry = circuit.layout,
              layout.circuit.contains(x: Int(pixel.x), y: Int(pixel.y)) else { return nil }
        return geometry.neuron(atPixel: pixel)
    }

    /// The neuron singled out this frame: the pinned one, else the hovered one.
    public var shownNeuron: NeuronID? { pinnedNeuron ?? highlightedNeuron }

    /// Draws `snapshot` into `target`, leaving it bound with blending on.
    /// `contentScale` is the window's pixels per screen point (1 offscreen); `figures` are the
    /// HUD's numbers (by default the snapshot's, with no frame rate); `now` is monotonic
    /// seconds: it drives every animation, so the look does not depend on the frame rate.
    public func draw(_ snapshot: TrainingSnapshot, target: RenderTarget, contentScale: Float = 1,
                     figures: SceneFigures? = nil, now: Double = 0) throws(GLError) {
        let size = target.size
        let hudMode = hud?.mode ?? .full
        if layout.size != size || layout.uiScale < contentScale || layout.view != view
            || layout.hudMode != hudMode || layout.offset != drift {
            layout = SceneLayout(width: size.width, height: size.height,
                                 contentScale: contentScale, view: view, hudMode: hudMode)
                .shifted(by: drift)
        }
        pace.advance(to: now, stepsPerSecond: snapshot.stepsPerSecond,
                     isPaused: snapshot.isPaused)
        weights.update(snapshot.network)
        let neuron = validNeuron(shownNeuron, in: snapshot.network.shape)
        target.bind()
        GL.clear(palette.background)

        try drawPlot(snapshot, target: target, neuron: neuron)
        if !layout.circuit.isEmpty {
            try circuit.draw(snapshot, panel: layout.circuit, uiScale: layout.uiScale,
                             target: target, bloom: bloom, palette: palette, time: now,
                             phase: pace.phase, focus: focusPoint, highlight: neuron)
        }
        if !layout.waves.isEmpty {
            try waveforms.draw(snapshot, layer: waveLayer, panel: layout.waves,
                               uiScale: layout.uiScale, target: target, bloom: bloom,
                               palette: palette, time: now)
        }
        if !layout.field.isEmpty {
            try field.draw(snapshot, panel: layout.field, target: target, bloom: bloom,
                           palette: palette, time: now)
        }
        target.bind()

        // Frames and the loss panel, in one batch of shapes.
        let frameWidth = max(1, layout.uiScale)
        for panel in [layout.plot, layout.circuit, layout.waves] where !panel.isEmpty {
            frame(panel, width: frameWidth)
        }
        if !layout.lossPanel.isEmpty {
            loss.draw(snapshot.lossHistory, layout: layout, palette: palette, shapes: shapes)
        }
        if view == .all { queueWavePath(time: now) }
        shapes.flush(size: size)

        // The HUD belongs to the default view; an installation's caption shows in every view.
        if view == .all || hud?.mode == .caption {
            let shown = figures ?? SceneFigures(snapshot: snapshot, framesPerSecond: 0,
                                                surfaceMethod: surface.method.rawValue,
                                                shaderError: library.errorMessage)
            hud?.draw(shown, axes: loss.axes, layout: layout, palette: palette, now: now)
        }
        if let text {
            SceneCaptions(text: text, layout: layout, palette: palette)
                .draw(snapshot, circuit: circuit, waves: waveforms, waveLayer: waveLayer,
                      neuron: neuron, planes: showsNeuronPlanes)
        }
    }

    /// The plot: the surface, or the shown neuron's map; the planes; the points.
    private func drawPlot(_ snapshot: TrainingSnapshot, target: RenderTarget,
                          neuron: NeuronID?) throws(GLError) {
        guard !layout.plot.isEmpty else { return }
        surface.setNetwork(snapshot.network)
        if let neuron, neuron.layer > 0 {
            let means = snapshot.neuronStatistics.meanActivation
            let typical = means.indices.contains(neuron.layer - 1)
                ? (means[neuron.layer - 1].map(abs).max() ?? 1) : 1
            try neuronMap.draw(neuron, plot: layout.plot, target: target,
                               gain: 1 / max(typical, 0.05), palette: palette)
        } else {
            surface.contourWidth = showsContour ? 1.5 * layout.uiScale : 0
            try surface.draw(in: layout.plot, target: target, palette: palette)
        }
        target.bind()
        if showsNeuronPlanes {
            let firstLayer = neuron?.layer == 1 ? neuron?.index : nil
            planes.draw(plot: layout.plot, uiScale: layout.uiScale, highlight: firstLayer)
            target.bind()
        }
        points.draw(snapshot.dataset.points, layout: layout, palette: palette)
    }

    /// The waveforms' circle on the plot, faint, with a brighter mark where the ridges start.
    private func queueWavePath(time: Double) {
        let angle = waveforms.pathAngle(time: time)
        let radius = waveforms.radius
        let scale = layout.uiScale
        var previous = layout.pixel(forPlot: SIMD2(radius * cos(angle), radius * sin(angle)))
        for step in 1...64 {
            let a = angle + Float(step) / 64 * 2 * .pi
            let next = layout.pixel(forPlot: SIMD2(radius * cos(a), radius * sin(a)))
            shapes.segment(previous, next, width: 1 * scale, colour: SIMD4(0.8, 0.85, 1, 0.22))
            previous = next
        }
        let start = layout.pixel(forPlot: SIMD2(radius * cos(angle), radius * sin(angle)))
        shapes.segment(start, start, width: 7 * scale, colour: SIMD4(0.9, 0.92, 1, 0.85))
    }

    /// Queues a thin frame around `rect`.
    private func frame(_ rect: PixelRect, width: Float) {
        let low = SIMD2(Float(rect.x), Float(rect.y))
        let high = SIMD2(Float(rect.maxX), Float(rect.maxY))
        let colour = palette.panelBorder
        shapes.segment(low, SIMD2(high.x, low.y), width: width, colour: colour)
        shapes.segment(SIMD2(high.x, low.y), high, width: width, colour: colour)
        shapes.segment(high, SIMD2(low.x, high.y), width: width, colour: colour)
        shapes.segment(SIMD2(low.x, high.y), low, width: width, colour: colour)
    }

    /// `neuron` if it exists in `shape` (a reset may have changed the architecture).
    private func validNeuron(_ neuron: NeuronID?, in shape: NetworkShape) -> NeuronID? {
        guard let neuron, shape.layerSizes.indices.contains(neuron.layer),
              (0..<shape.layerSizes[neuron.layer]).contains(neuron.index) else { return nil }
        return neuron
    }
}
