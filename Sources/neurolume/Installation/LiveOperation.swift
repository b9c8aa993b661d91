// What the live window does to run unattended: configuration reloads, the attract loop, the
// quit chord, a cursor that hides, a screen that comes back when its monitor does, no frames
// drawn for nobody, and the systemd and health reports. The render loop calls in three times
// a frame; everything else stays here.

import Foundation
import Learning
import Rendering

/// The installation and operation side of the live window. Main (render) thread only.
final class LiveOperation {
    private let window: GLWindow
    private let reloader: ConfigurationReloader
    private var options: Options
    /// The attract loop and its picture; nil outside installation mode.
    private(set) var stage: InstallationStage?
    private let scene: SceneRenderer
    private let library: ShaderLibrary
    private let notifier = ServiceNotifier()
    /// Scene commands waiting for the render loop to send (and log) them.
    private let outbox = CommandOutbox()
    private var health: HealthReport

    // Visitors and the cursor
    private var lastCursor = SIMD2<Double>(-1, -1)
    private var lastInputCount = 0
    private var lastMovement = 0.0
    /// Whether the pointer is hidden for stillness now.
    private(set) var isCursorHidden = false

    // The screen
    private var monitorChanges = GLWindow.monitorChangeCount
    /// False while every monitor is unplugged: the window is then on no screen at all.
    private var hasMonitor = true
    private var outOfSight = false
    private var framesDrawn = 0

    init(options: Options, reloader: ConfigurationReloader, window: GLWindow,
         scene: SceneRenderer, library: ShaderLibrary, now: Double) {
        self.options = options
        self.reloader = reloader
        self.window = window
        self.scene = scene
        self.library = library
        health = HealthReport(interval: options.operation.healthMinutes * 60, now: now)
        // The first scene is already on the trainer (LiveCommand starts it).
        if options.operation.isInstallation { stage = makeStage(now: now) }
        GLWindow.watchMonitors()
        if options.operation.coversMonitor { enterFullscreen() }
        reloader.listenForHangup()
    }

    /// Before drawing. Returns false when nobody can see the window (minimized, hidden, or no
    /// monitor connected): the frame is skipped and the loop sleeps a while in the window's
    /// event wait, while training goes on.
    func beginFrame(now: Double, snapshot: TrainingSnapshot) throws -> Bool {
        applyReload(now: now)
        watchVisitors(now: now)
        watchMonitors()

        guard !window.isOutOfSight && hasMonitor else {
            if !outOfSight { Log.info("window", "out of sight: drawing paused, training goes on") }
            outOfSight = true
            notifier?.keepAlive(now: now)
            // Four checks a second: soon enough to come back, cheap enough to go unnoticed.
            window.waitEvents(timeout: 0.25)
            return false
        }
        if outOfSight { Log.info("window", "back in sight: drawing") }
        outOfSight = false

        let size = window.framebufferSize
        if try stage?.prepare(now: now, snapshot: snapshot, size: size,
                              contentScale: window.contentScale) != nil {
            notifier?.send("STATUS=scene " + (stage?.show.sceneDescription ?? ""))
        }
        return true
    }

    /// What to draw of `snapshot`: mid-morph between scenes, an in-between network.
    func displayed(_ snapshot: TrainingSnapshot, now: Double) -> TrainingSnapshot {
        stage?.displayed(snapshot, now: now) ?? snapshot
    }

    /// The scene commands the attract loop issued this frame, for the render loop's `send`,
    /// which also writes them to the session log.
    func takeCommands() -> [TrainerCommand] {
        defer { outbox.commands.removeAll() }
        return outbox.commands
    }

    /// After the scene is drawn into `target`: the cross-fade, if one is running.
    func endDraw(target: RenderTarget, now: Double) {
        stage?.finish(target: target, now: now)
    }

