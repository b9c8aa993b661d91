// Smooth scene changes: the old scene's last picture is kept in a framebuffer and laid over the
// new scene with falling opacity, so a change never shows a black or half-built frame.

@preconcurrency import CEpoxy

/// A fade from a saved frame to whatever is drawn beneath it. GL thread only.
public final class CrossFade {
    private let library: ShaderLibrary
    private let quad = EmptyVertexArray()
    /// Created on the first fade and reused; resized with the target.
    private var saved: Framebuffer?
    private var start = 0.0
    /// Seconds the saved frame takes to fade out.
    public var duration: Double
    public private(set) var isActive = false

    public init(library: ShaderLibrary, duration: Double = 1.5) {
        self.library = library
        self.duration = duration
    }

    /// A `width` x `height` target to draw the outgoing frame into; the fade starts at `now`.
    public func begin(width: Int, height: Int, now: Double) throws(GLError) -> RenderTarget {
        let framebuffer: Framebuffer
        if let saved {
            framebuffer = saved
            try framebuffer.resize(width: width, height: height)
        } else {
            framebuffer = try Framebuffer(width: width, height: height, format: .rgba8)
        }
        saved = framebuffer
        start = now
        isActive = duration > 0
        return .offscreen(framebuffer)
    }

    /// Lays the saved frame over `target` at the opacity for `now`; does nothing once faded.
    public func draw(over target: RenderTarget, now: Double) {
        guard isActive, let saved else { return }
        let progress = (now - start) / duration
        guard progress < 1, saved.width == target.size.width,
              saved.height == target.size.height else {
            isActive = false
            return
        }

        // Smoothstep, so the change eases in and out rather than starting with a jump.
        let t = Float(max(progress, 0))
        let opacity = 1 - t * t * (3 - 2 * t)
        target.bind()
        GL.setBlending(true)
        let program = library[.fade]
        program.use()
        program.bind(saved.attachments[0], unit: 0, to: "previousFrame")
        program.set("opacity", opacity)
        quad.drawQuad()
    }
}
