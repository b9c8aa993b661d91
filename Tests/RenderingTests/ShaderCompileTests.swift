// Every shader file is part of a program, and every program compiles and links on this GL.

import Foundation
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
        for file in files {
            XCTAssertTrue(used.contains(file), "\(file) is in no program, so nothing compiles it")
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
