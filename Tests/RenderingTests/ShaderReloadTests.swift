// --watch-shaders: an edited shader is rebuilt; a broken edit keeps the last good program and
// exposes the error for the HUD until it is fixed. A broken template of the written-out surface
// sends the net to the looping program meanwhile.

import Foundation
import Learning
import Rendering
import RenderingTestSupport
import XCTest

final class ShaderReloadTests: XCTestCase {
    func testBrokenEditKeepsTheLastGoodProgram() throws {
        let (folder, library) = try libraryOverShaderCopy()
        let good = library[.points]

        // Break the file and date it later, as an editor's save would.
        let file = folder.appendingPathComponent("points.frag")
        let original = try String(contentsOf: file, encoding: .utf8)
        try (original + "\nbroken(\n").write(to: file, atomically: true, encoding: .utf8)
        try touch(file, secondsAhead: 2)
        library.reloadChanged(interval: 0)
        XCTAssertTrue(library[.points] === good, "the broken edit replaced the program")
        let message = try XCTUnwrap(library.errorMessage)
        XCTAssertTrue(message.contains("points.frag"), message)

        try original.write(to: file, atomically: true, encoding: .utf8)
        try touch(file, secondsAhead: 4)
        library.reloadChanged(interval: 0)
        XCTAssertNil(library.errorMessage)
        XCTAssertFalse(library[.points] === good, "the fixed file was not rebuilt")
    }

    func testABrokenUnrolledTemplateFallsBackToTheLoopingProgram() throws {
        let (folder, library) = try libraryOverShaderCopy()
        let surface = SurfaceRenderer(library: library)
        surface.setNetwork(try trainedNetwork("2-8-8-3", activation: .tanh, steps: 10))
        XCTAssertEqual(surface.method, .unrolled)

        let file = folder.appendingPathComponent("surface_unrolled.frag")
        let original = try String(contentsOf: file, encoding: .utf8)
        try original.replacingOccurrences(of: "outHigh);", with: "outHigh)")
            .write(to: file, atomically: true, encoding: .utf8)
        try touch(file, secondsAhead: 2)
        library.reloadChanged(interval: 0)
        XCTAssertEqual(surface.method, .perPixel)
        let message = try XCTUnwrap(library.errorMessage)
        XCTAssertTrue(message.contains("surface_unrolled.frag"), message)

        try original.write(to: file, atomically: true, encoding: .utf8)
        try touch(file, secondsAhead: 4)
        library.reloadChanged(interval: 0)
        XCTAssertEqual(surface.method, .unrolled)
        XCTAssertNil(library.errorMessage)
    }

    /// A library reading a copy of `Shaders/` that the test may edit; the copy is removed
    /// when the test ends.
    private func libraryOverShaderCopy() throws -> (URL, ShaderLibrary) {
        _ = try GLTestContext.require()
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("neurolume-reload-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: try GLTestContext.shaderFolder, to: folder)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return (folder, try ShaderLibrary(folder: folder))
    }

    private func touch(_ file: URL, secondsAhead: TimeInterval) throws {
        try FileManager.default.setAttributes([.modificationDate: Date() + secondsAhead],
                                              ofItemAtPath: file.path)
    }
}
