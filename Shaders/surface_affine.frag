// surface_affine.frag: the full-resolution pass of SurfaceRenderer's tiled path for tiles in
// which no hidden unit changes sign: the interpolated logits are exact as they come.
#version 330 core

#include "surface_colour.glsl"

// --- From the geometry stage
noperspective in vec4 vLow;       // classes 0-3
noperspective in vec4 vHigh;      // classes 4-7

// --- Outputs
out vec4 fragColour;

void main() {
    fragColour = surfaceColour(vLow, vHigh);
}
