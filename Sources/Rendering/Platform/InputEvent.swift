// Keyboard and mouse input as plain values, queued by GLWindow's callbacks and taken once per
// frame, so the interface reads them in the order they happened without touching GLFW.

/// Modifier keys held during an event.
public struct KeyModifiers: OptionSet, Sendable, Equatable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    public static let shift = KeyModifiers(rawValue: 0x1)
    public static let control = KeyModifiers(rawValue: 0x2)
    public static let alt = KeyModifiers(rawValue: 0x4)
    public static let superKey = KeyModifiers(rawValue: 0x8)
}

/// A mouse button, as GLFW numbers them.
public enum MouseButton: Int32, Sendable, Equatable {
    case left = 0
    case right = 1
    case middle = 2
}

/// One input event. Positions are window coordinates in screen points: origin at the top left
/// of the content area, y down (GLFW's cursor space; see `PlotMapping` for framebuffer pixels).
/// `time` is GLFW's monotonic clock in seconds when the window system delivered the event.
public enum InputEvent: Sendable, Equatable {
    /// A physical key went down (or repeats, when `isRepeat`). `key` is a GLFW key token,
    /// named after the US layout position; `character` is what the active layout prints on
    /// that key (lowercase), if it is a printable key.
    case key(key: Int32, character: Character?, modifiers: KeyModifiers, isRepeat: Bool,
             time: Double)
    /// Text typed: the character the layout produced, after Shift and dead keys. Not sent
    /// while Control or Alt is held.
    case character(Character, time: Double)
    case mouseDown(MouseButton, x: Double, y: Double, modifiers: KeyModifiers, time: Double)
    case mouseUp(MouseButton, x: Double, y: Double, time: Double)
    case cursorMoved(x: Double, y: Double, time: Double)
    /// Files dropped onto the window, as paths.
    case filesDropped([String], time: Double)
}
