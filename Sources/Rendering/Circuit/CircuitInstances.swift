// What each trace and pad of the circuit shows, as instance data for the GPU: weights,
// signals and gradients normalised per layer, and the links kept when a layer pair has too
// many to draw. Rebuilt only when the snapshot, the focus point or the layout changes.

import Learning

/// The circuit's instance arrays. Buffers keep their capacity between rebuilds. GL-free; the
/// render thread owns it.
struct CircuitInstances {
    /// Most links drawn between two layers; beyond it the strongest |w| are kept.
    static let linkBudget = 1200

    /// Per trace, 12 floats: (from.xy, to.xy) pixels relative to the panel; (w / max|w|,
    /// w·a / max|w·a|, |w|·gradient / max, gap); (source index, target index, 0, 0).
    private(set) var traces: [Float] = []
    /// Per pad, 8 floats: (centre.xy relative to the panel, radius, layer); (index,
    /// activation / max|activation| of the layer, gradient / max gradient, 0).
    private(set) var pads: [Float] = []
    /// Per gap between layers: links drawn and links that exist.
    private(set) var shownLinks: [(shown: Int, total: Int)] = []

    private var magnitudes: [Float] = []
    private var values: [[Float]] = []
    private var gradients: [[Float]] = []

    /// Rebuilds every array. `focus` is a plot-space point whose own forward pass the pulses
    /// show; nil shows the mean over the last batch.
    mutating func rebuild(snapshot: TrainingSnapshot, layout: CircuitLayout,
                          focus: SIMD2<Float>?) {
        let network = snapshot.network
        let sizes = network.shape.layerSizes
        let origin = SIMD2(Float(layout.panel.x), Float(layout.panel.y))
        fillNeuronValues(snapshot, focus: focus)

        pads.removeAll(keepingCapacity: true)
        for layer in sizes.indices {
            let largest = max(values[layer].map(abs).max() ?? 0, 1e-6)
            let steepest = max(gradients[layer].max() ?? 0, 1e-6)
            for index in 0..<sizes[layer] {
                let centre = layout.centres[layer][index] - origin
                pads += [centre.x, centre.y, layout.padRadius[layer], Float(layer),
                         Float(index), values[layer][index] / largest,
                         gradients[layer][index] / steepest, 0]
            }
        }

        traces.removeAll(keepingCapacity: true)
        shownLinks.removeAll(keepingCapacity: true)
        for gap in 0..<network.shape.layerCount {
            appendTraces(gap: gap, network: network, layout: layout, origin: origin)
        }
    }

    /// `values[layer][neuron]`: the focus point's activations, or the batch means (inputs
    /// glow evenly then). `gradients` likewise, zero where the trainer has not reported any.
    private mutating func fillNeuronValues(_ snapshot: TrainingSnapshot, focus: SIMD2<Float>?) {
        let sizes = snapshot.network.shape.layerSizes
        let statistics = snapshot.neuronStatistics
        if let focus {
            values = snapshot.network.activations(for: [focus.x, focus.y])
        } else {
            values = [[Float](repeating: 0.6, count: sizes[0])] + (1..<sizes.count).map {
                Self.hiddenLayer(statistics.meanActivation, $0, width: sizes[$0], missing: 0.5)
            }
        }
        gradients = [[Float](repeating: 0, count: sizes[0])] + (1..<sizes.count).map {
            Self.hiddenLayer(statistics.meanGradientMagnitude, $0, width: sizes[$0], missing: 0)
        }
    }

    /// Layer `layer`'s row of a per-layer statistic that starts at the first hidden layer, or
    /// `missing` throughout where the row is absent or of another width (a shape change the
    /// statistics have not caught up with).
    private static func hiddenLayer(_ rows: [[Float]], _ layer: Int, width: Int,
                                    missing: Float) -> [Float] {
        let row = rows.indices.contains(layer - 1) ? rows[layer - 1] : []
        return row.count == width ? row : [Float](repeating: missing, count: width)
    }

    private mutating func appendTraces(gap: Int, network: Network, layout: CircuitLayout,
                                       origin: SIMD2<Float>) {
        let inputs = network.shape.layerSizes[gap]
        let outputs = network.shape.layerSizes[gap + 1]
        let threshold = keptMagnitude(gap: gap, network: network, count: inputs * outputs)

        // Normalisers over the whole gap, so kept links keep their true proportions.
        var largestWeight: Float = 1e-6, largestSignal: Float = 1e-6, largestBack: Float = 1e-6
        for output in 0..<outputs {
            for input in 0..<inputs {
                let w = abs(network.weight(layer: gap, output: output, input: input))
                largestWeight = max(largestWeight, w)
                largestSignal = max(largestSignal, w * abs(values[gap][input]))
                largestBack = max(largestBack, w * gradients[gap + 1][output])
            }
        }

        var shown = 0
        for output in 0..<outputs {
            for input in 0..<inputs {
                let w = network.weight(layer: gap, output: output, input: input)
                guard abs(w) >= threshold else { continue }
                shown += 1
                let from = layout.centres[gap][input] - origin
                let to = layout.centres[gap + 1][output] - origin
                traces += [from.x, from.y, to.x, to.y,
                           w / largestWeight, w * values[gap][input] / largestSignal,
                           abs(w) * gradients[gap + 1][output] / largestBack, Float(gap),
                           Float(input), Float(output), 0, 0]
            }
        }
        shownLinks.append((shown, inputs * outputs))
    }

    /// The smallest |w| drawn in `gap`: 0 when every link fits the budget, otherwise a
    /// threshold from a 256-bin histogram of |w| that keeps about `linkBudget` links, found in
    /// one pass rather than by sorting 65,536 weights.
    private mutating func keptMagnitude(gap: Int, network: Network, count: Int) -> Float {
        guard count > Self.linkBudget else { return 0 }
        let range = network.weightRange(layer: gap)
        magnitudes.removeAll(keepingCapacity: true)
        var largest: Float = 0
        for index in range {
            let magnitude = abs(network.parameters[index])
            magnitudes.append(magnitude)
            largest = max(largest, magnitude)
        }
        guard largest > 0 else { return .infinity }

        var bins = [Int](repeating: 0, count: 256)
        for magnitude in magnitudes {
            bins[min(Int(magnitude / largest * 256), 255)] += 1
        }
        var kept = 0
        for bin in stride(from: 255, through: 0, by: -1) {
            kept += bins[bin]
            if kept >= Self.linkBudget { return Float(bin) / 256 * largest }
        }
        return 0
    }
}
