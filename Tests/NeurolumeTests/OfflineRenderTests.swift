// Offline rendering of a session is repeatable: the same log gives the same frames, pixel for
// pixel, and a different log gives different ones. Real GL under Xvfb and llvmpipe.

import Foundation
import Learning
import Recording
import Rendering
import RenderingTestSupport
import XCTest
@testable import neurolume

final class OfflineRenderTests: XCTestCase {
    private func writeSession(learningRate: Float) throws -> SessionScript {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("neurolume-render-\(UUID().uuidString).jsonl").path
        var scene = SceneOptions()
        scene.pointsPerClass = 30
        scene.stepRate = 600
        let recorder = try SessionRecorder(path: path, scene: scene)
        recorder.record(.addPoint(DataPoint(id: 5000, position: SIMD2(0.4, 0.4), label: 1)),
                        frame: 2, time: 0.1)
        recorder.record(.movePoint(5000, to: SIMD2(-0.4, 0.2)), frame: 5, time: 0.25)
        recorder.record(.setLearningRate(learningRate), frame: 7, time: 0.35)
        recorder.finish(frame: 12, time: 0.6)
        return try SessionScript(path: path)
    }

    /// Every frame's hash of one render at 10 frames per second.
    private func frameHashes(_ script: SessionScript) throws -> [UInt64] {
        let context = try GLTestContext.require()
        let renderer = try SessionRenderer(script: script, library: context.library,
                                           width: 320, height: 180, fps: 10)
        var hashes: [UInt64] = []
        while let frame = try renderer.renderNextFrame() {
            hashes.append(SessionRenderer.hash(frame))
        }
        return hashes
    }

    func testTheSameSessionRendersTheSameFrames() throws {
        let script = try writeSession(learningRate: 0.05)
        let first = try frameHashes(script)
        let second = try frameHashes(script)
        XCTAssertEqual(first.count, 7, "0.6 s at 10 frames/s: frames 0 to 6")
        XCTAssertEqual(first, second)
        XCTAssertGreaterThan(Set(first).count, 1, "training and edits change the picture")
    }

    func testADifferentSessionRendersDifferentFrames() throws {
        let first = try frameHashes(writeSession(learningRate: 0.05))
        let second = try frameHashes(writeSession(learningRate: 0.5))
        XCTAssertEqual(first.prefix(4), second.prefix(4), "identical until the change at 0.35 s")
        XCTAssertNotEqual(first.last, second.last)
    }
}
