// The live window left alone on a screen, each test on an X display of its own: minimized by
// a real window manager it stops drawing (its render thread all but idle) and draws again when
// restored; with its monitor unplugged (xrandr on Xorg's dummy driver) it stops drawing and
// covers the monitor again when it is plugged back; a SIGHUP'd configuration turns
// installation mode on (covering the monitor) and off (back in a window). Without the X
// servers and tools the tests are skipped, and with CI=true they fail instead.

import Foundation
import Testing
@testable import neurolume

@Suite(.serialized)
struct UnattendedWindowTests {
    static let canRun = ["Xvfb", "openbox", "xdotool"].allSatisfy {
        PrivateDisplay.executable($0) != nil
    }
    static let canUnplug = ["Xorg", "xrandr"].allSatisfy { PrivateDisplay.executable($0) != nil }
        && getuid() == 0

    @Test(.enabled(if: canRun || LiveApp.isCI,
                   "needs Xvfb, openbox and xdotool (.ci/install-deps)"),
          .timeLimit(.minutes(3)))
    func aMinimizedWindowStopsDrawingUntilRestored() throws {
        let display = try PrivateDisplay(.virtualFramebuffer(width: 1280, height: 720),
                                         windowManager: true)
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
        let display = try PrivateDisplay(.virtualFramebuffer(width: 1280, height: 720))
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

    @Test(.enabled(if: canUnplug || LiveApp.isCI,
                   "needs root, Xorg's dummy driver and xrandr (.ci/install-deps)"),
          .timeLimit(.minutes(3)))
    func anUnpluggedMonitorIsCoveredAgainWhenItReturns() throws {
        let display = try PrivateDisplay(.dummyMonitors)
        #expect(PrivateDisplay.run("xrandr", ["--output", "DUMMY0", "--mode", "1280x720"],
                                   display: display.name).isEmpty)
        let app = try LiveApp(["--trace", "--fullscreen"], display: display.name)
        defer { app.stop() }
        try #require(app.waitForLine(containing: "fullscreen on monitor 0 'DUMMY0'") != nil,
                     "not fullscreen:\n\(app.log)")
        try #require(app.waitForLine(containing: "trace: window at") != nil,
                     "the window never drew:\n\(app.log)")

        _ = PrivateDisplay.run("xrandr", ["--output", "DUMMY0", "--off"], display: display.name)
        #expect(app.waitForLine(containing: "monitors changed: none", timeout: 20) != nil,
                "the unplug went unseen:\n\(app.log)")
        #expect(app.waitForLine(containing: "out of sight: drawing paused", timeout: 20) != nil,
                "still drawing for no screen:\n\(app.log)")

        _ = PrivateDisplay.run("xrandr", ["--output", "DUMMY0", "--mode", "1280x720"],
                               display: display.name)
        #expect(app.waitForLine(containing: "monitors changed: 0 'DUMMY0'", timeout: 20) != nil,
                "the monitor's return went unseen:\n\(app.log)")
        #expect(app.waitForLine(containing: "back in sight: drawing", timeout: 20) != nil,
                "not drawing again:\n\(app.log)")
        // Logged before the frame that came back into sight.
        #expect(app.lines(containing: "fullscreen on monitor 0 'DUMMY0'").count == 2,
                "not fullscreen again:\n\(app.log)")
    }
}
