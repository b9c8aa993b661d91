// Blending two networks of one shape: the ends are the networks themselves, the middle is the
// average, and networks of different shapes do not blend.

import Testing
@testable import Learning

struct NetworkBlendTests {
    private func network(_ sizes: [Int], _ activation: Activation, seed: UInt64) throws -> Network {
        let shape = try NetworkShape(layerSizes: sizes,
                                     hiddenActivations: Array(repeating: activation,
                                                              count: sizes.count - 2))
        var generator = SeededGenerator(seed: seed)
        return Network(shape: shape, initialization: .he, generator: &generator)
    }

    @Test func endsAreTheTwoNetworks() throws {
        let from = try network([2, 8, 3], .relu, seed: 1)
        let to = try network([2, 8, 3], .relu, seed: 2)
        #expect(Network.blend(from: from, to: to, weight: 0) == from)
        #expect(Network.blend(from: from, to: to, weight: 1) == to)
    }

    @Test func middleIsTheAverage() throws {
        let from = try network([2, 5, 4, 2], .tanh, seed: 3)
        let to = try network([2, 5, 4, 2], .tanh, seed: 4)
        let middle = try #require(Network.blend(from: from, to: to, weight: 0.5))
        for index in from.parameters.indices {
            let average = (from.parameters[index] + to.parameters[index]) / 2
            #expect(abs(middle.parameters[index] - average) <= 1e-6)
        }
        // Halfway, the middle differs from both ends.
        #expect(middle != from && middle != to)
    }

    @Test func differentShapesDoNotBlend() throws {
        let relu = try network([2, 8, 3], .relu, seed: 1)
        #expect(Network.blend(from: relu, to: try network([2, 9, 3], .relu, seed: 1),
                              weight: 0.5) == nil)
        #expect(Network.blend(from: relu, to: try network([2, 8, 3], .tanh, seed: 1),
                              weight: 0.5) == nil)
        #expect(Network.blend(from: relu, to: try network([2, 8, 2], .relu, seed: 1),
                              weight: 0.5) == nil)
    }
}
