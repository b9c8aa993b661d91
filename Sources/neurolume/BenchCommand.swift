// `neurolume bench render`: offscreen frame rates of the surface (by each path the net can
// take) and the whole scene at 720p and 1080p, with the surface's agreement with the CPU, then
// each view's frame time at 720p.
// Times are taken around glFinish, so they cover the GPU's work; each is a median of runs.

import Foundation
import Learning
import Rendering

struct BenchCommand {
    let options: Options

    /// Frames timed per run; small enough that the slow per-pixel path finishes in seconds.
    private let framesPerRun = 6

    func run() throws {
        let context = try OffscreenContext(shaderFolder: options.shaderFolder)
        // The hidden window owns the GL context; it must outlive every GL call below.
        defer { withExtendedLifetime(context) {} }
        // The default scene's net, trained until its boundaries are those of a real result.
        var scene = options.scene
        scene.testFraction = 0.2
        let snapshot = try scene.trainedSnapshot(steps: options.steps)
        // Figures from a shared machine mean little without its load at the time.
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
            .split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
        print("bench render: \(GL.description), \(ProcessInfo.processInfo.activeProcessorCount) "
              + "processors, load average \(load)")
        print(String(format: "net %@ %@, %d steps, train accuracy %.3f; median of %d runs "
                     + "x %d frames", snapshot.network.shape.description,
                     scene.activation.rawValue, snapshot.step,
                     snapshot.evaluation.trainAccuracy, options.runs, framesPerRun))

        let renderer = SceneRenderer(library: context.library)
        for (width, height) in options.benchSizes ?? [(1280, 720), (1920, 1080)] {
            let frame = try Framebuffer(width: width, height: height, format: .rgba8)
            let full = PixelRect(x: 0, y: 0, width: width, height: height)
            let label = "\(width)x\(height)"
            renderer.surface.setNetwork(snapshot.network)

            // Each path the net can take: tiled where it is shallow and piecewise linear,
            // unrolled where it is small enough, and the looping one that takes any net.
            let paths = options.benchSurfaceOnly ? [(true, true)]
                : [(true, true), (false, true), (false, false)]
            var timed: [SurfaceRenderer.Method] = []
            for (tiling, unrolling) in paths {
                renderer.surface.allowsTiling = tiling
                renderer.surface.allowsUnrolling = unrolling
                guard !timed.contains(renderer.surface.method) else { continue }
                timed.append(renderer.surface.method)
                let method = renderer.surface.method.rawValue
                let fps = try measure {
                    try renderer.surface.draw(in: full, target: .offscreen(frame),
                                              palette: renderer.palette)
                }
                if let tiles = renderer.surface.tileStatistics() {
                    print(String(format: "%@ tiles: %.2f sign-changing units per tile; "
                                 + "%.1f%% plain, %.1f%% split into quarters, %.1f%% summing "
                                 + "every unit", label, tiles.meanUnstable,
                                 tiles.plainShare * 100, tiles.busyShare * 100,
                                 tiles.overflowShare * 100))
                }
                let evaluations = Double(width * height) * fps.wall
                let agreement = try agreementText(renderer.surface, snapshot.network,
                                                  width, height)
                print(String(format: "%@ surface %-9@ %7.2f frames/s (idle-machine estimate "
                             + "%.2f)  %7.1f M evaluations/s  agreement %@", label, method,
                             fps.wall, fps.idle, evaluations / 1e6, agreement))
            }
            renderer.surface.allowsTiling = true
            renderer.surface.allowsUnrolling = true
            if options.benchSurfaceOnly { continue }

            let fps = try measure {
                try renderer.draw(snapshot, target: .offscreen(frame))
            }
            print(String(format: "%@ scene (%@)  %7.2f frames/s (idle-machine estimate %.2f)",
                         label, renderer.surface.method.rawValue, fps.wall, fps.idle))
        }
        if !options.benchSurfaceOnly { try measureViews(renderer, snapshot) }
        try GL.checkError("the benchmark")
    }

