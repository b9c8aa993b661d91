// surface_tiles.frag: the coarse pass of SurfaceRenderer's tiled path, one fragment per tile
// of the plot, for nets with one piecewise-linear hidden layer. A hidden unit whose input
// keeps one sign over the tile is affine there, so the tile's logits are an affine map plus
// the few units whose sign does change. Inputs: gl_FragCoord = tile index + 0.5.
#version 330 core

#include "units.glsl"

// --- Placement
uniform vec4 uPixelToPlot;        // plot = pixel * xy + zw, pixels from the plot's corner
uniform float uTileSize;          // pixels per tile side

// --- Outputs: logits = x * slopeX + y * slopeY + offset, for classes 0-3 and 4-7, then the
// unstable units: their count (or -1 when more than 21) and up to 21 unit indices packed
// three to a float (8 bits each; 24-bit integers are exact in a float).
layout(location = 0) out vec4 outSlopeX;
layout(location = 1) out vec4 outSlopeY;
layout(location = 2) out vec4 outOffset;
layout(location = 3) out vec4 outSlopeXHigh;
layout(location = 4) out vec4 outSlopeYHigh;
layout(location = 5) out vec4 outOffsetHigh;
layout(location = 6) out vec4 outList0;
layout(location = 7) out vec4 outList1;

void main() {
    // The plot-space box spanned by the tile's pixel centres; only those are ever coloured.
    vec2 first = floor(gl_FragCoord.xy) * uTileSize + 0.5;
    vec2 centre = (first + 0.5 * (uTileSize - 1.0)) * uPixelToPlot.xy + uPixelToPlot.zw;
    vec2 halfSize = 0.5 * (uTileSize - 1.0) * abs(uPixelToPlot.xy);

    vec4 slopeX = vec4(0.0), slopeY = vec4(0.0), offset = uOutputBias[0];
    vec4 slopeXHigh = vec4(0.0), slopeYHigh = vec4(0.0), offsetHigh = uOutputBias[1];
    // Packed unit indices: words 0-2 go to outList0.yzw, words 3-6 to outList1.
    vec4 words0 = vec4(0.0), words1 = vec4(0.0);
    int count = 0;

    for (int j = 0; j < uHiddenCount; ++j) {
        vec4 unit = uUnitInput[j];
        // An affine function's range over a box is its centre value ± the weighted half size.
        float middle = dot(unit.xy, centre) + unit.z;
        float reach = dot(abs(unit.xy), halfSize);
        float slope;
        if (middle - reach >= 0.0) {
            slope = 1.0;
        } else if (middle + reach <= 0.0) {
            slope = uNegativeSlope;
        } else if (uNegativeSlope == 1.0) {
            slope = 1.0;
        } else {
            if (count < 21) {
                int word = count / 3;
                float bits = float(j << (8 * (count - 3 * word)));
                if (word < 3) words0[word + 1] += bits; else words1[word - 3] += bits;
            }
            count += 1;
            continue;
        }
        if (slope == 0.0) continue;
        vec4 weights = uUnitOutput[j] * slope;
        slopeX += weights * unit.x;
        slopeY += weights * unit.y;
        offset += weights * unit.z;
        vec4 weightsHigh = uUnitOutputHigh[j] * slope;
        slopeXHigh += weightsHigh * unit.x;
        slopeYHigh += weightsHigh * unit.y;
        offsetHigh += weightsHigh * unit.z;
    }

    outSlopeX = slopeX;
    outSlopeY = slopeY;
    outOffset = offset;
    outSlopeXHigh = slopeXHigh;
    outSlopeYHigh = slopeYHigh;
    outOffsetHigh = offsetHigh;
    words0.x = count > 21 ? -1.0 : float(count);
    outList0 = words0;
    outList1 = words1;
}
