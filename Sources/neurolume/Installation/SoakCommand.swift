// `neurolume soak`: the installation loop offscreen, scenes cycled thirty times faster than
// configured, with resident memory, the heap and live GL objects printed at the start, after
// a warm-up, every warm-up period after that and at the end (each as the loop starts over):
// the evidence that days on a wall will not run out of memory.

import Foundation
import Learning
import Rendering

/// Runs the installation for `--minutes` without a visible window. Main thread only.
struct SoakCommand {
    let options: Options
    /// How much faster than configured the scenes change.
    static let speed = 30.0
    /// Frames per second to hold: the rate of a real screen, not as fast as possible.
    static let frameRate = 30.0

    func run() throws {
        let context = try OffscreenContext(shaderFolder: options.shaderFolder)
        let size = options.size
        let framebuffer = try Framebuffer(width: size.width, height: size.height, format: .rgba8)
        let target = RenderTarget.offscreen(framebuffer)
        let scene = SceneRenderer(library: context.library)

        let settings = options.installation
        let first = settings.scenes[0].scene
        let setup = try first.make()
        let trainer = Trainer(configuration: TrainerConfiguration(
            dataset: setup.dataset, shape: setup.shape, settings: setup.settings,
            seed: first.seed, initialNetwork: setup.network,
            stepRate: first.stepRate))
        trainer.start()
        defer { trainer.stop() }

        let start = GLWindow.time
        let stage = InstallationStage(settings: settings, scene: scene, library: context.library,
                                      now: start, speed: Self.speed, send: trainer.send)
        let minutes = options.operation.soakMinutes
        let warmUp = min(5, max(0.5, minutes / 4)) * 60
        say("soak: \(String(format: "%.1f", minutes)) minutes at \(size.width)x\(size.height), "
              + "scenes \(Int(Self.speed))x faster, warm-up \(Int(warmUp)) s")
        var frames = 0
        // As in the live window: a slow rasterizer draws the per-pixel surface smaller.
        var clock = FrameClock()
        var resolution = DynamicResolution()
        let firstReport = report("start", at: 0, frames: 0, stage: stage)
        var warmReport: SoakReport?
        var schedule = SoakSchedule(warmUp: warmUp, end: minutes * 60)

        while true {
            let frameStart = GLWindow.time
            context.window.pollEvents()
            let snapshot = trainer.latestSnapshot()
            let change = try stage.prepare(now: frameStart, snapshot: snapshot,
                                           size: target.size, contentScale: 1)
            try scene.draw(stage.displayed(snapshot, now: frameStart), target: target,
                           now: frameStart)
            stage.finish(target: target, now: frameStart)
            GL.finish()
            try GL.checkError("soak frame")
            frames += 1
            clock.tick(at: GLWindow.time)
            if scene.surface.isPerPixel,
               resolution.update(framesPerSecond: clock.framesPerSecond, time: GLWindow.time) {
                scene.surface.resolutionScale = resolution.scale
            }

            let elapsed = GLWindow.time - start
            let cycleStarted = change != nil && stage.show.loop.index == 0
            if let label = schedule.due(at: elapsed, cycleStarted: cycleStarted) {
                let figures = report(label, at: elapsed, frames: frames, stage: stage)
                if label == "warm" { warmReport = figures }
                if label == "end" {
                    finish(last: figures, base: warmReport ?? firstReport)
                    return
                }
            }
            let rest = 1 / Self.frameRate - (GLWindow.time - frameStart)
            if rest > 0 { Thread.sleep(forTimeInterval: rest) }
        }
    }

    /// The verdict line: growth after the warm-up and whether GL objects stayed flat.
    private func finish(last: SoakReport, base: SoakReport) {
        let growth = Double(last.residentBytes - base.residentBytes) / 1_048_576
        let heapGrowth = Double(last.heapBytes - base.heapBytes) / 1_048_576
        say(String(format: "soak: after warm-up resident memory grew %+.2f MB (heap in use "
                   + "%+.2f MB); ", growth, heapGrowth)
              + (last.objects == base.objects ? "GL object counts unchanged"
                 : "GL objects were \(base.objects), now \(last.objects)"))
    }

    /// One line of figures: stage, minutes, resident memory, GL objects, scenes and frames.
    private func report(_ label: String, at seconds: Double, frames: Int,
                        stage: InstallationStage) -> SoakReport {
        let result = SoakReport(residentBytes: ResourceUsage.residentBytes() ?? 0,
                                heapBytes: ResourceUsage.heapBytesInUse(),
                                heldBytes: ResourceUsage.heapBytesHeld(),
                                objects: GLObjectCounts.current)
        let padded = label.padding(toLength: 5, withPad: " ", startingAt: 0)
        let line = "soak: \(padded) " + String(format: "%6.2f min  resident %7.2f MB  "
                                                + "heap in use %7.2f MB of %7.2f MB held  ",
                                                seconds / 60,
                                                Double(result.residentBytes) / 1_048_576,
                                                Double(result.heapBytes) / 1_048_576,
                                                Double(result.heldBytes) / 1_048_576)
            + "GL \(result.objects)  scene changes \(stage.sceneChanges)  frames \(frames)"
        say(line)
        return result
    }
}

/// Writes a line to stdout at once, not when the run ends: a 30-minute run shows its start.
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// What the soak test compares between its reports.
struct SoakReport {
    var residentBytes: Int
    var heapBytes: Int
    var heldBytes: Int
    var objects: GLObjectCounts
}

/// When the soak reports: after the warm-up, every warm-up period after that, and at the end.
/// Each report waits for the loop to come round to its first scene, just after the stage has
/// trimmed the heap, so reports compare the same point of the cycle: what stays, not what
/// one scene happens to hold at that moment. A report a minute overdue is taken anyway.
struct SoakSchedule {
    let warmUp: Double
    let end: Double
    private var next: Double
    private var isWarm = false

    init(warmUp: Double, end: Double) {
        self.warmUp = warmUp
        self.end = end
        next = min(warmUp, end)
    }

    /// The label of the report due at `elapsed` seconds ("warm", "" or "end"), if one is.
    mutating func due(at elapsed: Double, cycleStarted: Bool) -> String? {
        guard elapsed >= next, cycleStarted || elapsed >= next + 60 else { return nil }
        if next >= end { return "end" }
        let label = isWarm ? "" : "warm"
        isWarm = true
        next = min(next + warmUp, end)
        return label
    }
}
