// network.glsl: the snapshot's multilayer perceptron evaluated at one plot-space point.
// Included by the surface fragment stages. uWeights (RGBA32F, 65 texels wide) has one row per
// neuron of every layer: its weights, then its bias, as if the input had a trailing 1.

// --- Network uniforms
uniform sampler2D uWeights;
uniform int uLayerCount;          // affine maps, 1...9
uniform int uLayerSizes[10];      // widths, input first
uniform int uRowOffsets[9];       // first uWeights row of each map
uniform int uActivations[8];      // per hidden layer: 0 relu, 1 leaky relu, 2 tanh, 3 sigmoid,
                                  // 4 linear (Learning's Activation, in declaration order)

float activate(float z, int kind) {
    if (kind == 0) return max(z, 0.0);
    if (kind == 1) return z > 0.0 ? z : 0.01 * z;
    // Clamped so a driver's exp-based tanh cannot overflow into NaN; tanh(15) is 1 in float.
    if (kind == 2) return tanh(clamp(z, -15.0, 15.0));
    if (kind == 3) return 1.0 / (1.0 + exp(-z));
    return z;
}

// Logits at plot-space point p: classes 0-3 in low, 4-7 in high (unused entries undefined).
void evaluateNetwork(vec2 p, out vec4 low, out vec4 high) {
    // Activations four to a vec4, with the trailing 1 that multiplies the bias column.
    vec4 current[65];
    vec4 next[65];
    current[0] = vec4(p, 1.0, 0.0);

    for (int layer = 0; layer < uLayerCount; ++layer) {
        int inputTexels = (uLayerSizes[layer] + 4) / 4;
        int outputs = uLayerSizes[layer + 1];
        int outputTexels = (outputs + 4) / 4;
        int row = uRowOffsets[layer];
        int kind = layer == uLayerCount - 1 ? 4 : uActivations[layer];

        for (int t = 0; t < outputTexels; ++t) next[t] = vec4(0.0);
        for (int o = 0; o < outputs; ++o) {
            float z = 0.0;
            for (int t = 0; t < inputTexels; ++t) {
                z += dot(texelFetch(uWeights, ivec2(t, row + o), 0), current[t]);
            }
            next[o >> 2][o & 3] = activate(z, kind);
        }
        next[outputs >> 2][outputs & 3] = 1.0;
        for (int t = 0; t < outputTexels; ++t) current[t] = next[t];
    }
    low = current[0];
    high = current[1];
}
