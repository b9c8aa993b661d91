// A network shape written out as straight-line GLSL: every layer's outputs four at a time,
// each a dot product of its weights with the previous layer's vec4s, the parameters in one
// uniform array read at constant indices. Shaders/surface_unrolled.frag includes the text.
// Rasterizers that run shaders on the CPU (llvmpipe) pay per lane for every run-time index
// into a local array or a texture, which is what the looping network.glsl does.

import Learning

/// The generated `unrolled_network.glsl` for one shape, and the uniform array its code reads.
struct UnrolledNetwork {
    /// The include name Shaders/surface_unrolled.frag uses for the generated text.
    static let includeName = "unrolled_network.glsl"

    /// The most vec4 parameters an unrolled net may have: what llvmpipe compiles in about a
    /// second the first time it draws a shape (measured with its shader cache off: 2-16-16-3,
    /// 120 vectors, 0.2 s; 2-100-3, 201, 1.0 s; 2-32-32-3, 329, 5.6 s, which the looping
    /// program draws instead). GL 3.3 promises room for 256 vec4 uniforms in a stage.
    static let maximumParameterVectors = 256

    let shape: NetworkShape
    /// `uParameters`' length: per layer, each output's weights as vec4s of inputs, then one
    /// bias vec4 per four outputs.
    let parameterVectors: Int

    /// nil when `shape` has more parameters than `maximumParameterVectors` or than
    /// `availableVectors` (the driver's fragment uniform vectors, less what the rest uses).
    init?(shape: NetworkShape, availableVectors: Int) {
        let sizes = shape.layerSizes
        var count = 0
        for layer in 0..<shape.layerCount {
            count += sizes[layer + 1] * Self.groups(sizes[layer]) + Self.groups(sizes[layer + 1])
        }
        guard count <= min(Self.maximumParameterVectors, availableVectors) else { return nil }
        self.shape = shape
        parameterVectors = count
    }

    /// Four-wide groups that hold `width` values.
    private static func groups(_ width: Int) -> Int { (width + 3) / 4 }

    /// The GLSL text: `uParameters` and `evaluateNetwork(p, low, high)`, as network.glsl's.
    var source: String {
        let sizes = shape.layerSizes
        var lines = [
            "// unrolled_network.glsl, generated for \(shape) by UnrolledNetwork.swift.",
            "uniform vec4 uParameters[\(parameterVectors)];",
            "",
            "void evaluateNetwork(vec2 p, out vec4 low, out vec4 high) {",
            "    vec4 a0_0 = vec4(p, 0.0, 0.0);",
        ]
        var next = 0
        for layer in 0..<shape.layerCount {
            let inputs = Self.groups(sizes[layer])
            let outputs = sizes[layer + 1]
            let activation = layer < shape.hiddenActivations.count
                ? shape.hiddenActivations[layer] : .linear
            let kind = NetworkTextures.code(activation)
            for group in 0..<Self.groups(outputs) {
                // Lanes past the layer's width stay 0; the next layer's weights for them are 0.
                let lanes = (0..<4).map { lane -> String in
                    guard group * 4 + lane < outputs else { return "0.0" }
                    let terms = (0..<inputs).map { input in
                        "dot(uParameters[\(next + input)], a\(layer)_\(input))"
                    }
                    next += inputs
                    return terms.joined(separator: " + ")
                }
                lines.append("    vec4 a\(layer + 1)_\(group) = activate4(vec4(")
                lines.append("        " + lanes.joined(separator: ",\n        "))
                lines.append("    ) + uParameters[\(next)], \(kind));")
                next += 1
            }
        }
        let last = shape.layerCount
        lines.append("    low = a\(last)_0;")
        lines.append(Self.groups(sizes[last]) > 1 ? "    high = a\(last)_1;"
                                                  : "    high = vec4(0.0);")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `network`'s parameters in the order `source` reads them; `network` must have `shape`.
    func parameters(_ network: Network) -> [SIMD4<Float>] {
        precondition(network.shape == shape, "parameters of a \(network.shape) net for \(shape)")
        let sizes = shape.layerSizes
        var result: [SIMD4<Float>] = []
        result.reserveCapacity(parameterVectors)
        network.parameters.withUnsafeBufferPointer { parameters in
            for layer in 0..<shape.layerCount {
                let inputs = sizes[layer], outputs = sizes[layer + 1]
                let weightBase = network.layout.weightOffsets[layer]
                let biasBase = network.layout.biasOffsets[layer]
                for output in 0..<outputs {
                    let row = weightBase + output * inputs
                    for group in 0..<Self.groups(inputs) {
                        result.append(Self.vector(parameters, from: row + 4 * group,
                                                  count: min(4, inputs - 4 * group)))
                    }
                    // A group's bias comes after its last output's weights.
                    if output % 4 == 3 || output == outputs - 1 {
                        let first = output / 4 * 4
                        result.append(Self.vector(parameters, from: biasBase + first,
                                                  count: output - first + 1))
                    }
                }
            }
        }
        return result
    }

    /// `count` (1...4) floats from `start`, zero padded.
    private static func vector(_ values: UnsafeBufferPointer<Float>, from start: Int,
                               count: Int) -> SIMD4<Float> {
        var vector = SIMD4<Float>.zero
        for lane in 0..<count { vector[lane] = values[start + lane] }
        return vector
    }
}
