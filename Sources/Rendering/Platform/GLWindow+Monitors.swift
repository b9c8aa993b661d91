// Covering a chosen monitor, and the state an unattended installation watches: whether anyone
// can see the window, where the cursor is, and monitors coming and going.

import CGLFW
import Synchronization

/// Monitor connections and disconnections seen by GLFW's monitor callback.
private let monitorChanges = Atomic<Int>(0)

/// A connected monitor and its current video mode.
public struct MonitorInfo: Sendable, Equatable, CustomStringConvertible {
    /// Position in GLFW's list; 0 is the primary monitor.
    public var index: Int
    public var name: String
    /// Pixels and hertz of the current (native) mode.
    public var width: Int
    public var height: Int
    public var refreshRate: Int

    public var description: String { "\(index) '\(name)' \(width)x\(height) \(refreshRate) Hz" }
}

extension GLWindow {
    /// The connected monitors, primary first. Main thread only.
    public static var monitors: [MonitorInfo] {
        var count: Int32 = 0
        guard let list = glfwGetMonitors(&count) else { return [] }
        return (0..<Int(count)).compactMap { index in
            guard let monitor = list[index], let mode = glfwGetVideoMode(monitor) else {
                return nil
            }
            let name = glfwGetMonitorName(monitor).map { String(cString: $0) } ?? "monitor"
            return MonitorInfo(index: index, name: name, width: Int(mode.pointee.width),
                               height: Int(mode.pointee.height),
                               refreshRate: Int(mode.pointee.refreshRate))
        }
    }

    /// The monitor `choice` names: an index ("1") or part of a name ("HDMI"), case-insensitive;
    /// nil means the primary. Nil when no connected monitor matches.
    public static func monitor(matching choice: String?) -> MonitorInfo? {
        let all = monitors
        guard let choice else { return all.first }
        if let index = Int(choice) { return all.first { $0.index == index } }
        return all.first { $0.name.lowercased().contains(choice.lowercased()) }
    }

    /// Covers the monitor `choice` names (see `monitor(matching:)`) at its current video mode;
    /// `leaveFullScreen` returns to the window it was. Returns the monitor covered; nil when
    /// none matched, and the window stays as it was. Main thread only.
    @discardableResult
    public func setFullScreen(monitor choice: String?) -> MonitorInfo? {
        Self.watchMonitors()
        var count: Int32 = 0
        guard let info = Self.monitor(matching: choice), let list = glfwGetMonitors(&count),
              info.index < Int(count), let monitor = list[info.index] else { return nil }
        if !isFullScreen {
            var x: Int32 = 0, y: Int32 = 0, width: Int32 = 0, height: Int32 = 0
            glfwGetWindowPos(handle, &x, &y)
            glfwGetWindowSize(handle, &width, &height)
            windowedFrame = (x, y, width, height)
        }
        glfwSetWindowMonitor(handle, monitor, 0, 0, Int32(info.width), Int32(info.height),
                             Int32(info.refreshRate))
        return info
    }

    /// Returns from covering a monitor to the window it was before. Main thread only.
    public func leaveFullScreen() {
        guard isFullScreen else { return }
        let frame = windowedFrame ?? (100, 100, 1280, 720)
        glfwSetWindowMonitor(handle, nil, frame.x, frame.y, frame.width, frame.height, 0)
    }

    /// Nobody can see the frames: minimized, hidden, or with no drawable pixels.
    public var isOutOfSight: Bool {
        let size = framebufferSize
        return glfwGetWindowAttrib(handle, GLFW_ICONIFIED) == GLFW_TRUE
            || glfwGetWindowAttrib(handle, GLFW_VISIBLE) == GLFW_FALSE
            || size.width == 0 || size.height == 0
    }

    /// Hides the pointer over the window, or shows it again.
    public func setCursorHidden(_ hidden: Bool) {
        glfwSetInputMode(handle, GLFW_CURSOR, hidden ? GLFW_CURSOR_HIDDEN : GLFW_CURSOR_NORMAL)
    }

    public func isKeyDown(_ key: Int32) -> Bool {
        glfwGetKey(handle, key) == GLFW_PRESS
    }

    public var isAnyMouseButtonDown: Bool {
        (GLFW_MOUSE_BUTTON_1...GLFW_MOUSE_BUTTON_8).contains {
            glfwGetMouseButton(handle, $0) == GLFW_PRESS
        }
    }

    /// Sleeps until an event arrives or `seconds` pass: the idle loop for a hidden window.
    public func waitEvents(timeout seconds: Double) {
        glfwWaitEventsTimeout(seconds)
    }

    /// Monitor connections and disconnections since the watch began; a change tells the
    /// installation to look for its monitor again.
    public static var monitorChangeCount: Int { monitorChanges.load(ordering: .relaxed) }

    /// Installs GLFW's monitor callback (once is enough; again is harmless).
    public static func watchMonitors() {
        glfwSetMonitorCallback { _, _ in
            monitorChanges.add(1, ordering: .relaxed)
        }
    }
}
