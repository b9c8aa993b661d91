// A linked GLSL program built from stage files, with cached uniform locations and typed
// setters. Compile and link failures become ShaderErrors that point at the file and line.

@preconcurrency import CEpoxy
import Foundation

/// A linked program of a vertex, an optional geometry and a fragment stage. Create, use and
/// release on the GL thread only.
public final class ShaderProgram {
    public let name: GLuint
    /// The stage files it was built from, then their includes, for messages and for watching.
    public let files: [URL]
    private var locations: [String: GLint] = [:]

    /// Compiles the stages and links them; throws with file, line and driver log on failure.
    /// `generated` holds include texts the program makes itself, by name (see ShaderSource).
    public init(vertex: URL, geometry: URL? = nil, fragment: URL,
                generated: [String: String] = [:]) throws(ShaderError) {
        var stages = [(vertex, GLenum(GL_VERTEX_SHADER))]
        if let geometry { stages.append((geometry, GLenum(GL_GEOMETRY_SHADER))) }
        stages.append((fragment, GLenum(GL_FRAGMENT_SHADER)))

        var sources: [ShaderSource] = []
        var shaders: [GLuint] = []
        defer { shaders.forEach(epoxy_glDeleteShader) }
        for (url, stage) in stages {
            let source = try ShaderSource(url: url, generated: generated)
            sources.append(source)
            shaders.append(try Self.compile(source, stage: stage))
        }

        let program = epoxy_glCreateProgram()
        shaders.forEach { epoxy_glAttachShader(program, $0) }
        epoxy_glLinkProgram(program)
        var status: GLint = 0
        epoxy_glGetProgramiv(program, GLenum(GL_LINK_STATUS), &status)
        let stageFiles = stages.map(\.0)
        guard status == GL_TRUE else {
            let log = Self.infoLog(program, isProgram: true)
            epoxy_glDeleteProgram(program)
            throw .link(files: stageFiles.map(\.path), log: log)
        }
        self.name = program
        GLObjectCounts.add(.program, 1)
        self.files = stageFiles + sources.flatMap(\.files).filter { !stageFiles.contains($0) }
    }

    deinit {
        GLObjectCounts.add(.program, -1)
        guard GL.hasCurrentContext else { return }
        epoxy_glDeleteProgram(name)
    }

    public func use() {
        epoxy_glUseProgram(name)
    }

    // MARK: Uniforms (the program must be in use)

    private func location(_ uniform: String) -> GLint {
        if let cached = locations[uniform] { return cached }
        let found = epoxy_glGetUniformLocation(name, uniform)
        locations[uniform] = found
        return found
    }

    public func set(_ uniform: String, _ value: Float) {
        epoxy_glUniform1f(location(uniform), value)
    }

    public func set(_ uniform: String, _ value: SIMD2<Float>) {
        epoxy_glUniform2f(location(uniform), value.x, value.y)
    }

    public func set(_ uniform: String, _ value: SIMD4<Float>) {
        epoxy_glUniform4f(location(uniform), value.x, value.y, value.z, value.w)
    }

    public func set(_ uniform: String, _ value: SIMD3<Float>) {
        epoxy_glUniform3f(location(uniform), value.x, value.y, value.z)
    }

    public func set(_ uniform: String, _ value: SIMD2<Int32>) {
        epoxy_glUniform2i(location(uniform), value.x, value.y)
    }

    /// A `float name[N]` array; `values.count` must not exceed N.
    public func set(_ uniform: String, _ values: [Float]) {
        values.withUnsafeBufferPointer {
            epoxy_glUniform1fv(location(uniform), GLsizei($0.count), $0.baseAddress)
        }
    }

    public func set(_ uniform: String, _ value: Int) {
        epoxy_glUniform1i(location(uniform), GLint(value))
    }

    /// An `int name[N]` array; `values.count` must not exceed N.
    public func set(_ uniform: String, _ values: [Int32]) {
        values.withUnsafeBufferPointer {
            epoxy_glUniform1iv(location(uniform), GLsizei($0.count), $0.baseAddress)
        }
    }

    /// A `vec4 name[N]` array; `values.count` must not exceed N.
    public func set(_ uniform: String, _ values: [SIMD4<Float>]) {
        values.withUnsafeBytes {
            epoxy_glUniform4fv(location(uniform), GLsizei(values.count),
                               $0.baseAddress!.assumingMemoryBound(to: GLfloat.self))
        }
    }

    /// Binds `texture` to texture unit `unit` and points the sampler `uniform` at it.
    public func bind(_ texture: Texture, unit: Int, to uniform: String) {
        texture.bind(unit: unit)
        epoxy_glUniform1i(location(uniform), GLint(unit))
    }

    // MARK: Compiling

    private static func compile(_ source: ShaderSource, stage: GLenum) throws(ShaderError)
        -> GLuint {
        let shader = epoxy_glCreateShader(stage)
        source.text.withCString { pointer in
            var text: UnsafePointer<GLchar>? = pointer
            epoxy_glShaderSource(shader, 1, &text, nil)
        }
        epoxy_glCompileShader(shader)

        var status: GLint = 0
        epoxy_glGetShaderiv(shader, GLenum(GL_COMPILE_STATUS), &status)
        guard status == GL_TRUE else {
            let log = infoLog(shader, isProgram: false)
            epoxy_glDeleteShader(shader)
            throw describe(log: log, source: source)
        }
        return shader
    }

    /// Turns a driver log into an error at the first reported file and line, with the log's
    /// source-string numbers replaced by file names.
    static func describe(log: String, source: ShaderSource) -> ShaderError {
        let location = DriverLog.firstLocation(in: log)
        let number = location.map { source.files.indices.contains($0.string) ? $0.string : 0 } ?? 0
        let file = source.files[number].path
        let line = location?.line ?? 0
        let excerpt = line > 0
            ? DriverLog.excerpt(source.lines(ofSourceString: number), around: line) : ""
        return .compile(file: file, line: line,
                        log: DriverLog.naming(log, files: source.files.map(\.lastPathComponent)),
                        excerpt: excerpt)
    }

    private static func infoLog(_ object: GLuint, isProgram: Bool) -> String {
        var length: GLint = 0
        if isProgram {
            epoxy_glGetProgramiv(object, GLenum(GL_INFO_LOG_LENGTH), &length)
        } else {
            epoxy_glGetShaderiv(object, GLenum(GL_INFO_LOG_LENGTH), &length)
        }
        var buffer = [GLchar](repeating: 0, count: Int(max(length, 1)) + 1)
        if isProgram {
            epoxy_glGetProgramInfoLog(object, GLsizei(buffer.count), nil, &buffer)
        } else {
            epoxy_glGetShaderInfoLog(object, GLsizei(buffer.count), nil, &buffer)
        }
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) },
                          as: UTF8.self)
        return text.isEmpty ? "(the driver gave no log)" : text
    }
}
