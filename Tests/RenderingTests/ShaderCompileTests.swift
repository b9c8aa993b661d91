// Every shader file is part of a program, and every program compiles and links on this GL.
// Generated code is shown to the driver, with the lines around an error, like any file.

import Foundation
import Learning
import Rendering
import RenderingTestSupport
import XCTest

final class ShaderCompileTests: XCTestCase {
    func testEveryShaderFileCompilesAndLinks() throws {
        let context = try GLTestContext.require()
        let folder = context.library.folder
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".vert") || $0.hasSuffix(".frag") || $0.hasSuffix(".glsl") }
        XCTAssertFalse(files.isEmpty, "no shaders in \(folder.path)")

        // Building a fresh library compiles and links every program in the catalogue.
        let library = try ShaderLibrary(folder: folder)
        var used = Set<String>()
        for id in ProgramID.allCases {
            used.formUnion(library[id].files.map(\.lastPathComponent))
        }
        // The per-pixel program written out for one shape, from its template.
        let shape = try NetworkShape(layerSizes: [2, 8, 8, 3], activation: .tanh)
        let unrolled = try XCTUnwrap(library.unrolledSurface(for: shape), "\(shape) unrolled")
        used.formUnion(unrolled.files.map(\.lastPathComponent))
        for file in files {
            XCTAssertTrue(used.contains(file), "\(file) is in no program, so nothing compiles it")
        }
    }

    /// A mistake in generated code is reported like one in a file: its name, its line, and
    /// the lines around it.
    func testAnErrorInGeneratedCodeNamesItsLine() throws {
        let context = try GLTestContext.require()
        let folder = context.library.folder
        let broken = "uniform vec4 uParameters[4];\n"
            + "void evaluateNetwork(vec2 p, out vec4 low, out vec4 high) {\n"
            + "    low = undeclaredName;\n    high = low;\n}\n"
        XCTAssertThrowsError(try ShaderProgram(
            vertex: folder.appendingPathComponent("quad.vert"),
            fragment: folder.appendingPathComponent("surface_unrolled.frag"),
            generated: ["unrolled_network.glsl": broken])) { error in
            guard case ShaderError.compile(let file, let line, _, let excerpt)? =
                    error as? ShaderError else {
                return XCTFail("not a compile error: \(error)")
            }
            XCTAssertTrue(file.hasSuffix("unrolled_network.glsl"), "\(error)")
            XCTAssertEqual(line, 3)
            XCTAssertTrue(excerpt.contains("undeclaredName"), excerpt)
        }
    }

    func testEveryStageStartsWithAHeaderComment() throws {
        let folder = try GLTestContext.shaderFolder
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let text = try String(contentsOf: folder.appendingPathComponent(file),
                                  encoding: .utf8)
            XCTAssertTrue(text.hasPrefix("// "), "\(file) should open with a comment")
        }
    }
}
