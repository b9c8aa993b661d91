// Between two installation scenes whose nets share one shape, the picture shows the old
// scene's weights morphing into the new scene's during the fade; nets of different shapes
// only fade. Real GL under Xvfb and llvmpipe (the stage keeps the old frame for the fade).

import Learning
import Rendering
import RenderingTestSupport
import XCTest
@testable import neurolume

final class SceneMorphTests: XCTestCase {
    private func scene(_ dataset: String, _ net: String, _ activation: String) throws
        -> SceneOptions {
        try SceneOptions(arguments: ["--dataset", dataset, "--net", net,
                                     "--activation", activation, "--points", "20",
                                     "--classes", "2"])
    }

    /// A stage whose first scene has just ended (at time 11, fading for 2 s), left showing
    /// `outgoing`.
    private func stageAfterAChange(from outgoing: TrainingSnapshot) throws -> InstallationStage {
        let context = try GLTestContext.require()
        var settings = InstallationSettings()
        settings.fadeSeconds = 2
        settings.scenes = [
            InstallationScene(scene: try scene("moons", "2-16-16-2", "tanh"), view: nil,
                              seconds: 10),
            InstallationScene(scene: try scene("xor", "2-16-16-2", "tanh"), view: nil,
                              seconds: 10),
        ]
        let stage = InstallationStage(settings: settings,
                                      scene: SceneRenderer(library: context.library),
                                      library: context.library, now: 0, send: { _ in })
        XCTAssertNil(try stage.prepare(now: 1, snapshot: outgoing, size: (64, 64),
                                       contentScale: 1))
        XCTAssertNotNil(try stage.prepare(now: 11, snapshot: outgoing, size: (64, 64),
                                          contentScale: 1))
        return stage
    }

    func testSameShapedNetsMorphDuringTheFade() throws {
        let outgoing = try scene("moons", "2-16-16-2", "tanh").trainedSnapshot(steps: 50)
        let incoming = try scene("xor", "2-16-16-2", "tanh").trainedSnapshot(steps: 5)
        let stage = try stageAfterAChange(from: outgoing)

        // Halfway through the fade the smoothstep is at one half: the average of the two.
        let halfway = stage.displayed(incoming, now: 12)
        let expected = try XCTUnwrap(Network.blend(from: outgoing.network,
                                                   to: incoming.network, weight: 0.5))
        XCTAssertEqual(halfway.network, expected)
        XCTAssertEqual(halfway.step, incoming.step, "only the network is in between")

        // Once the fade is over, the live snapshot itself.
        XCTAssertTrue(stage.displayed(incoming, now: 13.5) === incoming)
    }

    func testDifferentNetsOnlyFade() throws {
        let outgoing = try scene("moons", "2-16-16-2", "tanh").trainedSnapshot(steps: 50)
        let incoming = try scene("circles", "2-8-2", "relu").trainedSnapshot(steps: 5)
        let stage = try stageAfterAChange(from: outgoing)
        XCTAssertTrue(stage.displayed(incoming, now: 12) === incoming)
    }
}
