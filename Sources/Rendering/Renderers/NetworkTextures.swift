// A network's parameters laid out as float textures and uniform arrays for the surface shaders (see
// Shaders/network.glsl and Shaders/surface_tiles.frag for how they are read).

import Learning

/// A one-hidden-layer net as the uniform arrays of Shaders/units.glsl.
struct HiddenUnits {
    var input: [SIMD4<Float>]
    var output: [SIMD4<Float>]
    var outputHigh: [SIMD4<Float>]
    var outputBias: [SIMD4<Float>]
}

/// The texel layouts the surface shaders read, built on the CPU from a `Network`.
enum NetworkTextures {
    /// Texels per weight row: 256 inputs plus the bias, four to a texel.
    static let weightRowTexels = (NetworkShape.maximumWidth + 4) / 4

    /// One row per neuron of every layer: W[o][0..<in], then b[o], zero padded; rows of layer
    /// `l` start at `rowOffsets[l]`, and each layer's rows are padded with zero rows to a
    /// multiple of four. Returns RGBA floats (`weightRowTexels` wide).
    static func weights(_ network: Network) -> (texels: [Float], rows: Int, rowOffsets: [Int32]) {
        let sizes = network.shape.layerSizes
        var rowOffsets: [Int32] = []
        var rows = 0
        for layer in 0..<network.shape.layerCount {
            rowOffsets.append(Int32(rows))
            // Whole groups of four rows, as the shader reads four neurons at a time.
            rows += (sizes[layer + 1] + 3) / 4 * 4
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

    /// For a net with one hidden layer, per hidden unit j: (w_x, w_y, b, 0), its weights into
    /// classes 0-3 and into 4-7; and the output biases. The layout of Shaders/units.glsl.
    static func units(_ network: Network) -> HiddenUnits {
        precondition(network.shape.layerCount == 2, "units need exactly one hidden layer")
        let hidden = network.shape.layerSizes[1]
        let classes = min(network.shape.classCount, 8)
        var result = HiddenUnits(
            input: .init(repeating: .zero, count: hidden),
            output: .init(repeating: .zero, count: hidden),
            outputHigh: .init(repeating: .zero, count: hidden),
            outputBias: .init(repeating: .zero, count: 2))
        for unit in 0..<hidden {
            result.input[unit] = SIMD4(network.weight(layer: 0, output: unit, input: 0),
                                       network.weight(layer: 0, output: unit, input: 1),
                                       network.bias(layer: 0, output: unit), 0)
            for k in 0..<classes {
                let weight = network.weight(layer: 1, output: k, input: unit)
                if k < 4 {
                    result.output[unit][k] = weight
                } else {
                    result.outputHigh[unit][k - 4] = weight
                }
            }
        }
        for k in 0..<classes {
            result.outputBias[k / 4][k % 4] = network.bias(layer: 1, output: k)
        }
        return result
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
