// 2D textures: float textures that carry network weights and logits to shaders, and 8-bit
// colour targets for offscreen frames.

@preconcurrency import CEpoxy

/// A 2D texture. Create, fill, bind and release on the GL thread only.
public final class Texture {
    /// The pixel formats this program uses.
    public enum Format: Sendable {
        /// Four 32-bit floats per texel: weights, logits, per-tile affine maps.
        case rgba32f
        /// Four 16-bit floats per texel: light that may exceed 1 (the glow buffers), at half
        /// the memory traffic of `.rgba32f`.
        case rgba16f
        /// Four bytes per texel: colour.
        case rgba8
        /// One byte per texel: glyph coverage.
        case r8

        var internalFormat: GLint {
            switch self {
            case .rgba32f: return GLint(GL_RGBA32F)
            case .rgba16f: return GLint(GL_RGBA16F)
            case .rgba8: return GLint(GL_RGBA8)
            case .r8: return GLint(GL_R8)
            }
        }
        var pixelFormat: GLenum { self == .r8 ? GLenum(GL_RED) : GLenum(GL_RGBA) }
        var type: GLenum {
            self == .rgba32f || self == .rgba16f ? GLenum(GL_FLOAT) : GLenum(GL_UNSIGNED_BYTE)
        }
    }

    public let name: GLuint
    public let format: Format
    public private(set) var width = 0
    public private(set) var height = 0

    /// `linear` filtering interpolates between texels (used to upsample logits); otherwise
    /// texels are read exactly with texelFetch or nearest sampling.
    public init(format: Format, linear: Bool = false) {
        var name: GLuint = 0
        epoxy_glGenTextures(1, &name)
        GLObjectCounts.add(.texture, 1)
        self.name = name
        self.format = format
        let filter = GLint(linear ? GL_LINEAR : GL_NEAREST)
        epoxy_glBindTexture(GLenum(GL_TEXTURE_2D), name)
        epoxy_glTexParameteri(GLenum(GL_TEXTURE_2D), GLenum(GL_TEXTURE_MIN_FILTER), filter)
        epoxy_glTexParameteri(GLenum(GL_TEXTURE_2D), GLenum(GL_TEXTURE_MAG_FILTER), filter)
        epoxy_glTexParameteri(GLenum(GL_TEXTURE_2D), GLenum(GL_TEXTURE_WRAP_S),
                              GLint(GL_CLAMP_TO_EDGE))
        epoxy_glTexParameteri(GLenum(GL_TEXTURE_2D), GLenum(GL_TEXTURE_WRAP_T),
                              GLint(GL_CLAMP_TO_EDGE))
    }

    deinit {
        GLObjectCounts.add(.texture, -1)
        guard GL.hasCurrentContext else { return }
        var name = self.name
        epoxy_glDeleteTextures(1, &name)
    }

    /// Reallocates storage if the size changed; contents become undefined.
    public func resize(width: Int, height: Int) {
        guard width != self.width || height != self.height else { return }
        self.width = width
        self.height = height
        epoxy_glBindTexture(GLenum(GL_TEXTURE_2D), name)
        epoxy_glTexImage2D(GLenum(GL_TEXTURE_2D), 0, format.internalFormat, GLsizei(width),
                           GLsizei(height), 0, format.pixelFormat, format.type, nil)
    }

    /// Replaces the whole texture with `texels`: `width * height * 4` floats, rows bottom up.
    /// The texture must be `.rgba32f`.
    public func upload(width: Int, height: Int, texels: [Float]) {
        precondition(format == .rgba32f, "float upload into a \(format) texture")
        precondition(texels.count == width * height * 4,
                     "\(texels.count) floats for a \(width)x\(height) RGBA texture")
        texels.withUnsafeBytes { replace(width: width, height: height, with: $0, alignment: 4) }
    }

    /// Replaces the whole texture with `bytes`: `width * height` coverage values, rows in
    /// memory order. The texture must be `.r8`.
    public func upload(width: Int, height: Int, bytes: [UInt8]) {
        precondition(format == .r8, "byte upload into a \(format) texture")
        precondition(bytes.count == width * height, "\(bytes.count) bytes for \(width)x\(height)")
        bytes.withUnsafeBytes { replace(width: width, height: height, with: $0, alignment: 1) }
    }

    /// Resizes if needed and copies `pixels`, laid out in this texture's format with rows
    /// `alignment` bytes aligned, into the whole texture.
    private func replace(width: Int, height: Int, with pixels: UnsafeRawBufferPointer,
                         alignment: Int) {
        resize(width: width, height: height)
        epoxy_glBindTexture(GLenum(GL_TEXTURE_2D), name)
        epoxy_glPixelStorei(GLenum(GL_UNPACK_ALIGNMENT), GLint(alignment))
        epoxy_glTexSubImage2D(GLenum(GL_TEXTURE_2D), 0, 0, 0, GLsizei(width), GLsizei(height),
                              format.pixelFormat, format.type, pixels.baseAddress)
    }

    func bind(unit: Int) {
        epoxy_glActiveTexture(GLenum(GL_TEXTURE0 + Int32(unit)))
        epoxy_glBindTexture(GLenum(GL_TEXTURE_2D), name)
    }
}
