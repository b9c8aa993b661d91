// surface_busy.frag: the full-resolution pass of SurfaceRenderer's tiled path for busy quads,
// quarters of tiles left with more sign-changing units than a quad carries directly (see
// surface_quarter.geom). The carried ones come as in surface_tiled.frag; the rest are summed
// from the tile's unit list, and a tile with more than the list holds sums every unit. Exact,
// not approximated.
#version 330 core

#include "units.glsl"
#include "surface_colour.glsl"
#include "surface_tile_logits.glsl"

uniform int uDirectUnits;         // the units surface_tile_logits.glsl has already added

// --- From the geometry stage
noperspective in vec2 vPlot;      // plot-space position
flat in vec4 vList0;              // count (or -1), then unit indices packed three to a float
flat in vec4 vList1;

// --- Outputs
out vec4 fragColour;

void main() {
    bool wide = uClassCount > 4;
    int count = int(vList0.x);
    vec4 low, high;
    if (count < 0) {
        low = uOutputBias[0];
        high = uOutputBias[1];
        for (int j = 0; j < uHiddenCount; ++j) addUnit(j, vPlot, wide, low, high);
    } else {
        tileLogits(low, high);
        for (int k = uDirectUnits; k < count; ++k) {
            int word = k / 3;
            int bits = int(word < 3 ? vList0[word + 1] : vList1[word - 3]);
            addUnit((bits >> (8 * (k - 3 * word))) & 255, vPlot, wide, low, high);
        }
    }
    fragColour = surfaceColour(low, high);
}
