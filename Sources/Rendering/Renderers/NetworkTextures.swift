// A network's parameters laid out as float textures for the surface shaders (see
// Shaders/network.glsl and Shaders/surface_tiles.frag for how they are read).

import Learning

/// The texel layouts the surface shaders read, built on the CPU from a `Network`.
enum NetworkTextures {
    /// Texels per weight row: 256 inputs plus the bias, four to a texel.
    static let weightRowTexels = (NetworkShape.maximumWidth + 4) / 4

    /// One row per neuron of every layer: W[o][0..<in], then b[o], zero padded; rows of layer
    /// `l` start at `rowOffsets[l]`. Returns RGBA floats (`weightRowTexels` wide).
    static func weights(_ network: Network) -> (texels: [Float], rows: Int, rowOffsets: [Int32]) {
        let sizes = network.shape.layerSizes
        var rowOffsets: [Int32] = []
        var rows = 0
        for layer in 0..<network.shape.layerCount {
            rowOffsets.append(Int32(rows))
            rows += sizes[layer + 1]
        }

        let rowFloats = weightRowTexels * 4
        var texels = [Float](repeating: 0, count: rows * rowFloats)
        network.parameters.withUnsafeBufferPointer { parameters in
            for layer in 0..<network.shape.layerCount {
                let inputs = sizes[layer]
                let weightBase = network.layout.weightOffsets[layer]
                let biasBase = network.layout.biasOffsets[layer]
                for output in 0..<sizes[layer + 1] {
                    let start = (Int(rowOffsets[layer]) + output) * rowFloats
                    for input in 0..<inputs {
                        texels[start + input] = parameters[weightBase + output * inputs + input]
                    }
                    texels[start + inputs] = parameters[biasBase + output]
                }
            }
        }
        return (texels, rows, rowOffsets)
    }

    /// For a net with one hidden layer: row j holds hidden unit j as (w_x, w_y, b, 0), then its
    /// outgoing weights to classes 0-3 and 4-7. Three texels wide. Also the output biases.
    static func units(_ network: Network) -> (texels: [Float], outputBias: [SIMD4<Float>]) {
        precondition(network.shape.layerCount == 2, "units need exactly one hidden layer")
        let hidden = network.shape.layerSizes[1]
        let classes = network.shape.classCount
        var texels = [Float](repeating: 0, count: hidden * 12)
        for unit in 0..<hidden {
            let base = unit * 12
            texels[base] = network.weight(layer: 0, output: unit, input: 0)
            texels[base + 1] = network.weight(layer: 0, output: unit, input: 1)
            texels[base + 2] = network.bias(layer: 0, output: unit)
            for k in 0..<min(classes, 8) {
                texels[base + 4 + k] = network.weight(layer: 1, output: k, input: unit)
            }
        }
        var bias = [SIMD4<Float>](repeating: .zero, count: 2)
        for k in 0..<min(classes, 8) {
            bias[k / 4][k % 4] = network.bias(layer: 1, output: k)
        }
        return (texels, bias)
    }

    /// The shaders' code for each activation (Shaders/network.glsl, `activate`).
    static func code(_ activation: Activation) -> Int32 {
        switch activation {
        case .relu: return 0
        case .leakyRelu: return 1
        case .tanh: return 2
        case .sigmoid: return 3
        case .linear: return 4
        }
    }
}
