// Offscreen frames of the whole scene: points where their data says, a surface that covers
// the plot square after the framebuffer changes size, and an installation's caption in every
// view.

import Learning
import Rendering
import RenderingTestSupport
import XCTest

final class SceneTests: XCTestCase {
    /// A snapshot of the default spiral with a trained 2-100-3 net.
    private func snapshot() throws -> TrainingSnapshot {
        let dataset = try DatasetSpec(kind: .spiral, pointsPerClass: 100, classCount: 3, seed: 1)
            .generate().split(testFraction: 0.2, seed: 2)
        let shape = try NetworkShape(parsing: "2-100-3", activation: .relu)
        let settings = TrainingSettings(learningRate: 0.01, optimizer: .adam, batchSize: 32,
                                        initialization: .he)
        let session = TrainingSession(dataset: dataset, shape: shape, settings: settings, seed: 1)
        for _ in 0..<500 { session.advance() }
        return TrainingSnapshot(
            version: 1, step: session.step, epoch: session.epoch, evaluation: session.evaluate(),
            lossHistory: LossHistory(), network: session.network,
            neuronStatistics: session.neuronStatistics(), dataset: dataset,
            settings: settings, isPaused: true, stepsPerSecond: 0, weightSeed: 1,
            divergenceCount: 0, notice: nil)
    }

    private func render(_ scene: SceneRenderer, _ snapshot: TrainingSnapshot, width: Int,
                        height: Int) throws -> Image {
        let frame = try Framebuffer(width: width, height: height, format: .rgba8)
        try scene.draw(snapshot, target: .offscreen(frame))
        try GL.checkError("drawing the scene")
        return Image(width: width, height: height, rgba: frame.readColour())
    }

    func testTrainPointsAppearAtTheirPositions() throws {
        let context = try GLTestContext.require()
        let snapshot = try snapshot()
        let scene = SceneRenderer(library: context.library)
        let image = try render(scene, snapshot, width: 1280, height: 720)
        let layout = scene.layout

        // Only points with no other point near enough to overlap their disc.
        let points = snapshot.dataset.points
        let clearance = 2 * scene.points.radius * layout.uiScale + 2
        var checked = 0
        for point in points where point.role == .train {
            let centre = layout.pixel(forPlot: point.position)
            let crowded = points.contains { other in
                other.id != point.id
                    && distance(layout.pixel(forPlot: other.position), centre) < clearance
            }
            if crowded { continue }
            let colour = image.colour(x: Int(centre.x), y: Int(centre.y))
            let expected = scene.palette.classColour(point.label)
            XCTAssertLessThan(distance(colour, SIMD3(expected.x, expected.y, expected.z)), 0.08,
                              "point \(point.id) of class \(point.label) at \(centre): \(colour)")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 40, "too few isolated points to check")
    }

    func testSurfaceCoversThePlotAfterAResize() throws {
        let context = try GLTestContext.require()
        let snapshot = try snapshot()
        let scene = SceneRenderer(library: context.library)
        let background = scene.palette.background

        for (width, height) in [(1280, 720), (700, 900), (1920, 1080), (640, 360)] {
            let image = try render(scene, snapshot, width: width, height: height)
            let plot = scene.layout.plot
            XCTAssertEqual(scene.layout.size.width, width)
            // Just inside each corner (past the frame line) the surface shows; just outside,
            // the background.
            let inset = Int(3 * scene.layout.uiScale) + 1
            for (x, y) in [(plot.x + inset, plot.y + inset), (plot.maxX - inset, plot.y + inset),
                           (plot.x + inset, plot.maxY - inset),
                           (plot.maxX - inset, plot.maxY - inset)] {
                let colour = image.colour(x: x, y: y)
                XCTAssertGreaterThan(distance(colour, SIMD3(background.x, background.y,
                                                                 background.z)), 0.02,
                                     "\(width)x\(height): no surface at (\(x), \(y))")
            }
            let outside = image.colour(x: max(plot.x - inset, 0), y: plot.y + plot.height / 2)
            XCTAssertLessThan(distance(outside, SIMD3(background.x, background.y,
                                                           background.z)), 0.01,
                              "\(width)x\(height): surface spills left of the plot")
        }
    }

    /// An installation's caption shows in every view: in the HUD's place in the default view,
    /// in the lower left corner elsewhere, clear of the plot.
    func testTheCaptionShowsInEveryView() throws {
        let context = try GLTestContext.require()
        let snapshot = try snapshot()
        let scene = SceneRenderer(library: context.library)
        let hud = try XCTUnwrap(scene.hud)

        for view in SceneView.allCases {
            scene.view = view
            hud.mode = .full
            let plain = try render(scene, snapshot, width: 1280, height: 720)
            hud.mode = .caption
            let captioned = try render(scene, snapshot, width: 1280, height: 720)
            let area = scene.layout.caption
            XCTAssertFalse(area.isEmpty, "\(view): no caption area")
            if view != .all && !scene.layout.plot.isEmpty {
                XCTAssertLessThan(area.x, scene.layout.plot.x, "\(view): over the plot")
            }
            // Text: pixels in the area's top rows that the caption changed (the full HUD
            // writes other text there in the default view, and nothing elsewhere).
            var changed = 0
            for y in max(area.maxY - 40, area.y)..<area.maxY {
                for x in area.x..<(area.x + area.width) {
                    if distance(captioned.colour(x: x, y: y), plain.colour(x: x, y: y)) > 0.3 {
                        changed += 1
                    }
                }
            }
            XCTAssertGreaterThan(changed, 50, "\(view): no caption text")
        }
        hud.mode = .full
        scene.view = .all
    }
}

/// An RGBA8 readback, rows bottom up.
struct Image {
    let width: Int
    let height: Int
    let rgba: [UInt8]

    /// The colour at pixel (x, y) as 0...1 floats.
    func colour(x: Int, y: Int) -> SIMD3<Float> {
        let index = (min(max(y, 0), height - 1) * width + min(max(x, 0), width - 1)) * 4
        return SIMD3(Float(rgba[index]), Float(rgba[index + 1]), Float(rgba[index + 2])) / 255
    }
}

/// The Euclidean distance between two vectors.
func distance<V: SIMD>(_ a: V, _ b: V) -> Float where V.Scalar == Float {
    let d = a - b
    return (d * d).sum().squareRoot()
}
