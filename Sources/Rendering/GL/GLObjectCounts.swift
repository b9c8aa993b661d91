// Live GL objects by kind, counted in the wrappers' initializers and deinitializers, so a soak
// test can show that hours of scene changes leave the driver holding no more than at the start.

import Synchronization

/// How many GL objects of each kind the wrappers hold now. Safe to read from any thread; the
/// counts change on the GL thread.
public struct GLObjectCounts: Sendable, Equatable, CustomStringConvertible {
    public var textures = 0
    public var buffers = 0
    public var framebuffers = 0
    public var programs = 0
    public var vertexArrays = 0

    public enum Kind: Int, CaseIterable, Sendable {
        case texture, buffer, framebuffer, program, vertexArray
    }

    private static let live = Mutex(GLObjectCounts())

    /// The counts now.
    public static var current: GLObjectCounts { live.withLock { $0 } }

    /// Adds `delta` objects of `kind` (negative when deleted).
    static func add(_ kind: Kind, _ delta: Int) {
        live.withLock { counts in
            switch kind {
            case .texture: counts.textures += delta
            case .buffer: counts.buffers += delta
            case .framebuffer: counts.framebuffers += delta
            case .program: counts.programs += delta
            case .vertexArray: counts.vertexArrays += delta
            }
        }
    }

    public var total: Int { textures + buffers + framebuffers + programs + vertexArrays }

    public var description: String {
        "textures \(textures), buffers \(buffers), framebuffers \(framebuffers), "
            + "programs \(programs), vertex arrays \(vertexArrays)"
    }
}
