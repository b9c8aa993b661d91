// Offscreen render targets: framebuffer objects over textures, with pixel readback for
// screenshots, benchmarks and the tests' pixel probes.

@preconcurrency import CEpoxy

/// A framebuffer object drawing into one or more textures of the same size.
/// Create, bind and release on the GL thread only.
public final class Framebuffer {
    public let name: GLuint
    public let attachments: [Texture]
    public var width: Int { attachments[0].width }
    public var height: Int { attachments[0].height }

    /// A framebuffer over `count` new textures of `format`, `width` x `height` texels.
    public init(width: Int, height: Int, format: Texture.Format, count: Int = 1,
                linear: Bool = false) throws(GLError) {
        precondition((1...8).contains(count), "1...8 colour attachments, not \(count)")
        var name: GLuint = 0
        epoxy_glGenFramebuffers(1, &name)
        GLObjectCounts.add(.framebuffer, 1)
        self.name = name
        attachments = (0..<count).map { _ in Texture(format: format, linear: linear) }
        try resize(width: width, height: height)
    }

    deinit {
        GLObjectCounts.add(.framebuffer, -1)
        guard GL.hasCurrentContext else { return }
        var name = self.name
        epoxy_glDeleteFramebuffers(1, &name)
    }

    /// Reallocates the attachments if the size changed.
    public func resize(width: Int, height: Int) throws(GLError) {
        guard attachments[0].width != width || attachments[0].height != height else { return }
        epoxy_glBindFramebuffer(GLenum(GL_FRAMEBUFFER), name)
        for (index, texture) in attachments.enumerated() {
            texture.resize(width: max(width, 1), height: max(height, 1))
            epoxy_glFramebufferTexture2D(GLenum(GL_FRAMEBUFFER),
                                         GLenum(GL_COLOR_ATTACHMENT0 + Int32(index)),
                                         GLenum(GL_TEXTURE_2D), texture.name, 0)
        }
        let buffers = (0..<attachments.count).map { GLenum(GL_COLOR_ATTACHMENT0 + Int32($0)) }
        epoxy_glDrawBuffers(GLsizei(buffers.count), buffers)
        let status = epoxy_glCheckFramebufferStatus(GLenum(GL_FRAMEBUFFER))
        epoxy_glBindFramebuffer(GLenum(GL_FRAMEBUFFER), 0)
        guard status == GLenum(GL_FRAMEBUFFER_COMPLETE) else {
            throw .incompleteFramebuffer(status: status)
        }
    }

    /// Makes this the draw target, with the viewport covering it.
    public func bind() {
        epoxy_glBindFramebuffer(GLenum(GL_FRAMEBUFFER), name)
        GL.setViewport(PixelRect(x: 0, y: 0, width: width, height: height))
    }

    /// Makes the window's own framebuffer the draw target.
    public static func bindWindow() {
        epoxy_glBindFramebuffer(GLenum(GL_FRAMEBUFFER), 0)
    }

    /// The first attachment's pixels as RGBA bytes, rows bottom up (GL order).
    /// The attachment must be `.rgba8`. Waits for rendering to finish.
    public func readColour() -> [UInt8] {
        precondition(attachments[0].format == .rgba8, "colour readback of a float target")
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        epoxy_glBindFramebuffer(GLenum(GL_READ_FRAMEBUFFER), name)
        epoxy_glReadBuffer(GLenum(GL_COLOR_ATTACHMENT0))
        epoxy_glPixelStorei(GLenum(GL_PACK_ALIGNMENT), 1)
        epoxy_glReadPixels(0, 0, GLsizei(width), GLsizei(height), GLenum(GL_RGBA),
                           GLenum(GL_UNSIGNED_BYTE), &pixels)
        epoxy_glBindFramebuffer(GLenum(GL_READ_FRAMEBUFFER), 0)
        return pixels
    }

    /// Attachment `index`'s texels as floats (4 per texel, rows bottom up). It must be
    /// `.rgba32f`.
    public func readFloats(attachment index: Int = 0) -> [Float] {
        precondition(attachments[index].format == .rgba32f, "float readback of a colour target")
        var texels = [Float](repeating: 0, count: width * height * 4)
        epoxy_glBindFramebuffer(GLenum(GL_READ_FRAMEBUFFER), name)
        epoxy_glReadBuffer(GLenum(GL_COLOR_ATTACHMENT0 + Int32(index)))
        epoxy_glReadPixels(0, 0, GLsizei(width), GLsizei(height), GLenum(GL_RGBA),
                           GLenum(GL_FLOAT), &texels)
        epoxy_glBindFramebuffer(GLenum(GL_READ_FRAMEBUFFER), 0)
        return texels
    }
}
