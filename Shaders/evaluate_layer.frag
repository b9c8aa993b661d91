// evaluate_layer.frag: one layer of the network at NeuronEvaluator's points, four neurons per
// texel. Inputs: gl_FragCoord (x = point index, y = row), the previous layer's texture and
// the weights. Layer 0 writes the points themselves: (x, y, 1, 0).
#version 330 core

#include "network.glsl"
#include "evaluation_points.glsl"

// --- This layer
uniform int uLayer;               // 0 = inputs
uniform int uOutputs;             // neurons in this layer
uniform int uBase;                // this layer's first row
uniform int uActivation;          // activate() code; 4 (linear) for the logits

// --- The previous layer (unused for layer 0)
uniform sampler2D uPrevious;      // NeuronEvaluator layout
uniform int uPreviousBase;        // its first row
uniform int uInputs;              // its neuron count
uniform int uRowOffset;           // first uWeights row of this layer's neurons

// --- Output: neurons 4t ... 4t + 3 at this point, a 1 after the last neuron
out vec4 outValues;

void main() {
    int point = int(gl_FragCoord.x);
    int texel = int(gl_FragCoord.y) - uBase;
    if (uLayer == 0) {
        outValues = vec4(evaluationPoint(point), 1.0, 0.0);
        return;
    }

    // The bias rides on the trailing 1 stored after the previous layer's last neuron.
    int inputTexels = (uInputs + 4) / 4;
    vec4 result = vec4(0.0);
    for (int k = 0; k < 4; ++k) {
        int neuron = texel * 4 + k;
        if (neuron >= uOutputs) {
            result[k] = neuron == uOutputs ? 1.0 : 0.0;
            continue;
        }
        float z = 0.0;
        for (int t = 0; t < inputTexels; ++t) {
            vec4 weights = texelFetch(uWeights, ivec2(t, uRowOffset + neuron), 0);
            z += dot(weights, texelFetch(uPrevious, ivec2(point, uPreviousBase + t), 0));
        }
        result[k] = activate(z, uActivation);
    }
    outValues = result;
}
