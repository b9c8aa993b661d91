// Per-instance vertex data (points, line segments, rectangles) in one buffer object with the
// vertex array that describes it. Geometry is expanded from gl_VertexID in the shaders.

@preconcurrency import CEpoxy

/// A vertex array with one buffer of interleaved float instance attributes.
/// Create, fill, draw and release on the GL thread only.
public final class InstanceBuffer {
    private var vertexArray: GLuint = 0
    private var buffer: GLuint = 0
    /// Floats per instance.
    public let stride: Int
    public private(set) var instanceCount = 0
    private var capacityBytes = 0

    /// Whether each entry feeds one point of `drawPoints` instead of one instance.
    public let isPerPoint: Bool

    /// `attributes` lists each attribute's float count (1...4), in order, at locations 0, 1, ….
    /// With `perPoint`, each entry is one vertex of a point list instead of one instance:
    /// llvmpipe runs its vertex and geometry stages eight points at a time, but only one
    /// instance at a time.
    public init(attributes: [Int], perPoint: Bool = false) {
        isPerPoint = perPoint
        precondition(attributes.allSatisfy { (1...4).contains($0) }, "attribute sizes are 1...4")
        stride = attributes.reduce(0, +)
        epoxy_glGenVertexArrays(1, &vertexArray)
        epoxy_glGenBuffers(1, &buffer)
        GLObjectCounts.add(.vertexArray, 1)
        GLObjectCounts.add(.buffer, 1)
        epoxy_glBindVertexArray(vertexArray)
        epoxy_glBindBuffer(GLenum(GL_ARRAY_BUFFER), buffer)

        var offset = 0
        for (location, size) in attributes.enumerated() {
            let index = GLuint(location)
            epoxy_glEnableVertexAttribArray(index)
            epoxy_glVertexAttribPointer(index, GLint(size), GLenum(GL_FLOAT), GLboolean(GL_FALSE),
                                        GLsizei(stride * 4), UnsafeRawPointer(bitPattern: offset))
            epoxy_glVertexAttribDivisor(index, perPoint ? 0 : 1)
            offset += size * 4
        }
        epoxy_glBindVertexArray(0)
    }

    deinit {
        GLObjectCounts.add(.vertexArray, -1)
        GLObjectCounts.add(.buffer, -1)
        guard GL.hasCurrentContext else { return }
        epoxy_glDeleteBuffers(1, &buffer)
        epoxy_glDeleteVertexArrays(1, &vertexArray)
    }

    /// Replaces the contents: `values.count / stride` instances.
    public func upload(_ values: [Float]) {
        precondition(values.count % stride == 0, "\(values.count) floats, stride \(stride)")
        instanceCount = values.count / stride
        epoxy_glBindBuffer(GLenum(GL_ARRAY_BUFFER), buffer)
        let bytes = values.count * 4
        values.withUnsafeBytes { raw in
            if bytes > capacityBytes {
                // Grow with headroom so a growing curve does not reallocate every frame.
                capacityBytes = max(bytes * 2, 1024)
                epoxy_glBufferData(GLenum(GL_ARRAY_BUFFER), capacityBytes, nil,
                                   GLenum(GL_DYNAMIC_DRAW))
            }
            epoxy_glBufferSubData(GLenum(GL_ARRAY_BUFFER), 0, bytes, raw.baseAddress)
        }
    }

    /// Draws every entry as one point, for a geometry stage that builds its primitives.
    public func drawPoints() {
        precondition(isPerPoint, "drawPoints needs a per-point buffer")
        guard instanceCount > 0 else { return }
        epoxy_glBindVertexArray(vertexArray)
        epoxy_glDrawArrays(GLenum(GL_POINTS), 0, GLsizei(instanceCount))
        epoxy_glBindVertexArray(0)
    }

    /// Draws every instance as `verticesPerInstance` triangle vertices.
    public func draw(verticesPerInstance: Int = 6) {
        epoxy_glBindVertexArray(vertexArray)
        GL.drawTriangles(vertexCount: verticesPerInstance, instances: instanceCount)
        epoxy_glBindVertexArray(0)
    }
}

/// An attribute-less vertex array for full-screen passes whose vertices come from gl_VertexID;
/// the core profile refuses to draw with no vertex array bound.
public final class EmptyVertexArray {
    private var vertexArray: GLuint = 0

    public init() {
        epoxy_glGenVertexArrays(1, &vertexArray)
        GLObjectCounts.add(.vertexArray, 1)
    }

    deinit {
        GLObjectCounts.add(.vertexArray, -1)
        guard GL.hasCurrentContext else { return }
        epoxy_glDeleteVertexArrays(1, &vertexArray)
    }

    /// Draws one quad (two triangles).
    public func drawQuad() {
        draw(vertexCount: 6)
    }

    /// Draws `vertexCount` triangle vertices `instances` times; the vertex stage builds its
    /// geometry from gl_VertexID and gl_InstanceID alone.
    public func draw(vertexCount: Int, instances: Int = 1) {
        epoxy_glBindVertexArray(vertexArray)
        GL.drawTriangles(vertexCount: vertexCount, instances: instances)
        epoxy_glBindVertexArray(0)
    }
}
