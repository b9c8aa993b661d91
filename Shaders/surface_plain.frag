// surface_plain.frag: the full-resolution pass of SurfaceRenderer's tiled path for plain
// tiles: affine logits, and a top class that leads every other class by more than the
// contour's reach all over the tile (the coarse pass checked), so the pixel only shades it.
#version 330 core

#include "surface_colour.glsl"

// --- From the geometry stage
noperspective in vec4 vLow;       // logits, classes 0-3
noperspective in vec4 vHigh;      // classes 4-7
flat in vec4 vTopLow;             // the top class, one-hot
flat in vec4 vTopHigh;
flat in vec3 vHue;                // its hue

// --- Outputs
out vec4 fragColour;

void main() {
    fragColour = plainColour(vLow, vHigh, vTopLow, vTopHigh, vHue);
}
