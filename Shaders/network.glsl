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

#include "activations.glsl"

// Logits at plot-space point p: classes 0-3 in low, 4-7 in high (unused entries undefined).
void evaluateNetwork(vec2 p, out vec4 low, out vec4 high) {
    // Activations four to a vec4, with the trailing 1 that multiplies the bias column.
    // Outputs are computed four at a time so each array access moves a whole vec4: llvmpipe
    // pays for every dynamically indexed access, and a per-component write costs as much.
    vec4 current[65];
    vec4 next[65];
    current[0] = vec4(p, 1.0, 0.0);

    for (int layer = 0; layer < uLayerCount; ++layer) {
        int inputTexels = (uLayerSizes[layer] + 4) / 4;
        int outputs = uLayerSizes[layer + 1];
        int row = uRowOffsets[layer];
        int kind = layer == uLayerCount - 1 ? 4 : uActivations[layer];

        for (int group = 0; group * 4 < outputs; ++group) {
            int o = group * 4;
            vec4 z = vec4(0.0);
            for (int t = 0; t < inputTexels; ++t) {
                vec4 a = current[t];
                z.x += dot(texelFetch(uWeights, ivec2(t, row + o), 0), a);
                z.y += dot(texelFetch(uWeights, ivec2(t, row + o + 1), 0), a);
                z.z += dot(texelFetch(uWeights, ivec2(t, row + o + 2), 0), a);
                z.w += dot(texelFetch(uWeights, ivec2(t, row + o + 3), 0), a);
            }
            // Lanes past the layer's width: the first is the next layer's bias input, 1;
            // the rest are 0 (their weight rows are padding and read as 0).
            vec4 lane = vec4(o, o + 1, o + 2, o + 3);
            next[group] = mix(activate4(z, kind), vec4(equal(lane, vec4(outputs))),
                              greaterThanEqual(lane, vec4(outputs)));
        }
        int groups = (outputs + 3) / 4;
        // A width that is a multiple of 4 needs a whole new vec4 for the trailing 1.
        if (outputs % 4 == 0) next[groups] = vec4(1.0, 0.0, 0.0, 0.0);
        for (int t = 0; t <= groups; ++t) current[t] = next[t];
    }
    low = current[0];
    high = current[1];
}
