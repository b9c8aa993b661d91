// The GPU surface's top class per pixel equals the CPU forward pass's, for every path and
// activation: at least 99.5% of 256x256 pixels, leaving out near-ties (top two
// probabilities within 1e-3).

import Learning
import Rendering
import RenderingTestSupport
import XCTest

final class SurfaceAgreementTests: XCTestCase {
    private let size = 256

    /// Checks the agreement and returns the surface, for a look at how it drew.
    @discardableResult
    private func assertAgrees(_ network: Network, allowsTiling: Bool = true,
                              allowsUnrolling: Bool = true,
                              expected method: SurfaceRenderer.Method,
                              file: StaticString = #filePath,
                              line: UInt = #line) throws -> SurfaceRenderer {
        let context = try GLTestContext.require()
        let surface = SurfaceRenderer(library: context.library)
        surface.allowsTiling = allowsTiling
        surface.allowsUnrolling = allowsUnrolling
        let gpu = try surface.topClasses(of: network, width: size, height: size)
        XCTAssertEqual(surface.method, method, file: file, line: line)

        let cpu = SurfaceReference(network: network, width: size, height: size)
        let agreement = cpu.agreement(with: gpu)
        // The tiled path is exact, so it is held to more than the 99.5%: a mistake
        // in its rarest kind of tile (a few percent of pixels) must not pass.
        let required = method == .tiled ? 0.9999 : 0.995
        XCTAssertGreaterThanOrEqual(agreement.unambiguous, required,
                                    "\(network.shape) \(method): \(agreement)",
                                    file: file, line: line)
        // A trained net on three spiral arms must show more than one class.
        XCTAssertGreaterThan(Set(cpu.classes).count, 1, "the net is trivial", file: file,
                             line: line)
        return surface
    }

    func testReluNetTiled() throws {
        let surface = try assertAgrees(try trainedNetwork("2-100-3", activation: .relu),
                                       expected: .tiled)
        // The spiral's units cross near the centre, so this one net has every kind of tile.
        let tiles = try XCTUnwrap(surface.tileStatistics())
        XCTAssertGreaterThan(tiles.plainShare, 0, "no plain tiles")
        XCTAssertGreaterThan(tiles.busyShare, 0, "no tiles split into quarters")
    }

    func testReluNetPerPixel() throws {
        let network = try trainedNetwork("2-100-3", activation: .relu)
        try assertAgrees(network, allowsTiling: false, expected: .unrolled)
        try assertAgrees(network, allowsTiling: false, allowsUnrolling: false,
                         expected: .perPixel)
    }

    func testLeakyReluNetTiled() throws {
        try assertAgrees(try trainedNetwork("2-32-3", activation: .leakyRelu), expected: .tiled)
    }

    func testTanhNet() throws {
        let network = try trainedNetwork("2-16-16-3", activation: .tanh)
        try assertAgrees(network, expected: .unrolled)
        try assertAgrees(network, allowsUnrolling: false, expected: .perPixel)
    }

    func testSigmoidNet() throws {
        let network = try trainedNetwork("2-24-3", activation: .sigmoid, steps: 600)
        try assertAgrees(network, expected: .unrolled)
        try assertAgrees(network, allowsUnrolling: false, expected: .perPixel)
    }

    func testThreeHiddenLayers() throws {
        let network = try trainedNetwork("2-16-16-16-3", activation: .relu)
        try assertAgrees(network, expected: .unrolled)
        try assertAgrees(network, allowsUnrolling: false, expected: .perPixel)
    }

    /// A net past UnrolledNetwork's limit takes the looping program by itself.
    func testALargeNetLoops() throws {
        try assertAgrees(try trainedNetwork("2-32-32-3", activation: .tanh), expected: .perPixel)
    }

    func testEightClassesUseBothLogitVectors() throws {
        try assertAgrees(try trainedNetwork("2-40-8", activation: .relu, classes: 8),
                         expected: .tiled)
        let deep = try trainedNetwork("2-12-12-8", activation: .tanh, classes: 8)
        try assertAgrees(deep, expected: .unrolled)
        try assertAgrees(deep, allowsUnrolling: false, expected: .perPixel)
    }
}
