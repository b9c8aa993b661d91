// surface_tiled.frag: the full-resolution pass of SurfaceRenderer's tiled path. Each pixel
// takes the interpolated affine logits of its tile (from surface_tiled.vert) and adds the
// tile's few sign-changing hidden units; a tile with too many of those sums every unit.
// Exact, not approximated. Inputs: plot position, logits and unit list from the mesh.
#version 330 core

#include "units.glsl"
#include "surface_colour.glsl"

// --- From the vertex stage
noperspective in vec2 vPlot;
noperspective in vec4 vLow;
noperspective in vec4 vHigh;
flat in vec4 vList0;              // count (or -1), then unit indices packed three to a float
flat in vec4 vList1;

// --- Outputs
out vec4 fragColour;

void main() {
    bool wide = uClassCount > 4;
    vec4 low = vLow, high = vHigh;
    int count = int(vList0.x);
    if (count < 0) {
        low = uOutputBias[0];
        high = uOutputBias[1];
        for (int j = 0; j < uHiddenCount; ++j) addUnit(j, vPlot, wide, low, high);
    } else {
        for (int k = 0; k < count; ++k) {
            int word = k / 3;
            int bits = int(word < 3 ? vList0[word + 1] : vList1[word - 3]);
            addUnit((bits >> (8 * (k - 3 * word))) & 255, vPlot, wide, low, high);
        }
    }
    fragColour = surfaceColour(low, high);
}
