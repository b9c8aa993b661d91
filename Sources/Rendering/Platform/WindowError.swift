// Why no window or GL context could be had, each with the hint a person needs to fix it.

/// A failure to open a display, a window or a suitable OpenGL context.
public enum WindowError: Error, CustomStringConvertible {
    /// Neither DISPLAY nor WAYLAND_DISPLAY is usable; `detail` is GLFW's message if it gave one.
    case noDisplay(detail: String?)
    /// The driver cannot make an OpenGL 3.3 core context; `detail` is what it said or offers.
    case glVersionTooOld(detail: String?)
    /// GLFW failed for another reason; its message verbatim.
    case platform(String)

    public var description: String {
        switch self {
        case .noDisplay(let detail):
            return "no X display to open a window on"
                + (detail.map { " (\($0))" } ?? "")
                + "\nset DISPLAY, or run headless under a virtual display: "
                + "xvfb-run -a neurolume …"
        case .glVersionTooOld(let detail):
            return "OpenGL 3.3 core is required but the driver could not provide it"
                + (detail.map { " (\($0))" } ?? "")
                + "\nupdate the graphics driver, or use Mesa's software "
                + "renderer: LIBGL_ALWAYS_SOFTWARE=1 neurolume …"
        case .platform(let message):
            return "window system error: \(message)"
        }
    }
}
