// The per-frame work of the live window: read input, draw the newest snapshot with the
// interface's overlays, present, and measure how long edits took to appear.

import Foundation
import Learning
import Rendering

/// The live window's loop and the interface state it carries between frames. Main thread only.
struct RenderLoop {
    /// A short message on screen after a change: what a key did, or why a load failed.
    struct Notice {
        var text: String
        var shownAt: Double
        var isError: Bool
    }

    let window: GLWindow
    let library: ShaderLibrary
    let trainer: Trainer
    let options: Options
    let scene: SceneRenderer
    let quit: QuitRequest
    var clock = FrameClock()
    var resolution = DynamicResolution()
    /// Installation mode, configuration reloads and service reports (Installation/).
    var operation: LiveOperation?
    private var nextReport = 0.0
    private var lastNotice = 0

    // Interaction
    var editor = PointEditor()
    var latency = EditLatency()
    var notice: Notice?
    var showsHelp = false
    /// The generated dataset on screen, for N and D; nil while the points came from a file.
    var generated: DatasetSpec?
    /// The latest cursor position not yet given to the editor, and when the earliest event
    /// folded into it arrived (cursor events are coalesced to one move per frame).
    var pendingCursor: (position: SIMD2<Double>, since: Double)?
    /// The drag that ended, waiting for its last move to be drawn before its trace summary.
    var finishedDrag: PointID?
    var dragLatencies: [Double] = []
    /// Frames drawn so far; moves remember the frame that sent them.
    var frameIndex = 0
    /// The geometry last written to the trace, so it is written again only when it changes.
    private var tracedGeometry = ""

    // Recording and sessions
    /// The recording in progress, if any.
    var recording: LiveRecording?
    /// Set by the screenshot key; the next frame is saved once drawn.
    var screenshotRequested = false
    /// When the first frame was drawn: the session log's clock.
    var startTime = GLWindow.time
    /// Where every command sent to the trainer is logged, if anywhere.
    var session: SessionRecorder?
    /// A session being replayed.
    var player: ScriptPlayer?

    init(window: GLWindow, library: ShaderLibrary, trainer: Trainer, options: Options,
         quit: QuitRequest) {
        self.window = window
        self.library = library
        self.trainer = trainer
        self.options = options
        self.quit = quit
        scene = SceneRenderer(library: library)
        scene.loss.isLogarithmic = options.logarithmicLoss
        generated = options.scene.dataFile == nil ? options.scene.datasetSpec : nil
    }

    mutating func run() throws {
        nextReport = GLWindow.time + 5
        startTime = GLWindow.time
        show(viewState)  // the session log starts from what is on screen
        while !window.shouldClose && !quit.isRequested {
            window.pollEvents()
            handleInput(window.takeEvents())
            playScript()
            if options.watchShaders { library.reloadChanged() }

            var snapshot = trainer.latestSnapshot()
            if !latency.pending.isEmpty { snapshot = awaitMove(from: snapshot) }
            if let operation {
                let visible = try operation.beginFrame(now: GLWindow.time, snapshot: snapshot)
                operation.takeCommands().forEach { send($0) }
                if !visible { continue }
                snapshot = operation.displayed(snapshot, now: GLWindow.time)
            }
            // No hover ring under a pointer the installation has hidden.
            scene.points.highlighted = operation?.isCursorHidden == true ? nil
                : editor.highlighted
            let figures = SceneFigures(snapshot: snapshot, framesPerSecond: clock.framesPerSecond,
                                       surfaceMethod: scene.surface.method.rawValue,
                                       shaderError: library.errorMessage)
            let size = window.framebufferSize
            if size.width > 0 && size.height > 0 {
                let target = RenderTarget.window(width: size.width, height: size.height)
                try scene.draw(snapshot, target: target, contentScale: window.contentScale,
                               figures: figures, now: GLWindow.time)
                drawOverlays(now: GLWindow.time)
                operation?.endDraw(target: target, now: GLWindow.time)
                captureFrame(target, at: GLWindow.time)
                try GL.checkError("drawing a frame")
            }
            window.swapBuffers()

            let now = GLWindow.time
            measureLatency(snapshot, frameTime: now)
            frameIndex += 1
            if options.trace { traceGeometry(snapshot) }
            clock.tick(at: now)
            adjustResolution(at: now)
            report(snapshot, at: now)
            operation?.endFrame(now: now, snapshot: snapshot)
        }
        logLatencySummary()
    }

    private func drawOverlays(now: Double) {
        guard let hud = scene.hud else { return }
        if showsHelp {
            hud.drawHelp(title: "Neurolume keys", rows: KeyMap.help,
                         footer: "letters follow the keyboard layout; digits and Space, "
                             + "Tab, Esc, Del follow key positions",
                         layout: scene.layout, palette: scene.palette, shapes: scene.shapes)
        }
        if let notice {
            hud.drawNotice(notice.text, age: now - notice.shownAt,
                           duration: notice.isError ? 6 : 2.5, isError: notice.isError,
                           layout: scene.layout, palette: scene.palette, shapes: scene.shapes)
        }
    }

    /// Shows `text` on screen for a moment and logs it.
    mutating func say(_ text: String, isError: Bool = false) {
        notice = Notice(text: text, shownAt: GLWindow.time, isError: isError)
        if isError {
            Log.warn("input", text)
        } else {
            Log.debug("input", text)
        }
    }

    // MARK: Latency

