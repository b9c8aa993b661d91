// The mouse and the circuit: the neuron under the cursor is highlighted (its map replaces the
// decision surface), a click pins it, and the point under the cursor or being dragged sends
// its own forward pass through the circuit's pulses.

import Learning
import Rendering

extension RenderLoop {
    /// Pins the neuron under a left click, or unpins it if it was pinned; true when the click
    /// landed on a neuron and is used up.
    mutating func clickNeuron(atCursor cursor: SIMD2<Double>, pointer: PointerScene) -> Bool {
        guard let neuron = neuron(atCursor: cursor, pointer: pointer) else { return false }
        scene.pinnedNeuron = scene.pinnedNeuron == neuron ? nil : neuron
        if let pinned = scene.pinnedNeuron {
            say("neuron \(pinned.index + 1) of layer \(pinned.layer) pinned (click it to let go)")
        } else {
            say("neuron let go")
        }
        return true
    }

    /// Follows the cursor: the neuron it is over, and the point whose forward pass to show.
    /// A pointer the installation has hidden points at nothing.
    mutating func updateNeuronFocus(cursor: SIMD2<Double>, pointer: PointerScene,
                                    snapshot: TrainingSnapshot) {
        let isHidden = operation?.isCursorHidden == true
        scene.highlightedNeuron = isHidden ? nil : neuron(atCursor: cursor, pointer: pointer)
        let focused = editor.highlighted.flatMap { id in
            snapshot.dataset.points.first { $0.id == id }
        }
        scene.focusPoint = isHidden ? nil : focused?.position
    }

    private func neuron(atCursor cursor: SIMD2<Double>, pointer: PointerScene) -> NeuronID? {
        let pixel = pointer.mapping.framebufferPixel(forCursor: cursor)
        return scene.neuron(atPixel: SIMD2(Float(pixel.x), Float(pixel.y)))
    }
}
