// Reads rendered frames back for video without stalling the render loop: each frame is copied
// into the next pixel buffer object of a ring by an asynchronous glReadPixels, and mapped only
// when the ring comes round to it, frames later, when the GPU has long finished.

@preconcurrency import CEpoxy

/// A ring of pixel buffer objects. Create, use and release on the GL thread only.
public final class PixelReadback {
    private var buffers: [GLuint]
    /// The size of the frame waiting in each buffer; nil where a buffer holds nothing.
    private var pending: [(width: Int, height: Int)?]
    private var next = 0

    /// `depth` frames are in flight at once; the first is delivered `depth` captures later.
    public init(depth: Int = 3) {
        precondition(depth >= 1, "a readback ring needs at least one buffer")
        buffers = Array(repeating: 0, count: depth)
        epoxy_glGenBuffers(GLsizei(depth), &buffers)
        GLObjectCounts.add(.buffer, depth)
        pending = Array(repeating: nil, count: depth)
    }

    deinit {
        GLObjectCounts.add(.buffer, -buffers.count)
        guard GL.hasCurrentContext else { return }
        epoxy_glDeleteBuffers(GLsizei(buffers.count), buffers)
    }

    /// Starts reading `target`'s pixels, and hands the oldest frame in the ring, if the ring is
    /// full, to `deliver` as RGBA bytes with rows bottom up. The bytes are valid only during the
    /// call. For the window, call before swapping buffers.
    public func capture(_ target: RenderTarget,
                        deliver: (UnsafeRawBufferPointer, _ width: Int, _ height: Int) -> Void) {
        let slot = next
        next = (next + 1) % buffers.count
        deliverPending(slot, to: deliver)

        let (width, height) = target.size
        target.bindForReading()
        epoxy_glBindBuffer(GLenum(GL_PIXEL_PACK_BUFFER), buffers[slot])
        epoxy_glBufferData(GLenum(GL_PIXEL_PACK_BUFFER), width * height * 4, nil,
                           GLenum(GL_STREAM_READ))
        epoxy_glPixelStorei(GLenum(GL_PACK_ALIGNMENT), 1)
        // With a pack buffer bound, the last argument is an offset into it, and the call returns
        // at once; the copy happens when the GPU gets to it.
        epoxy_glReadPixels(0, 0, GLsizei(width), GLsizei(height), GLenum(GL_RGBA),
                           GLenum(GL_UNSIGNED_BYTE), nil)
        epoxy_glBindBuffer(GLenum(GL_PIXEL_PACK_BUFFER), 0)
        epoxy_glBindFramebuffer(GLenum(GL_READ_FRAMEBUFFER), 0)
        pending[slot] = (width, height)
    }

    /// Hands every frame still in the ring to `deliver`, oldest first: the end of a recording.
    public func drain(deliver: (UnsafeRawBufferPointer, _ width: Int, _ height: Int) -> Void) {
        for offset in 0..<buffers.count {
            deliverPending((next + offset) % buffers.count, to: deliver)
        }
    }

    /// Forgets frames in flight without delivering them: a recording was cancelled.
    public func discard() {
        pending = Array(repeating: nil, count: buffers.count)
    }

    private func deliverPending(_ slot: Int,
                                to deliver: (UnsafeRawBufferPointer, Int, Int) -> Void) {
        guard let (width, height) = pending[slot] else { return }
        pending[slot] = nil
        let bytes = width * height * 4
        epoxy_glBindBuffer(GLenum(GL_PIXEL_PACK_BUFFER), buffers[slot])
        if let mapped = epoxy_glMapBufferRange(GLenum(GL_PIXEL_PACK_BUFFER), 0, bytes,
                                               GLbitfield(GL_MAP_READ_BIT)) {
            deliver(UnsafeRawBufferPointer(start: mapped, count: bytes), width, height)
            _ = epoxy_glUnmapBuffer(GLenum(GL_PIXEL_PACK_BUFFER))
        } else {
            Log.once(.warn, "capture", "a pixel buffer could not be mapped; frames are lost")
        }
        epoxy_glBindBuffer(GLenum(GL_PIXEL_PACK_BUFFER), 0)
    }
}
