// A GL context for the circuit tests: a hidden GLFW window and the shader library, made once.
// Without a display the tests skip with a message, or fail when CI=true says one must exist.

import Foundation
import Rendering
import Testing

/// The shared hidden window and shaders. GLFW wants the main thread; Swift Testing runs these
/// tests serialized on the main actor.
@MainActor
enum GLTestContext {
    private static var made: (GLWindow, ShaderLibrary)?
    private static var failure: String?

    /// The shader library with a current context, or nil (after recording why) without one.
    static func library() throws -> ShaderLibrary? {
        if let made {
            // The runner may hand a later test to another thread; the suite is serialized, so
            // taking the context over is safe.
            made.0.makeCurrent()
            return made.1
        }
        if let failure {
            try reportMissing(failure)
            return nil
        }
        do {
            let window = try GLWindow(width: 64, height: 64, title: "circuit tests",
                                      visible: false, vsync: false)
            let library = try ShaderLibrary(folder: try ShaderFolder.locate())
            made = (window, library)
            return library
        } catch {
            failure = "\(error)"
            try reportMissing(failure!)
            return nil
        }
    }

    private static func reportMissing(_ reason: String) throws {
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("no OpenGL context under CI: \(reason)")
        } else {
            print("skipping GL test: no OpenGL context (\(reason)); run under xvfb-run -a")
        }
    }
}

/// An offscreen RGBA8 frame with pixel probes (origin bottom left, as GL reads it).
struct ProbedFrame {
    let width: Int
    let height: Int
    let pixels: [UInt8]

    /// Mean of R, G and B at pixel (x, y), 0...255.
    func brightness(_ x: Int, _ y: Int) -> Float {
        let cx = min(max(x, 0), width - 1), cy = min(max(y, 0), height - 1)
        let base = (cy * width + cx) * 4
        return (Float(pixels[base]) + Float(pixels[base + 1]) + Float(pixels[base + 2])) / 3
    }

    func brightness(at point: SIMD2<Float>) -> Float {
        brightness(Int(point.x), Int(point.y))
    }
}
