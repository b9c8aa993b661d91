// Where a frame ends up: the window's framebuffer or an offscreen one. Renderers that draw
// through intermediate framebuffers rebind the target with this when they are done.

@preconcurrency import CEpoxy

/// The framebuffer a scene is drawn into. GL thread only.
public enum RenderTarget {
    case window(width: Int, height: Int)
    case offscreen(Framebuffer)

    public var size: (width: Int, height: Int) {
        switch self {
        case .window(let width, let height): return (width, height)
        case .offscreen(let framebuffer): return (framebuffer.width, framebuffer.height)
        }
    }

    /// Binds the target and sets the viewport to `rect` (the whole target when nil).
    public func bind(viewport rect: PixelRect? = nil) {
        switch self {
        case .window: Framebuffer.bindWindow()
        case .offscreen(let framebuffer): framebuffer.bind()
        }
        GL.setViewport(rect ?? PixelRect(x: 0, y: 0, width: size.width, height: size.height))
    }
}
