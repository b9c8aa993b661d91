// The ring around the point under the cursor, rendered for real offscreen (Mesa's llvmpipe
// under Xvfb) and probed: light where the ring is, the surface there without it.

import Learning
import Rendering
import Testing
@testable import neurolume

@Suite(.serialized)
struct HighlightRingTests {
    static let hasDisplay = LiveApp.display != nil

    @Test(.enabled(if: hasDisplay || LiveApp.isCI, "needs an X display (run under xvfb-run -a)"))
    func theHighlightedPointIsRinged() throws {
        try #require(Self.hasDisplay, "no X display: DISPLAY is not set (CI=true)")
        let context = try OffscreenContext(
            shaderFolder: BuiltBinary.packageRoot.appendingPathComponent("Shaders").path)
        let point = DataPoint(id: 4, position: SIMD2(-0.4, 0.3), label: 1)
        let dataset = Dataset(name: "one", points: [point], classCount: 2)
        let trainer = Trainer(configuration: TrainerConfiguration(
            dataset: dataset, shape: try NetworkShape(parsing: "2-4-2", activation: .relu)))
        let snapshot = trainer.latestSnapshot()

        let frame = try Framebuffer(width: 400, height: 300, format: .rgba8)
        let scene = SceneRenderer(library: context.library)

        /// Brightness (mean of r, g, b in 0...1) at `offset` pixels right of the point.
        func brightness(highlighted: PointID?, offset: Float) throws -> Float {
            scene.points.highlighted = highlighted
            try scene.draw(snapshot, target: .offscreen(frame))
            let pixels = frame.readColour()
            let centre = scene.layout.pixel(forPlot: point.position)
            let x = Int(centre.x + offset), y = Int(centre.y)
            let index = (y * frame.width + x) * 4
            return Float(Int(pixels[index]) + Int(pixels[index + 1]) + Int(pixels[index + 2]))
                / (3 * 255)
        }

        // The ring's light band sits between 6.5 and 8.4 pixels out at this size (uiScale 1).
        let ringed = try brightness(highlighted: 4, offset: 7.5)
        let plain = try brightness(highlighted: nil, offset: 7.5)
        #expect(ringed > 0.7, "the ring is light: \(ringed)")
        #expect(plain < 0.5, "without a highlight the surface shows there: \(plain)")
        #expect(try brightness(highlighted: 99, offset: 7.5) == plain,
                "an id that is not in the data rings nothing")
    }
}
