// The live window left alone on a screen, each test on an X display of its own: minimized by
// a real window manager it stops drawing (its render thread all but idle) and draws again when
// restored; a SIGHUP'd configuration turns installation mode on (covering the monitor) and off
// (back in a window). Without Xvfb, openbox or xdotool the tests are skipped, and with CI=true
// they fail instead.

import Foundation
import Testing
@testable import neurolume

@Suite(.serialized)
struct UnattendedWindowTests {
    static let canRun = ["Xvfb", "openbox", "xdotool"].allSatisfy {
        PrivateDisplay.executable($0) != nil
    }

    @Test(.enabled(if: canRun || LiveApp.isCI,
                   "needs Xvfb, openbox and xdotool (.ci/install-deps)"),
          .timeLimit(.minutes(3)))
    func aMinimizedWindowStopsDrawingUntilRestored() throws {
        let display = try PrivateDisplay(width: 1280, height: 720, windowManager: true)
        let app = try LiveApp(["--trace", "--size", "640x360"], display: display.name)
        defer { app.stop() }
        try #require(app.waitForLine(containing: "trace: window at") != nil,
                     "the window never drew:\n\(app.log)")
        let window = PrivateDisplay.run("xdotool", ["search", "--sync", "--name", "Neurolume"],
                                        display: display.name)
            .split(separator: "\n").first.map(String.init)
        let id = try #require(window, "no Neurolume window on \(display.name)")

        try app.xdotool(["windowminimize", id])
        try #require(app.waitForLine(containing: "out of sight: drawing paused",
                                     timeout: 20) != nil, "not paused:\n\(app.log)")
        // Training goes on; the render thread only wakes to look four times a second.
        let before = try #require(app.mainThreadSeconds)
        Thread.sleep(forTimeInterval: 2)
        let busy = try #require(app.mainThreadSeconds) - before
        #expect(busy < 0.2, "the render thread used \(busy) s of 2 s while minimized")

        try app.xdotool(["windowactivate", id])
        #expect(app.waitForLine(containing: "back in sight: drawing", timeout: 20) != nil,
                "not drawing again:\n\(app.log)")
    }

    @Test(.enabled(if: canRun || LiveApp.isCI,
                   "needs Xvfb, openbox and xdotool (.ci/install-deps)"),
          .timeLimit(.minutes(3)))
    func aReloadTurnsTheInstallationOnAndOff() throws {
        let display = try PrivateDisplay(width: 1280, height: 720, windowManager: false)
        let folder = try BuiltBinary.temporaryFolder("reload")
        let config = folder.appendingPathComponent("config.json")
        func write(enabled: Bool) throws {
            try #"{"installation": {"enabled": \#(enabled), "fade-seconds": 0.2}}"#
                .write(to: config, atomically: true, encoding: .utf8)
        }
        try write(enabled: false)
        let app = try LiveApp(["--trace", "--size", "640x360", "--config", config.path],
                              display: display.name)
        defer { app.stop() }
        try #require(app.waitForLine(containing: "trace: window at") != nil,
                     "the window never drew:\n\(app.log)")

        try write(enabled: true)
        kill(app.processIdentifier, SIGHUP)
        #expect(app.waitForLine(containing: "installation on: scene 1/5", timeout: 20) != nil,
                "installation did not start:\n\(app.log)")
        #expect(app.waitForLine(containing: "size 1280x720", timeout: 20) != nil,
                "the window did not cover the screen:\n\(app.log)")

        try write(enabled: false)
        kill(app.processIdentifier, SIGHUP)
        #expect(app.waitForLine(containing: "installation off", timeout: 20) != nil,
                "installation did not stop:\n\(app.log)")
        #expect(app.waitForLine(containing: "back in a window", timeout: 20) != nil,
                "the window stayed on the whole screen:\n\(app.log)")
    }
}
