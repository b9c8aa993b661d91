// The real window under real X input: launch the built binary on the X display (xvfb-run),
// drag a point with xdotool's pointer events, and check that the trainer's dataset moved it,
// through the export the E key writes. Without a display or xdotool the test is skipped, and
// with CI=true it fails instead, so CI cannot pass without running it.

import Foundation
import Learning
import Rendering
import Testing
@testable import neurolume

@Suite(.serialized)
struct EndToEndTests {
    static let canDrive = LiveApp.display != nil && LiveApp.xdotool != nil

    /// A traced point: id and where it is, in window coordinates and in plot space.
    struct TracedPoint {
        var id: Int
        var window: SIMD2<Double>
        var plot: SIMD2<Float>
    }

    @Test(.enabled(if: canDrive || LiveApp.isCI,
                   "needs an X display (run under xvfb-run -a) and xdotool (.ci/install-deps)"),
          .timeLimit(.minutes(3)))
    func draggingAPointMovesItInTheTrainer() throws {
        try #require(LiveApp.display != nil, "no X display: DISPLAY is not set (CI=true)")
        try #require(LiveApp.xdotool != nil, "xdotool is not installed (CI=true)")
        let folder = try BuiltBinary.temporaryFolder("e2e")
        let app = try LiveApp(["--trace", "--dataset", "blobs", "--points", "5", "--classes", "3",
                               "--seed", "5", "--size", "900x600", "--export-dir", folder.path])
        defer { app.stop() }

        // Where the window, the plot and the points are, from the trace.
        let geometryLine = try #require(app.waitForLine(containing: "trace: window at"),
                                        "no window geometry in the trace:\n\(app.log)")
        let geometry = try #require(Self.numbers(in: geometryLine))
        // "window at X,Y size WxH framebuffer WxH plot WxH+X+Y"
        let origin = SIMD2(geometry[0], geometry[1])
        let mapping = PlotMapping(
            plot: PixelRect(x: Int(geometry[8]), y: Int(geometry[9]), width: Int(geometry[6]),
                            height: Int(geometry[7])),
            framebuffer: (Int(geometry[4]), Int(geometry[5])),
            window: (Int(geometry[2]), Int(geometry[3])))
        _ = app.waitForLine(containing: "trace: point 15 ")
        let points = app.lines(containing: "trace: point ").compactMap(Self.tracedPoint)
        #expect(points.count == 15)

        // A point with no neighbour near it, dragged a third of the way to the centre.
        let picked = try #require(points.first { point in
            points.allSatisfy { other in
                other.id == point.id || Self.distance(other.window, point.window) > 30
            }
        })
        let targetPlot = picked.plot * 0.66
        let start = (origin + picked.window).rounded(.toNearestOrEven)
        let end = (origin + mapping.cursor(forPlot: targetPlot)).rounded(.toNearestOrEven)

        // No --sync: xdotool would wait forever for a pointer already where it is sent.
        try app.xdotool(["mousemove", "\(Int(start.x))", "\(Int(start.y))",
                         "sleep", "0.3", "mousedown", "1", "sleep", "0.2"])
        for step in 1...8 {
            let at = start + (end - start) * Double(step) / 8
            try app.xdotool(["mousemove", "\(Int(at.x))", "\(Int(at.y))", "sleep", "0.05"])
        }
        try app.xdotool(["sleep", "0.2", "mouseup", "1"])

        let moved = try #require(app.waitForLine(containing: "edit moved point \(picked.id) "),
                                 "the drag was not an edit of point \(picked.id):\n\(app.log)")
        print("end-to-end: \(moved)")
        for line in app.lines(containing: "ms to first frame") { print("end-to-end: \(line)") }

        // The trainer's own dataset, exported by the E key, has the point where it was dropped.
        try app.xdotool(["key", "e"])
        let exported = try #require(app.waitForLine(containing: "export: wrote points to "),
                                    "E wrote nothing:\n\(app.log)")
        let paths = exported.components(separatedBy: "wrote points to ").last?
            .components(separatedBy: " and the network to ") ?? []
        try #require(paths.count == 2, "\(exported)")
        let csvPath = paths[0]

        // The CSV holds data coordinates; the network file's normalization maps them back.
        let normalization = try SavedNetwork.load(fromFile: paths[1]).normalization
        let rows = try String(contentsOfFile: csvPath, encoding: .utf8).split(separator: "\n")
            .dropFirst().compactMap { row -> SIMD2<Float>? in
                let fields = row.split(separator: ",")
                guard fields.count == 3, let x = Float(fields[0]), let y = Float(fields[1])
                else { return nil }
                return normalization.toPlot(SIMD2(x, y))
            }
        #expect(rows.count == 15)
        let dropped = mapping.plotPosition(forCursor: end - origin)
        #expect(rows.contains { Self.distance($0, dropped) < 0.01 },
                "no point at \(dropped) in \(csvPath)")
        #expect(!rows.contains { Self.distance($0, picked.plot) < 1e-3 },
                "the point is still at \(picked.plot)")
    }

    static func distance<T: SIMDScalar & FloatingPoint>(_ a: SIMD2<T>, _ b: SIMD2<T>) -> T {
        let d = a - b
        return (d.x * d.x + d.y * d.y).squareRoot()
    }

    /// The numbers in a line, in order ("800x600+16+16" gives 800, 600, 16, 16).
    static func numbers(in line: String) -> [Double]? {
        let tail = line.components(separatedBy: "trace: ").last ?? line
        let numbers = tail.split(whereSeparator: { !"0123456789.-".contains($0) })
            .compactMap { Double($0) }
        return numbers.isEmpty ? nil : numbers
    }

    /// "trace: point ID class L at window X,Y plot PX,PY"
    static func tracedPoint(_ line: String) -> TracedPoint? {
        guard let values = numbers(in: line), values.count == 6 else { return nil }
        return TracedPoint(id: Int(values[0]), window: SIMD2(values[2], values[3]),
                           plot: SIMD2(Float(values[4]), Float(values[5])))
    }
}
