// Covering a monitor, and the state an unattended installation watches: whether anyone can see
// the window, where the cursor is, and monitors coming and going.

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

    /// Covers the monitor `choice` names at its current video mode, or returns the window to
    /// `windowed` size (screen points) when `choice` is nil and `windowed` given. Returns the
    /// monitor covered; nil when none matched (the window stays as it was). Main thread only.
    @discardableResult
    public func setFullscreen(monitor choice: String?,
                              windowed: (width: Int, height: Int)? = nil) -> MonitorInfo? {
        Self.watchMonitors()
        if let windowed, choice == nil {
            glfwSetWindowMonitor(handle, nil, 64, 64, Int32(windowed.width),
                                 Int32(windowed.height), GLFW_DONT_CARE)
            return nil
        }
        var count: Int32 = 0
        guard let info = Self.monitor(matching: choice), let list = glfwGetMonitors(&count),
              info.index < Int(count), let monitor = list[info.index] else { return nil }
        glfwSetWindowMonitor(handle, monitor, 0, 0, Int32(info.width), Int32(info.height),
                             Int32(info.refreshRate))
        return info
    }

    /// Whether the window covers a monitor now (false after its monitor was unplugged).
    public var isFullscreen: Bool { glfwGetWindowMonitor(handle) != nil }

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

    /// The pointer in screen points from the window's top left.
    public var cursorPosition: SIMD2<Double> {
        var x = 0.0, y = 0.0
        glfwGetCursorPos(handle, &x, &y)
        return SIMD2(x, y)
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