    /// Times the moves this frame's snapshot contains; traces each, and each finished drag.
    private mutating func measureLatency(_ snapshot: TrainingSnapshot, frameTime: Double) {
        let measured = latency.frameDrawn(frameIndex, snapshotPoints: snapshot.dataset.points,
                                          at: frameTime)
        for move in measured {
            dragLatencies.append(move.seconds)
            // Frame 1 is the frame that read the event from the window system.
            Log.debug("trace", String(format: "move point %d to (%.4f, %.4f): %.1f ms to first "
                                      + "frame, frame %d after the event", move.id,
                                      move.position.x, move.position.y, move.seconds * 1000,
                                      move.frames))
        }
        guard let id = finishedDrag, latency.pending.isEmpty else { return }
        finishedDrag = nil
        if let summary = EditLatency.summary(dragLatencies) {
            Log.debug("trace", String(format: "drag of point %d: %d moves, median %.1f ms, "
                                      + "worst %.1f ms; ", id, dragLatencies.count,
                                      summary.median * 1000, summary.worst * 1000)
                      + budgetText(snapshot))
        }
        dragLatencies.removeAll()
    }

    /// A move sent this frame reaches a snapshot within one training step (the trainer wakes
    /// on a command, finishes the step under way and publishes). Waiting that long, and no
    /// longer, draws the move in this frame instead of the next: a frame sooner for a step's
    /// wait. Without a move in flight the loop never waits for training.
    private func awaitMove(from snapshot: TrainingSnapshot) -> TrainingSnapshot {
        let step = options.scene.stepRate > 0 ? 1 / options.scene.stepRate
            : 1 / max(snapshot.stepsPerSecond, 100)
        let deadline = GLWindow.time + min(max(1.5 * step, 0.002), 0.010)
        var newest = snapshot
        while !latency.newestIsDrawable(in: newest.dataset.points) && GLWindow.time < deadline {
            usleep(200)
            newest = trainer.latestSnapshot()
        }
        return newest
    }

    /// The bound: two frames plus one training step, at the rates measured now.
    private func budgetText(_ snapshot: TrainingSnapshot) -> String {
        let step = options.scene.stepRate > 0 ? 1 / options.scene.stepRate
            : 1 / max(snapshot.stepsPerSecond, 1)
        let budget = 2 * clock.frameSeconds + step
        return String(format: "budget 2 frames + 1 step = %.1f ms (frame %.1f ms)",
                      budget * 1000, clock.frameSeconds * 1000)
    }

    private func logLatencySummary() {
        guard let summary = EditLatency.summary(latency.all) else { return }
        let frames = latency.frameCounts.enumerated().dropFirst().filter { $0.element > 0 }
            .map { "\($0.element) in frame \($0.offset)" }.joined(separator: ", ")
        Log.info("input", "moves drawn by the frame that read them or later: \(frames)")
        Log.info("input", String(format: "%d moves drawn; mouse move to first frame: median "
                                 + "%.1f ms, 95th percentile %.1f ms, worst %.1f ms; ",
                                 latency.all.count, summary.median * 1000, summary.p95 * 1000,
                                 summary.worst * 1000)
                 + budgetText(trainer.latestSnapshot()))
    }

    /// For the end-to-end test: where the window and the plot are, and where each point is
    /// on screen, whenever that changes.
    private mutating func traceGeometry(_ snapshot: TrainingSnapshot) {
        let position = window.position
        let points = window.windowSize
        let pixels = window.framebufferSize
        let geometry = "window at \(position.x),\(position.y) size \(points.width)x"
            + "\(points.height) framebuffer \(pixels.width)x\(pixels.height) "
            + "plot \(scene.layout.plot)"
        guard geometry != tracedGeometry else { return }
        tracedGeometry = geometry
        Log.debug("trace", geometry)
        let mapping = PlotMapping(plot: scene.layout.plot, framebuffer: scene.layout.size,
                                  window: points)
        for point in snapshot.dataset.points {
            let cursor = mapping.cursor(forPlot: point.position)
            Log.debug("trace", String(format: "point %d class %d at window %.1f,%.1f "
                                      + "plot %.4f,%.4f", point.id, point.label, cursor.x,
                                      cursor.y, point.position.x, point.position.y))
        }
    }

    // MARK: Rendering upkeep

    /// Only the per-pixel surface paths trade resolution for speed; the tiled one is exact.
    private mutating func adjustResolution(at time: Double) {
        guard scene.surface.isPerPixel,
              resolution.update(framesPerSecond: clock.framesPerSecond, time: time) else { return }
        scene.surface.resolutionScale = resolution.scale
        Log.debug("render", "surface resolution scale \(resolution.scale)")
    }

    /// A status line every five seconds, and the trainer's notices as they come.
    private mutating func report(_ snapshot: TrainingSnapshot, at time: Double) {
        if let notice = snapshot.notice, notice.sequence != lastNotice {
            lastNotice = notice.sequence
            if notice.isWarning {
                Log.warn("train", notice.message)
            } else {
                Log.info("train", notice.message)
            }
        }
        // An installation's log stays quiet: the health line reports every few minutes.
        guard time >= nextReport, operation?.stage == nil else { return }
        nextReport = time + 5
        let evaluation = snapshot.evaluation
        Log.info("train", String(format: "step %d, loss %.4f, accuracy %.3f, %.0f steps/s, "
                                 + "%.1f frames/s", snapshot.step, evaluation.trainLoss,
                                 evaluation.trainAccuracy, snapshot.stepsPerSecond,
                                 clock.framesPerSecond))
    }
}
