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
    /// Input since the last `takeEvents`, oldest first; filled by GLFW's callbacks.
    private var events: [InputEvent] = []
    /// Keys, buttons and drops since the window opened, taken or not: a visitor's activity.
    public private(set) var inputCount = 0
    /// Where the window was before going full screen (screen points), to return to.
    var windowedFrame: (x: Int32, y: Int32, width: Int32, height: Int32)?
    /// The cursor as of the latest motion event handled (window coordinates), nil before one.
    var eventCursor: (x: Double, y: Double)?

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

        let fitted = Self.fitToScreen(width: width, height: height)
        guard let handle = glfwCreateWindow(Int32(fitted.width), Int32(fitted.height), title,
                                            nil, nil) else {
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
        installInputCallbacks()
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

    /// The content area's size in screen points, the space cursor positions are given in.
    public var windowSize: (width: Int, height: Int) {
        var width: Int32 = 0, height: Int32 = 0
        glfwGetWindowSize(handle, &width, &height)
        return (Int(width), Int(height))
    }

    /// The content area's top-left corner on the desktop, in screen points.
    public var position: (x: Int, y: Int) {
        var x: Int32 = 0, y: Int32 = 0
        glfwGetWindowPos(handle, &x, &y)
        return (Int(x), Int(y))
    }

    /// The cursor in window coordinates: screen points from the content area's top left, y down.
    public var cursorPosition: (x: Double, y: Double) {
        var x = 0.0, y = 0.0
        glfwGetCursorPos(handle, &x, &y)
        return (x, y)
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

    /// Makes this window's context current on the calling thread, for callers (test runners)
    /// that cannot promise every call arrives on the thread that created the window. It must
    /// not be current on another thread at the same time.
    public func makeCurrent() {
        glfwMakeContextCurrent(handle)
    }

    public func swapBuffers() {
        glfwSwapBuffers(handle)
    }

    /// Handles pending window events; input queues up for `takeEvents`.
    public func pollEvents() {
        glfwPollEvents()
    }

    /// The input since the last call, oldest first.
    public func takeEvents() -> [InputEvent] {
        defer { events.removeAll(keepingCapacity: true) }
        return events
    }

    /// Called by the C callbacks (main thread, inside `pollEvents`).
    func enqueue(_ event: InputEvent) {
        events.append(event)
        // Motion is left out: a window mapped or moved under a still mouse reports some.
        if case .cursorMoved = event { return }
        inputCount += 1
    }

    /// Seconds since GLFW started, from a monotonic clock.
    public static var time: Double { glfwGetTime() }
}
