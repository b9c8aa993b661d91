// The GPU surface's top class per pixel equals the CPU forward pass's, for every path and
// activation: at least 99.5% of 256x256 pixels, leaving out near-ties (top two
// probabilities within 1e-3).

import Learning
import Rendering
import RenderingTestSupport
import XCTest

final class SurfaceAgreementTests: XCTestCase {
    private let size = 256

    private func assertAgrees(_ network: Network, allowsTiling: Bool = true,
                              expected method: SurfaceRenderer.Method,
                              file: StaticString = #filePath, line: UInt = #line) throws {
        let context = try GLTestContext.require()
        let surface = SurfaceRenderer(library: context.library)
        surface.allowsTiling = allowsTiling
        let gpu = try surface.topClasses(of: network, width: size, height: size)
        XCTAssertEqual(surface.method, method, file: file, line: line)

        let cpu = SurfaceReference(network: network, width: size, height: size)
        let agreement = cpu.agreement(with: gpu)
        XCTAssertGreaterThanOrEqual(agreement.unambiguous, 0.995,
                                    "\(network.shape) \(method): \(agreement)",
                                    file: file, line: line)
        // A trained net on three spiral arms must show more than one class.
        XCTAssertGreaterThan(Set(cpu.classes).count, 1, "the net is trivial", file: file,
                             line: line)
    }

    func testReluNetTiled() throws {
        try assertAgrees(try trainedNetwork("2-100-3", activation: .relu), expected: .tiled)
    }

    func testReluNetPerPixel() throws {
        try assertAgrees(try trainedNetwork("2-100-3", activation: .relu), allowsTiling: false,
                         expected: .perPixel)
    }

    func testLeakyReluNetTiled() throws {
        try assertAgrees(try trainedNetwork("2-32-3", activation: .leakyRelu), expected: .tiled)
    }

    func testTanhNet() throws {
        try assertAgrees(try trainedNetwork("2-16-16-3", activation: .tanh),
                         expected: .perPixel)
    }

    func testSigmoidNet() throws {
        try assertAgrees(try trainedNetwork("2-24-3", activation: .sigmoid, steps: 600),
                         expected: .perPixel)
    }

    func testThreeHiddenLayers() throws {
        try assertAgrees(try trainedNetwork("2-16-16-16-3", activation: .relu),
                         expected: .perPixel)
    }

    func testEightClassesUseBothLogitVectors() throws {
        try assertAgrees(try trainedNetwork("2-40-8", activation: .relu, classes: 8),
                         expected: .tiled)
        try assertAgrees(try trainedNetwork("2-12-12-8", activation: .tanh, classes: 8),
                         expected: .perPixel)
    }
}
