// neuron_map.frag: a hovered or pinned neuron's activation over the plot for
// NeuronMapRenderer, in place of the surface: warm where positive, cool where negative, dark
// where a ReLU is off, a bright line where a first-layer neuron crosses zero.
// Inputs: gl_FragCoord in framebuffer pixels, the plot rectangle, NeuronEvaluator's grid.
#version 330 core

#include "network.glsl"
#include "neuron_values.glsl"

// --- The neuron
uniform int uLayer;
uniform int uNeuron;
uniform float uGain;              // 1 / the neuron's largest |activation| on the grid, about
uniform int uExact;               // 1: a first-layer neuron, computed exactly from uWeights
uniform int uActivation;          // activate() code of its layer

// --- Placement and base
uniform vec4 uRect;               // plot: origin xy, size zw, framebuffer pixels
uniform vec3 uBase;               // the plot's colour where the neuron is zero (sRGB)

// --- Output
out vec4 fragColour;

void main() {
    vec2 p = (gl_FragCoord.xy - uRect.xy) / uRect.zw * 2.0 - 1.0;
    // A first-layer neuron is one affine map: exact and cheap, so its kink stays sharp. Deeper
    // ones are interpolated from the evaluated grid.
    float value;
    if (uExact == 1) {
        vec4 unit = texelFetch(uWeights, ivec2(0, uNeuron), 0);
        value = activate(dot(unit.xy, p) + unit.z, uActivation);
    } else {
        value = neuronValue(uLayer, uNeuron, p);
    }
    vec3 colour = uBase + divergingColour(value * uGain) * 0.85;

    // The zero crossing, about 1.5 pixels wide; its pixel distance from the value's rate.
    // A ReLU's dead half is flat zero: no rate there, and no line. Interpolated values bend
    // at every grid cell, which would draw the line as a staircase, so only exact maps get it.
    float rate = length(vec2(dFdx(value), dFdy(value)));
    float line = uExact == 1 && rate > 1e-7 ? clamp(1.5 - abs(value) / rate, 0.0, 1.0) : 0.0;
    colour = mix(colour, vec3(0.95), 0.8 * line);
    fragColour = vec4(colour, 1.0);
}
