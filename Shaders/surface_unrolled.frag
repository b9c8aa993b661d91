// surface_unrolled.frag: the exact per-pixel network as surface_logits.frag computes it, but
// written out in straight-line code for one network shape, its parameters in a uniform array.
// SurfaceRenderer's per-pixel path for nets small enough; llvmpipe runs it several times faster
// than the looping version, whose run-time indexing of arrays and textures it pays per lane.
// unrolled_network.glsl is generated (UnrolledNetwork.swift): it declares
// `uniform vec4 uParameters[N]` and defines evaluateNetwork(p, low, high).
#version 330 core

#include "activations.glsl"
#include "unrolled_network.glsl"

// --- Placement
uniform vec4 uPixelToPlot;        // plot = (fragCoord - origin) * xy + zw
uniform vec2 uOrigin;             // the target rectangle's lower-left corner, pixels

// --- Outputs: logits for classes 0-3 and 4-7
layout(location = 0) out vec4 outLow;
layout(location = 1) out vec4 outHigh;

void main() {
    vec2 p = (gl_FragCoord.xy - uOrigin) * uPixelToPlot.xy + uPixelToPlot.zw;
    evaluateNetwork(p, outLow, outHigh);
}
