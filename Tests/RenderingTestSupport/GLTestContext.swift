// One hidden GLFW window shared by every GL test, with the source tree's shaders compiled.
// Without a display the tests skip, except on CI (CI=true), where a missing context fails.
// XCTest cases ask with `require()`, Swift Testing suites with `library()`.

import Foundation
import Learning
import Rendering
import Testing
import XCTest

/// The GL context and shaders for tests. XCTest runs tests on the main thread, one at a time,
/// which is what GLFW and GL need.
public final class GLTestContext {
    public let window: GLWindow
    public let library: ShaderLibrary

    nonisolated(unsafe) private static var shared: Result<GLTestContext, Error>?

    private init() throws {
        window = try GLWindow(width: 64, height: 64, title: "neurolume tests", visible: false,
                              vsync: false)
        library = try ShaderLibrary(folder: try ShaderFolder.locate())
    }

    /// The shared context; throws XCTSkip without one, or fails the test when CI=true.
    public static func require(file: StaticString = #filePath,
                               line: UInt = #line) throws -> GLTestContext {
        if shared == nil {
            shared = Result { try GLTestContext() }
        }
        switch shared! {
        case .success(let context):
            return context
        case .failure(let error):
            let message = "no GL context for rendering tests: \(error)\n"
                + "run them under a display, e.g. xvfb-run -a swift test"
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                XCTFail(message, file: file, line: line)
                throw error
            }
            throw XCTSkip(message, file: file, line: line)
        }
    }

    /// For Swift Testing suites, which must run serialized on the main actor: the shader
    /// library with the shared context current, or nil without a context, after recording an
    /// issue (CI=true) or printing why the test is skipped.
    @MainActor
    public static func library() -> ShaderLibrary? {
        if shared == nil {
            shared = Result { try GLTestContext() }
        }
        switch shared! {
        case .success(let context):
            // The runner may have run an earlier test on another thread; the suite is
            // serialized, so taking the context over is safe.
            context.window.makeCurrent()
            return context.library
        case .failure(let error):
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("no OpenGL context under CI: \(error)")
            } else {
                print("skipping GL test: no OpenGL context (\(error)); run under xvfb-run -a")
            }
            return nil
        }
    }

    /// The source tree's Shaders/ folder (found the way the program finds it).
    public static var shaderFolder: URL {
        get throws { try ShaderFolder.locate() }
    }
}

/// A network trained `steps` steps on a seeded spiral: non-trivial boundaries to test against.
public func trainedNetwork(_ layers: String, activation: Activation, steps: Int = 400,
                           classes: Int = 3, seed: UInt64 = 7) throws -> Network {
    let dataset = try DatasetSpec(kind: .spiral, pointsPerClass: 60, classCount: classes,
                                  seed: seed).generate()
    let shape = try NetworkShape(parsing: layers, activation: activation)
    let initialization: Initialization = activation == .relu || activation == .leakyRelu
        ? .he : .xavier
    let settings = TrainingSettings(learningRate: 0.01, optimizer: .adam,
                                    regularization: .l2(1e-4), batchSize: nil,
                                    initialization: initialization)
    let session = TrainingSession(dataset: dataset, shape: shape, settings: settings, seed: seed)
    for _ in 0..<steps { session.advance() }
    return session.network
}
