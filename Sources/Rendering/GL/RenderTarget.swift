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

    /// Makes the target the source of glReadPixels: the window's back buffer (what is about to
    /// be shown) or the framebuffer's first attachment.
    func bindForReading() {
        switch self {
        case .window:
            epoxy_glBindFramebuffer(GLenum(GL_READ_FRAMEBUFFER), 0)
            epoxy_glReadBuffer(GLenum(GL_BACK))
        case .offscreen(let framebuffer):
            epoxy_glBindFramebuffer(GLenum(GL_READ_FRAMEBUFFER), framebuffer.name)
            epoxy_glReadBuffer(GLenum(GL_COLOR_ATTACHMENT0))
        }
    }

    /// The target's pixels as RGBA bytes, rows bottom up, read at once (waits for the GPU):
    /// for single screenshots. Video goes through PixelReadback instead.
    public func readColour() -> [UInt8] {
        let (width, height) = size
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        bindForReading()
        epoxy_glPixelStorei(GLenum(GL_PACK_ALIGNMENT), 1)
        epoxy_glReadPixels(0, 0, GLsizei(width), GLsizei(height), GLenum(GL_RGBA),
                           GLenum(GL_UNSIGNED_BYTE), &pixels)
        epoxy_glBindFramebuffer(GLenum(GL_READ_FRAMEBUFFER), 0)
        return pixels
    }
}
