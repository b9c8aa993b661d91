// The steps the live keys take through settings: learning rates on a 1-2-5 ladder, layer widths
// on a ladder of round sizes, and the next entry of each list. Pure functions, so each step can
// be checked without a window or a trainer.

import Foundation
import Learning

enum SceneControls {
    /// The learning rate one step up (or down) the 1-2-5 ladder from `rate`, within the
    /// range the command line accepts.
    static func learningRate(after rate: Float, up: Bool) -> Float {
        // Rungs parsed from decimal text, so 0.05 is the float nearest 0.05 and not 5 × 0.01.
        let exponent = Int(log10f(rate).rounded(.down))
        let sorted = (exponent - 1...exponent + 1).flatMap { power in
            [1, 2, 5].map { Float("\($0)e\(power)")! }
        }
        // A rate a hair off a rung counts as on it, so steps never stall.
        let tolerance = rate * 1e-3
        let next = up ? sorted.first { $0 > rate + tolerance }
                      : sorted.last { $0 < rate - tolerance }
        return min(max(next ?? rate, 1e-6), 100)
    }

    /// Hidden widths the [ and ] keys step through.
    static let widths = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 100, 128, 192, 256]

    /// `shape` with every hidden layer one step wider (or narrower) than its widest; nil when
    /// there are no hidden layers or the end of the ladder is reached.
    static func shape(_ shape: NetworkShape, wider: Bool) -> NetworkShape? {
        let hidden = shape.layerSizes.dropFirst().dropLast()
        guard let widest = hidden.max() else { return nil }
        let next = wider ? widths.first { $0 > widest } : widths.last { $0 < widest }
        guard let width = next else { return nil }
        let sizes = [shape.inputCount] + hidden.map { _ in width } + [shape.classCount]
        return try? NetworkShape(layerSizes: sizes, hiddenActivations: shape.hiddenActivations)
    }

    /// `shape` with one more hidden layer (a copy of the last one, or 16 wide with ReLU when
    /// there is none), or one fewer; nil at the limits.
    static func shape(_ shape: NetworkShape, addingLayer: Bool) -> NetworkShape? {
        var sizes = shape.layerSizes
        var activations = shape.hiddenActivations
        if addingLayer {
            let width = sizes.count > 2 ? sizes[sizes.count - 2] : 16
            sizes.insert(width, at: sizes.count - 1)
            activations.append(activations.last ?? .relu)
        } else {
            guard sizes.count > 2 else { return nil }
            sizes.remove(at: sizes.count - 2)
            activations.removeLast()
        }
        return try? NetworkShape(layerSizes: sizes, hiddenActivations: activations)
    }

    /// The entry after `current` in `all`, wrapping around.
    static func next<T: Equatable>(after current: T, in all: [T]) -> T {
        guard let index = all.firstIndex(of: current) else { return all[0] }
        return all[(index + 1) % all.count]
    }
}
