// field.frag: FieldRenderer's full-frame field for installations. Every first-layer neuron
// sends wave fronts outward from its plane w·x + b = 0 into the side where it is active; the
// fronts interfere, and iso-lines of the layer's summed activation drift across them.
// Inputs: gl_FragCoord in buffer pixels, the weights and a per-neuron colour texture.
#version 330 core

#include "network.glsl"

// --- Neurons (NetworkWeights rows of the first map; uNeuronColours row j: rgb, amplitude)
uniform sampler2D uNeuronColours;
uniform int uNeurons;             // first hidden layer's width
uniform int uStride;              // every uStride-th neuron is drawn, to bound the cost
uniform int uActivation;          // activate() code of the first layer

// --- Placement and time
uniform vec2 uBufferSize;         // pixels
uniform vec2 uPlotScale;          // plot units per half buffer, x and y (aspect kept)
uniform float uTime;              // seconds

// --- Output: light into BloomRenderer's buffer
out vec4 fragColour;

void main() {
    vec2 p = (gl_FragCoord.xy / uBufferSize * 2.0 - 1.0) * uPlotScale;
    vec3 light = vec3(0.0);
    float total = 0.0;
    float waves = 0.0;
    for (int j = 0; j < uNeurons; j += uStride) {
        vec4 unit = texelFetch(uWeights, ivec2(0, j), 0);
        vec4 style = texelFetch(uNeuronColours, ivec2(0, j), 0);
        float slope = max(length(unit.xy), 1e-6);
        float z = dot(unit.xy, p) + unit.z;
        float d = z / slope;
        total += activate(z, uActivation) * style.a;
        if (d <= 0.0) continue;
        // Fronts leave the plane at 0.12 units a second and fade with distance.
        float front = 0.5 + 0.5 * cos(6.2831853 * (d * 7.0 - uTime * 0.85));
        float wave = pow(front, 10.0) * exp(-d * 3.5) * style.a;
        light += style.rgb * wave;
        waves += wave;
    }
    // Where several fronts coincide the light adds up; a touch of white marks constructive
    // interference.
    light += vec3(0.5) * max(waves - 1.0, 0.0);
    float contour = fract(total * 1.6 - uTime * 0.12);
    float line = exp(-pow(min(contour, 1.0 - contour) / 0.03, 2.0));
    light += vec3(0.22, 0.25, 0.32) * line;
    fragColour = vec4(light * 0.45, 0.0);
}
