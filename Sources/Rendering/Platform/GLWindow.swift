// A GLFW window with an OpenGL 3.3 core context made current on the creating thread. Hidden
// windows serve as the offscreen context for screenshots, benchmarks and tests.

import CGLFW
import Foundation
import Synchronization

/// GLFW reports errors through a C callback; the newest message waits here to be read.
private let lastGLFWError = Mutex<(code: Int32, message: String)?>(nil)

/// One window and its GL context. Create, use and destroy on the main thread (GLFW's rule).
public final class GLWindow {
    let handle: OpaquePointer
    /// Keys pressed since the last `takeKeyPresses`, as GLFW key codes.
    private var pressedKeys: [Int32] = []
    /// Key presses since the window opened, taken or not: a visitor's activity.
    public private(set) var keyPressCount = 0

    /// Opens a window of `width` x `height` screen points with a current OpenGL 3.3 core
    /// context. `visible: false` makes a hidden window for offscreen work.
    public init(width: Int, height: Int, title: String, visible: Bool = true,
                vsync: Bool = true) throws(WindowError) {
        try Self.initializeGLFW()

        glfwDefaultWindowHints()
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3)
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3)
        glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE)
        glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE)
        glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE)
        glfwWindowHint(GLFW_RESIZABLE, GLFW_TRUE)
        glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE)

        guard let handle = glfwCreateWindow(Int32(width), Int32(height), title, nil, nil) else {
            let error = lastGLFWError.withLock { $0 }
            if error?.code == GLFW_VERSION_UNAVAILABLE || error?.code == GLFW_API_UNAVAILABLE {
                throw .glVersionTooOld(detail: error?.message)
            }
            throw .platform(error?.message ?? "glfwCreateWindow failed")
        }
        self.handle = handle
        glfwMakeContextCurrent(handle)
        glfwSwapInterval(vsync ? 1 : 0)

        // A driver may hand out a context that claims less than was asked for.
        guard GL.version >= 33 else {
            let found = GL.description
            glfwDestroyWindow(handle)
            throw .glVersionTooOld(detail: "it made \(found)")
        }
        glfwSetWindowUserPointer(handle, Unmanaged.passUnretained(self).toOpaque())
        glfwSetKeyCallback(handle) { window, key, _, action, _ in
            guard action == GLFW_PRESS, let window,
                  let owner = glfwGetWindowUserPointer(window) else { return }
            let owningWindow = Unmanaged<GLWindow>.fromOpaque(owner).takeUnretainedValue()
            owningWindow.pressedKeys.append(key)
            owningWindow.keyPressCount += 1
        }
    }

    deinit {
        glfwDestroyWindow(handle)
    }

    /// Starts GLFW once, with a clear error when there is no display to connect to.
    private static func initializeGLFW() throws(WindowError) {
        glfwSetErrorCallback { code, message in
            let text = message.map { String(cString: $0) } ?? "error \(code)"
            lastGLFWError.withLock { $0 = (code, text) }
        }
        let environment = ProcessInfo.processInfo.environment
        let hasDisplay = !(environment["DISPLAY"] ?? "").isEmpty
            || !(environment["WAYLAND_DISPLAY"] ?? "").isEmpty
        guard hasDisplay else { throw .noDisplay(detail: "DISPLAY is not set") }
        guard glfwInit() == GLFW_TRUE else {
            let message = lastGLFWError.withLock { $0?.message }
            throw .noDisplay(detail: message)
        }
    }

    // MARK: Per frame

    /// The drawable size in pixels (differs from the window size on HiDPI screens).
    public var framebufferSize: (width: Int, height: Int) {
        var width: Int32 = 0, height: Int32 = 0
        glfwGetFramebufferSize(handle, &width, &height)
        return (Int(width), Int(height))
    }

    /// Pixels per screen point as the window system reports it (1 on most X servers).
    public var contentScale: Float {
        var x: Float = 1, y: Float = 1
        glfwGetWindowContentScale(handle, &x, &y)
        return max(x, y, 1)
    }

    public var shouldClose: Bool { glfwWindowShouldClose(handle) == GLFW_TRUE }

    public func requestClose() {
        glfwSetWindowShouldClose(handle, GLFW_TRUE)
    }

    public func swapBuffers() {
        glfwSwapBuffers(handle)
    }

    /// Handles pending window events; key presses queue up for `takeKeyPresses`.
    public func pollEvents() {
        glfwPollEvents()
    }

    /// The keys pressed since the last call, oldest first, as GLFW key codes.
    public func takeKeyPresses() -> [Int32] {
        defer { pressedKeys.removeAll() }
        return pressedKeys
    }

    /// Seconds since GLFW started, from a monotonic clock.
    public static var time: Double { glfwGetTime() }
}
