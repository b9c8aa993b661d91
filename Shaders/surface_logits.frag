// surface_logits.frag: the exact per-pixel network, written as logits into two RGBA32F
// targets (classes 0-3, 4-7). SurfaceRenderer's general path, at full or reduced resolution.
// Inputs: gl_FragCoord in target pixels; uPixelToPlot maps them to plot space.
#version 330 core

#include "network.glsl"

// --- Placement
uniform vec4 uPixelToPlot;        // plot = (fragCoord - origin) * xy + zw
uniform vec2 uOrigin;             // the target rectangle's lower-left corner, pixels

// --- Outputs
layout(location = 0) out vec4 outLow;
layout(location = 1) out vec4 outHigh;

void main() {
    vec2 p = (gl_FragCoord.xy - uOrigin) * uPixelToPlot.xy + uPixelToPlot.zw;
    evaluateNetwork(p, outLow, outHigh);
}
