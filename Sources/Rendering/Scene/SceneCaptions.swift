// The words on the circuit, waveform and field panels: what each shows, what was left out
// (thinned links, skipped rows), and the highlighted neuron's incoming weights.

import Foundation
import Learning

/// Queues and draws one frame's captions through a TextRenderer. GL thread only.
struct SceneCaptions {
    let text: TextRenderer
    let layout: SceneLayout
    let palette: Palette

    func draw(_ snapshot: TrainingSnapshot, circuit: CircuitRenderer, waves: WaveformRenderer,
              waveLayer: Int, neuron: NeuronID?, planes: Bool) {
        let shape = snapshot.network.shape
        if !layout.circuit.isEmpty {
            let links = circuit.shownLinks
            let shown = links.reduce(0) { $0 + $1.shown }
            let total = links.reduce(0) { $0 + $1.total }
            let linkText = shown == total
                ? "\(grouped(total)) links"
                : "strongest \(grouped(shown)) of \(grouped(total)) links shown (by |w|)"
            caption("CIRCUIT · \(shape) · " + linkText, in: layout.circuit)
        }
        if !layout.waves.isEmpty {
            let layer = min(max(waveLayer, 1), shape.layerCount)
            let width = shape.layerSizes[layer]
            let rows = waves.rows(forWidth: width)
            let count = rows == width ? "\(width) neurons" : "\(rows) of \(width) neurons"
            caption("WAVES · layer \(layer) · \(count) along the circle", in: layout.waves)
        }
        if !layout.field.isEmpty {
            caption("FIELD · wave fronts from each first-layer neuron's plane", in: layout.field)
        }
        if let neuron {
            describe(neuron, network: snapshot.network)
        } else if planes && !layout.plot.isEmpty {
            caption("planes w·x + b = 0 of the \(shape.layerSizes[1]) first-layer neurons",
                    in: layout.plot)
        }
        text.flush(size: layout.size)
    }

    /// 12,345: thousands grouped.
    private func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }

    private func caption(_ words: String, in panel: PixelRect) {
        let scale = layout.uiScale
        text.add(words, x: Float(panel.x) + 10 * scale, top: Float(panel.maxY) - 6 * scale,
                 targetHeight: layout.size.height, points: 10, scale: scale,
                 colour: palette.dimText)
    }

    /// The neuron's name, bias and strongest incoming weights, over the plot (or the circuit
    /// when the plot is hidden).
    private func describe(_ neuron: NeuronID, network: Network) {
        let panel = layout.plot.isEmpty ? layout.circuit : layout.plot
        guard !panel.isEmpty else { return }
        var lines = ["\(neuron)"]
        if neuron.layer > 0 {
            let map = neuron.layer - 1
            let inputs = network.shape.layerSizes[map]
            let weights = (0..<inputs).map {
                (input: $0, w: network.weight(layer: map, output: neuron.index, input: $0))
            }
            let strongest = weights.sorted { abs($0.w) > abs($1.w) }.prefix(6)
            let names = strongest.map { entry -> String in
                let name = map == 0 ? (entry.input == 0 ? "x" : "y") : "n\(entry.input)"
                return String(format: "%+.2f·%@", entry.w, name)
            }
            lines.append(String(format: "bias %+.2f", network.bias(layer: map,
                                                                   output: neuron.index)))
            let more = inputs > strongest.count ? " … (\(inputs) inputs)" : ""
            lines.append("in: " + names.joined(separator: "  ") + more)
        }
        let scale = layout.uiScale
        text.add(lines.joined(separator: "\n"), x: Float(panel.x) + 12 * scale,
                 top: Float(panel.maxY) - 28 * scale, targetHeight: layout.size.height,
                 points: 11, scale: scale, colour: palette.text, face: .figures)
    }
}
