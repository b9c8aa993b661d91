// surface_tiled.frag: the full-resolution pass of SurfaceRenderer's tiled path for calm quads,
// whose few sign-changing units all come interpolated from surface_tile.geom or
// surface_quarter.geom. Exact, not approximated. Straight-line code on purpose: llvmpipe runs
// both sides of every branch and at least one pass of every loop, so the rare busy quads have
// their own program (surface_busy.frag).
#version 330 core

#include "surface_colour.glsl"

// --- Network
uniform float uNegativeSlope;     // 0 for relu, 0.01 for leaky relu

#include "surface_tile_logits.glsl"

// --- Outputs
out vec4 fragColour;

void main() {
    vec4 low, high;
    tileLogits(low, high);
    fragColour = surfaceColour(low, high);
}
