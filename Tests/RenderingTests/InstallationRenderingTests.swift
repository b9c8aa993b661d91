// The GL side of an installation, rendered for real: GL objects are counted in and out, the
// cross-fade mixes the old frame into the new one and then lets go, the drifted layout moves the
// plot, and the binary refuses a bad configuration with status 78 before opening anything.

import Foundation
import Learning
import Rendering
import RenderingTestSupport
import XCTest

final class InstallationRenderingTests: XCTestCase {
    func testGLObjectsAreCountedInAndOut() throws {
        _ = try GLTestContext.require()
        let before = GLObjectCounts.current
        do {
            let frame = try Framebuffer(width: 8, height: 8, format: .rgba8, count: 2)
            let buffer = InstanceBuffer(attributes: [2, 4])
            let counts = GLObjectCounts.current
            XCTAssertEqual(counts.framebuffers, before.framebuffers + 1)
            XCTAssertEqual(counts.textures, before.textures + 2)
            XCTAssertEqual(counts.buffers, before.buffers + 1)
            XCTAssertEqual(counts.vertexArrays, before.vertexArrays + 1)
            withExtendedLifetime((frame, buffer)) {}
        }
        XCTAssertEqual(GLObjectCounts.current, before)
    }

    func testCrossFadeMixesTheOldFrameAndLetsGo() throws {
        let context = try GLTestContext.require()
        let fade = CrossFade(library: context.library, duration: 2)
        let old = try fade.begin(width: 16, height: 16, now: 10)
        old.bind()
        GL.clear(SIMD4(1, 0, 0, 1))

        let frame = try Framebuffer(width: 16, height: 16, format: .rgba8)
        let target = RenderTarget.offscreen(frame)
        func pixel(at now: Double) -> SIMD4<UInt8> {
            target.bind()
            GL.clear(SIMD4(0, 1, 0, 1))
            fade.draw(over: target, now: now)
            let bytes = frame.readColour()
            return SIMD4(bytes[0], bytes[1], bytes[2], bytes[3])
        }

        XCTAssertEqual(pixel(at: 10), SIMD4(255, 0, 0, 255), "all old at the start")
        let middle = pixel(at: 11)
        XCTAssertEqual(Int(middle.x), 128, accuracy: 2, "half way: \(middle)")
        XCTAssertEqual(Int(middle.y), 128, accuracy: 2, "half way: \(middle)")
        XCTAssertEqual(pixel(at: 12.5), SIMD4(0, 255, 0, 255), "all new once over")
        XCTAssertFalse(fade.isActive)
        try GL.checkError("cross-fade")
    }

    func testDriftMovesEveryRectangle() {
        let layout = SceneLayout(width: 1280, height: 720)
        let moved = layout.shifted(by: SIMD2(3, -2))
        XCTAssertEqual(moved.plot.x, layout.plot.x + 3)
        XCTAssertEqual(moved.lossPanel.y, layout.lossPanel.y - 2)
        XCTAssertEqual(moved.hud.width, layout.hud.width)
        XCTAssertEqual(moved.offset, SIMD2(3, -2))
        XCTAssertEqual(moved.pixel(forPlot: .zero) - layout.pixel(forPlot: .zero), SIMD2(3, -2))
    }

    /// The caption's two lines leave the rest of the HUD's place to the panels below it (the
    /// circuit on landscape screens, the loss panel beside it on portrait ones), at 720p and
    /// 4K alike, and nothing overlaps.
    func testTheCaptionGivesThePanelsTheHUDsRoom() {
        for (width, height) in [(1280, 720), (3840, 2160), (1080, 1920)] {
            let full = SceneLayout(width: width, height: height)
            let captioned = SceneLayout(width: width, height: height, hudMode: .caption)
            XCTAssertEqual(captioned.plot, full.plot, "\(width)x\(height)")
            let grown = width > height ? (captioned.circuit, full.circuit)
                : (captioned.lossPanel, full.lossPanel)
            XCTAssertGreaterThan(grown.0.height, grown.1.height, "\(width)x\(height)")
            XCTAssertLessThan(captioned.caption.height, full.caption.height)
            XCTAssertGreaterThanOrEqual(captioned.caption.height,
                                        Int(70 * captioned.uiScale), "room for two lines")
            let area = captioned.caption
            for panel in [captioned.plot, captioned.circuit, captioned.waves, captioned.lossPanel] {
                let overlaps = panel.x < area.maxX && area.x < panel.maxX
                    && panel.y < area.maxY && area.y < panel.maxY
                XCTAssertFalse(overlaps, "\(width)x\(height): \(panel) under the caption \(area)")
            }
        }
    }

    /// The built binary with a bad configuration: status 78, the key path on stderr, and no
    /// window (the test would hang on one).
    func testBadConfigurationExits78NamingTheKey() throws {
        let folder = try XCTUnwrap(ShaderFolder.executableURL).deletingLastPathComponent()
        let binary = folder.appendingPathComponent("neurolume")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw XCTSkip("no built neurolume at \(binary.path); run swift build first")
        }
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("neurolume-\(UUID().uuidString).json")
        try Data(#"{"installation": {"scenes": [{"dataset": "moons"}, {"lr": "x"}]}}"#.utf8)
            .write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let process = Process()
        process.executableURL = binary
        process.arguments = ["--config", file.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(),
                          as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 78, text)
        XCTAssertTrue(text.contains("key 'installation.scenes[1].lr': 'x': expected a number"),
                      text)
    }
}
