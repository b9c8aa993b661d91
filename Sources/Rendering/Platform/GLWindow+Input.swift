// GLFW's input callbacks turned into InputEvents on the window's queue, full screen, and the
// window's first size fitted to the screen it opens on.

import CGLFW

extension GLWindow {
    /// The window that owns a GLFW handle, found through its user pointer.
    private static func owner(of window: OpaquePointer?) -> GLWindow? {
        guard let window, let pointer = glfwGetWindowUserPointer(window) else { return nil }
        return Unmanaged<GLWindow>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// Registers the callbacks. They run on the main thread inside `glfwPollEvents` and only
    /// append to the queue, so reading the queue once per frame sees events in order.
    func installInputCallbacks() {
        glfwSetKeyCallback(handle) { window, key, scancode, action, mods in
            guard action != GLFW_RELEASE, let owner = GLWindow.owner(of: window) else { return }
            // The layout's label for printable keys, so shortcuts like Ctrl+Z follow what is
            // printed on the key rather than its US position.
            let name = glfwGetKeyName(key, scancode).map { String(cString: $0).lowercased() }
            owner.enqueue(.key(key: key, character: name.flatMap { $0.count == 1 ? $0.first : nil },
                               modifiers: KeyModifiers(rawValue: mods),
                               isRepeat: action == GLFW_REPEAT, time: glfwGetTime()))
        }
        glfwSetCharCallback(handle) { window, codepoint in
            guard let owner = GLWindow.owner(of: window),
                  let scalar = Unicode.Scalar(codepoint) else { return }
            owner.enqueue(.character(Character(scalar), time: glfwGetTime()))
        }
        glfwSetMouseButtonCallback(handle) { window, button, action, mods in
            guard let owner = GLWindow.owner(of: window),
                  let which = MouseButton(rawValue: button) else { return }
            // Where the last motion event left the cursor, not glfwGetCursorPos: on X11 that
            // asks the server where the pointer is now, which a slow frame lets run ahead of
            // the events still queued.
            let (x, y) = owner.eventCursor ?? owner.cursorPosition
            let time = glfwGetTime()
            owner.enqueue(action == GLFW_PRESS
                          ? .mouseDown(which, x: x, y: y, modifiers: KeyModifiers(rawValue: mods),
                                       time: time)
                          : .mouseUp(which, x: x, y: y, time: time))
        }
        glfwSetCursorPosCallback(handle) { window, x, y in
            guard let owner = GLWindow.owner(of: window) else { return }
            owner.eventCursor = (x, y)
            owner.enqueue(.cursorMoved(x: x, y: y, time: glfwGetTime()))
        }
        glfwSetDropCallback(handle) { window, count, paths in
            guard let owner = GLWindow.owner(of: window), let paths else { return }
            let files = (0..<Int(count)).compactMap { paths[$0].map { String(cString: $0) } }
            owner.enqueue(.filesDropped(files, time: glfwGetTime()))
        }
    }

    // MARK: Full screen

    public var isFullScreen: Bool { glfwGetWindowMonitor(handle) != nil }

    /// Switches between a window and the whole primary monitor, at its current video mode.
    /// Main thread only.
    public func toggleFullScreen() {
        if isFullScreen {
            leaveFullScreen()
        } else if setFullScreen(monitor: nil) == nil {
            Log.warn("window", "no monitor to go full screen on")
        }
    }

    // MARK: First size

    /// `width` x `height` screen points, shrunk to the primary monitor's work area when that is
    /// smaller (a 1280x720 window on a 1024x768 screen, or a small virtual display in tests),
    /// keeping the aspect ratio. GLFW must be initialized.
    static func fitToScreen(width: Int, height: Int) -> (width: Int, height: Int) {
        guard let monitor = glfwGetPrimaryMonitor() else { return (width, height) }
        var x: Int32 = 0, y: Int32 = 0, areaWidth: Int32 = 0, areaHeight: Int32 = 0
        glfwGetMonitorWorkarea(monitor, &x, &y, &areaWidth, &areaHeight)
        var scaleX: Float = 1, scaleY: Float = 1
        glfwGetMonitorContentScale(monitor, &scaleX, &scaleY)
        // GLFW_SCALE_TO_MONITOR multiplies the size by the content scale; leave room for that.
        let room = (Float(areaWidth) / max(scaleX, 1), Float(areaHeight) / max(scaleY, 1))
        guard room.0 > 0, room.1 > 0 else { return (width, height) }
        let shrink = min(1, room.0 / Float(width), room.1 / Float(height))
        return (max(Int(Float(width) * shrink), 64), max(Int(Float(height) * shrink), 64))
    }
}
