// The one place that talks to libepoxy: its GL names are C macros Swift cannot see, so calls go
// through the `epoxy_glXxx` function pointers, which Swift 6 treats as shared mutable state.

@preconcurrency import CEpoxy
import CGLFW

/// Thin wrappers over the GL calls the renderers need, so no file outside `GL/` imports
/// CEpoxy. Every function must be called on the thread whose GL context is current.
public enum GL {
    /// The GL version of the current context as major * 10 + minor (33 for 3.3).
    public static var version: Int { Int(epoxy_gl_version()) }

    /// Whether this thread has a current GL context. GL objects released after their window
    /// was destroyed skip their delete calls: the context took their names with it.
    public static var hasCurrentContext: Bool { glfwGetCurrentContext() != nil }

    /// The driver's vendor, renderer and version strings, for the start-up log line.
    public static var description: String {
        "\(string(GLenum(GL_VERSION))), \(string(GLenum(GL_RENDERER)))"
    }

    /// The vec4 uniforms a fragment stage may declare (GL 3.3 promises 256). Its components
    /// are asked for: the vector count is a GL 4.1 query.
    static var fragmentUniformVectors: Int {
        var value: GLint = 0
        epoxy_glGetIntegerv(GLenum(GL_MAX_FRAGMENT_UNIFORM_COMPONENTS), &value)
        return Int(value) / 4
    }

    static func string(_ name: GLenum) -> String {
        guard let text = epoxy_glGetString(name) else { return "?" }
        return String(cString: UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self))
    }

    /// Reads and clears the GL error flags; throws if any was set. `context` names the
    /// operation for the message.
    public static func checkError(_ context: @autoclosure () -> String) throws(GLError) {
        var codes: [UInt32] = []
        while true {
            let code = epoxy_glGetError()
            if code == GLenum(GL_NO_ERROR) || codes.count > 8 { break }
            codes.append(code)
        }
        if !codes.isEmpty { throw GLError.call(context(), codes: codes) }
    }

    // MARK: State the renderers set per draw

    /// Sets the viewport and scissor box to `rect`, in framebuffer pixels, origin bottom left.
    public static func setViewport(_ rect: PixelRect) {
        epoxy_glViewport(GLint(rect.x), GLint(rect.y), GLsizei(rect.width), GLsizei(rect.height))
    }

    /// Clears the bound framebuffer's colour to `colour` (linear RGBA, 0...1).
    public static func clear(_ colour: SIMD4<Float>) {
        epoxy_glClearColor(colour.x, colour.y, colour.z, colour.w)
        epoxy_glClear(GLbitfield(GL_COLOR_BUFFER_BIT))
    }

    /// Premultiplied-alpha blending on or off; every renderer writes premultiplied colour.
    public static func setBlending(_ enabled: Bool) {
        if enabled {
            epoxy_glEnable(GLenum(GL_BLEND))
            epoxy_glBlendFunc(GLenum(GL_ONE), GLenum(GL_ONE_MINUS_SRC_ALPHA))
        } else {
            epoxy_glDisable(GLenum(GL_BLEND))
        }
    }

    /// Draws `vertexCount` vertices as triangles from the bound vertex array, `instances` times.
    public static func drawTriangles(vertexCount: Int, instances: Int = 1) {
        guard vertexCount > 0, instances > 0 else { return }
        if instances == 1 {
            epoxy_glDrawArrays(GLenum(GL_TRIANGLES), 0, GLsizei(vertexCount))
        } else {
            epoxy_glDrawArraysInstanced(GLenum(GL_TRIANGLES), 0, GLsizei(vertexCount),
                                        GLsizei(instances))
        }
    }

    /// Waits until the GPU has finished every queued command; for honest timing only.
    public static func finish() {
        epoxy_glFinish()
    }
}

/// A failure reported by the GL driver.
public enum GLError: Error, CustomStringConvertible {
    /// glGetError returned these codes after the named operation.
    case call(String, codes: [UInt32])
    /// A framebuffer object is incomplete; the status code says why.
    case incompleteFramebuffer(status: UInt32)

    public var description: String {
        switch self {
        case .call(let context, let codes):
            let names = codes.map { String(format0x: $0) }.joined(separator: ", ")
            return "OpenGL error \(names) after \(context)"
        case .incompleteFramebuffer(let status):
            return "framebuffer incomplete (status \(String(format0x: status)))"
        }
    }
}

extension String {
    init(format0x value: UInt32) {
        self = "0x" + String(value, radix: 16, uppercase: true)
    }
}
