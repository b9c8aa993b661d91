// circuit_pad.frag: a neuron's pad for CircuitRenderer. The disc shows the neuron's activation
// over the whole input plane as a heatmap (from NeuronEvaluator's grid) when thumbnails are on,
// else a flat glow; around it a halo by activation, a flickering ring by mean |gradient|, and
// a white ring when highlighted. Inputs: offset from the centre in pixels, the pad's state.
#version 330 core

#include "neuron_values.glsl"

// --- From the vertex stage
in vec2 vOffset;
flat in vec4 vPad;                // centre.xy, radius, layer
flat in vec4 vState;              // index, activation (-1...1), gradient (0...1)

// --- Style and time
uniform int uThumbnails;          // 1: heatmaps in the discs
uniform float uThumbnailGain[10]; // per layer: 1 / a typical activation
uniform float uTime;              // seconds, for the gradient ring's flicker
uniform ivec2 uHighlight;         // (layer, neuron) highlighted; layer -1 for none
uniform vec3 uActive;             // glow colour of a positive activation (linear light)
uniform vec3 uNegativeActive;     // of a negative activation
uniform vec3 uGradient;           // the gradient ring
uniform vec3 uRim;                // the pad's rim

// --- Output: premultiplied, the disc opaque so traces end under it, glows additive
out vec4 fragColour;

void main() {
    float radius = vPad.z;
    int layer = int(vPad.w);
    int index = int(vState.x);
    float activation = vState.y;
    float gradient = vState.z;
    float r = length(vOffset);
    vec3 glowColour = activation >= 0.0 ? uActive : uNegativeActive;
    float strength = abs(activation);

    // The disc: a heatmap of the neuron over the plane, or its activation as a flat light.
    float disc = clamp(radius + 0.5 - r, 0.0, 1.0);
    vec3 body;
    if (uThumbnails == 1) {
        vec2 plane = vOffset / radius;
        body = divergingColour(neuronValue(layer, index, plane) * uThumbnailGain[layer]);
    } else {
        body = vec3(0.10) + glowColour * (0.15 + 0.85 * strength);
    }
    float rim = clamp(1.0 - abs(r - radius) / 1.2, 0.0, 1.0);
    vec3 colour = body * disc + uRim * rim * (0.4 + 0.6 * strength);

    // Halo by activation, outside the disc only, so the heatmap inside keeps its contrast.
    float outside = max(r - radius, 0.0);
    colour += glowColour * strength * 0.8 * exp(-outside / (0.35 * radius + 2.0))
            * (1.0 - disc);

    // The gradient ring flickers faster the larger the gradient; the phase differs per
    // neuron so a layer shimmers rather than blinks.
    float flicker = 0.6 + 0.4 * sin(6.2831853 * (uTime * (0.8 + 2.5 * gradient)
                                                 + 0.618 * float(index)));
    float ring = clamp(1.0 - abs(r - 1.5 * radius) / 1.0, 0.0, 1.0);
    colour += uGradient * ring * gradient * flicker * 1.4;

    if (uHighlight.x == layer && uHighlight.y == index) {
        float mark = clamp(1.0 - abs(r - 1.9 * radius - 2.0) / 1.3, 0.0, 1.0);
        colour += vec3(1.2) * mark;
    }
    fragColour = vec4(colour, disc);
}