    /// After the frame is shown: readiness, the watchdog and the health line.
    func endFrame(now: Double, snapshot: TrainingSnapshot) {
        framesDrawn += 1
        if framesDrawn == 1 {
            notifier?.send("READY=1\nSTATUS=" + (stage.map { "scene " + $0.show.sceneDescription }
                                                 ?? "running"))
        }
        notifier?.keepAlive(now: now)
        health.frame(at: now, snapshot: snapshot, scene: stage?.show.sceneDescription)
    }

    // MARK: - Steps

    /// Takes a configuration reloaded after SIGHUP: the log level now, installation mode and
    /// the covered monitor now, the scenes from the next scene on.
    private func applyReload(now: Double) {
        guard let reloaded = reloader.takeReload() else { return }
        let previous = options.operation
        options = reloaded
        Log.threshold = reloaded.logThreshold

        let operation = reloaded.operation
        if operation.isInstallation != (stage != nil) {
            switchInstallation(on: operation.isInstallation, now: now)
        }
        stage?.show.replaceSettings(reloaded.installation)
        if operation.coversMonitor != previous.coversMonitor
            || operation.monitor != previous.monitor {
            if operation.coversMonitor {
                enterFullscreen()
            } else {
                window.leaveFullScreen()
                Log.info("window", "back in a window")
            }
        }
    }

    /// Starts the attract loop from its first scene, or stops it and gives the window back
    /// its full HUD, colours, layout and pointer; the scene on screen trains on.
    private func switchInstallation(on: Bool, now: Double) {
        if on {
            let stage = makeStage(now: now)
            stage.show.startCurrentScene()
            self.stage = stage
            Log.info("installation", "installation on: scene \(stage.show.sceneDescription)")
        } else {
            stage?.leave()
            stage = nil
            if isCursorHidden { window.setCursorHidden(false) }
            isCursorHidden = false
            Log.info("installation", "installation off: the attract loop stops")
        }
    }

    private func makeStage(now: Double) -> InstallationStage {
        let outbox = self.outbox
        return InstallationStage(settings: options.installation, scene: scene, library: library,
                                 now: now, send: { outbox.commands.append($0) })
    }

    /// Mouse movement, buttons and keys pause the attract loop and show the cursor; the quit
    /// chord ends the program; a still mouse hides the cursor again.
    private func watchVisitors(now: Double) {
        let cursor = SIMD2(window.cursorPosition.x, window.cursorPosition.y)
        let inputs = window.inputCount
        let moved = lastCursor.x >= 0 && cursor != lastCursor
        if moved || inputs != lastInputCount || window.isAnyMouseButtonDown {
            lastMovement = now
            stage?.show.visitorInput(at: now)
        }
        lastCursor = cursor
        lastInputCount = inputs

        guard let stage else { return }
        if stage.show.settings.quitChord.isHeld(window.isKeyDown) {
            Log.info("app", "quit chord \(stage.show.settings.quitChord): quitting")
            window.requestClose()
        }
        let hide = now - lastMovement >= stage.show.settings.cursorHideSeconds
        if hide != isCursorHidden {
            window.setCursorHidden(hide)
            isCursorHidden = hide
        }
    }

    /// A monitor plugged or unplugged: cover the chosen one again, or the primary meanwhile;
    /// with none left, draw nothing until one comes back.
    private func watchMonitors() {
        let changes = GLWindow.monitorChangeCount
        guard changes != monitorChanges else { return }
        monitorChanges = changes
        let monitors = GLWindow.monitors
        Log.info("window", "monitors changed: "
                 + (monitors.isEmpty ? "none" : monitors.map(\.description)
                    .joined(separator: ", ")))
        hasMonitor = !monitors.isEmpty
        if options.operation.coversMonitor && hasMonitor { enterFullscreen() }
    }

    private func enterFullscreen() {
        let choice = options.operation.monitor
        if let covered = window.setFullScreen(monitor: choice)
            ?? window.setFullScreen(monitor: nil) {
            Log.info("window", "fullscreen on monitor \(covered)")
        } else {
            Log.warn("window", "no monitor to cover; staying in a window")
        }
    }
}

/// Commands queued by the attract loop between the render loop's turns.
private final class CommandOutbox {
    var commands: [TrainerCommand] = []
}