    /// Each view at 1280x720 with the animation clock running at 60 frames per second of
    /// simulated time, so pulses, waveforms and the field do their per-frame work.
    private func measureViews(_ renderer: SceneRenderer, _ snapshot: TrainingSnapshot) throws {
        let frame = try Framebuffer(width: 1280, height: 720, format: .rgba8)
        for view in SceneView.allCases {
            renderer.view = view
            var clock = 0.0
            let fps = try measure {
                clock += 1.0 / 60
                try renderer.draw(snapshot, target: .offscreen(frame), now: clock)
            }
            print(String(format: "1280x720 view %-8@ %7.2f frames/s  %6.1f ms/frame "
                         + "(idle-machine estimate %.1f ms)", view.rawValue, fps.wall,
                         1000 / fps.wall, 1000 / fps.idle))
        }
        renderer.view = .all

        // The default view's parts alone, in the rectangles it gives them.
        try renderer.draw(snapshot, target: .offscreen(frame))
        let layout = renderer.layout
        var clock = 0.0
        let parts: [(String, PixelRect, () throws -> Void)] = [
            ("surface", layout.plot, {
                try renderer.surface.draw(in: layout.plot, target: .offscreen(frame),
                                          palette: renderer.palette)
            }),
            ("circuit", layout.circuit, {
                clock += 1.0 / 60
                try renderer.circuit.draw(snapshot, panel: layout.circuit,
                                          uiScale: layout.uiScale, target: .offscreen(frame),
                                          bloom: renderer.bloom, palette: renderer.palette,
                                          time: clock, phase: clock.truncatingRemainder(
                                              dividingBy: 1), focus: nil, highlight: nil)
            }),
            ("waves", layout.waves, {
                clock += 1.0 / 60
                try renderer.waveforms.draw(snapshot, layer: 1, panel: layout.waves,
                                            uiScale: layout.uiScale, target: .offscreen(frame),
                                            bloom: renderer.bloom, palette: renderer.palette,
                                            time: clock)
            }),
        ]
        for (name, rect, draw) in parts {
            let fps = try measure(draw)
            print(String(format: "1280x720 view all, %-8@ %-9@ %6.1f ms (idle-machine "
                         + "estimate %.1f ms)", name, rect.description, 1000 / fps.wall,
                         1000 / fps.idle))
        }
    }

    /// Median frames per second over `options.runs` runs of `framesPerRun` frames each, by
    /// the wall clock, and as the processor time spent would allow on an idle machine (the
    /// process's CPU seconds spread over every core: llvmpipe's threads are in-process).
    private func measure(_ draw: () throws -> Void) throws -> (wall: Double, idle: Double) {
        try draw()
        GL.finish()
        let cores = Double(ProcessInfo.processInfo.activeProcessorCount)
        var wallRates: [Double] = [], idleRates: [Double] = []
        for _ in 0..<options.runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let startCPU = processorSeconds()
            for _ in 0..<framesPerRun { try draw() }
            GL.finish()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let busy = processorSeconds() - startCPU
            wallRates.append(Double(framesPerRun) / seconds)
            idleRates.append(Double(framesPerRun) / max(busy / cores, seconds / 1000))
        }
        return (wallRates.sorted()[wallRates.count / 2], idleRates.sorted()[idleRates.count / 2])
    }

    /// User plus system time of the whole process so far, in seconds.
    private func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    /// The share of full-resolution pixels whose top class matches the CPU's.
    private func agreementText(_ surface: SurfaceRenderer, _ network: Network, _ width: Int,
                               _ height: Int) throws -> String {
        let gpu = try surface.topClasses(of: network, width: width, height: height)
        let cpu = SurfaceReference(network: network, width: width, height: height)
        let result = cpu.agreement(with: gpu)
        return String(format: "%.3f%% of pixels (%.3f%% of unambiguous)", result.all * 100,
                      result.unambiguous * 100)
    }
}
