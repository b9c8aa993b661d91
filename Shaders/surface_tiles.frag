// surface_tiles.frag: the coarse pass of SurfaceRenderer's tiled path, one fragment per tile
// of the plot, for nets with one piecewise-linear hidden layer. A hidden unit whose input
// keeps one sign over the tile is affine there, so the tile's logits are an affine map plus
// the few units whose sign does change. A tile with none whose top class holds all over it,
// far enough from every other class that no contour reaches in, is marked plain: its pixels
// skip the search for the top class and the contour. Inputs: gl_FragCoord = tile index + 0.5.
#version 330 core

#include "units.glsl"

// --- Placement
uniform vec4 uPixelToPlot;        // plot = pixel * xy + zw, pixels from the plot's corner
uniform float uTileSize;          // pixels per tile side

// --- Colouring, for the plain test
uniform int uClassCount;          // 2...8
uniform float uContourWidth;      // as in surface_colour.glsl

// --- Outputs: logits = x * slopeX + y * slopeY + offset, for classes 0-3 and 4-7, then the
// unstable units: their count (or -1 when more than 21) and up to 21 unit indices packed
// three to a float (8 bits each; 24-bit integers are exact in a float). A plain tile has no
// units to list and puts its top class + 1 in the first index word instead.
layout(location = 0) out vec4 outSlopeX;
layout(location = 1) out vec4 outSlopeY;
layout(location = 2) out vec4 outOffset;
layout(location = 3) out vec4 outSlopeXHigh;
layout(location = 4) out vec4 outSlopeYHigh;
layout(location = 5) out vec4 outOffsetHigh;
layout(location = 6) out vec4 outList0;
layout(location = 7) out vec4 outList1;

const float absent = -1e30;

float largest(vec4 v) {
    return max(max(v.x, v.y), max(v.z, v.w));
}

// For a tile whose logits are one affine map over the box centre ± halfSize (plot space):
// top class + 1 if one class is on top over the whole box and every other class's margin
// stays wider than the contour reaches (in pixels, as surface_colour.glsl measures it), else
// 0. An affine margin is lowest at a corner of the box, and its rate per pixel is constant.
float plainTopClass(vec4 slopeX, vec4 slopeY, vec4 offset, vec4 slopeXHigh, vec4 slopeYHigh,
                    vec4 offsetHigh, vec2 centre, vec2 halfSize) {
    bvec4 absentLow = greaterThanEqual(ivec4(0, 1, 2, 3), ivec4(uClassCount));
    bvec4 absentHigh = greaterThanEqual(ivec4(4, 5, 6, 7), ivec4(uClassCount));
    vec4 low = mix(slopeX * centre.x + slopeY * centre.y + offset, vec4(absent), absentLow);
    vec4 high = mix(slopeXHigh * centre.x + slopeYHigh * centre.y + offsetHigh, vec4(absent),
                    absentHigh);
    float best = max(largest(low), largest(high));
    vec4 topLow = vec4(equal(low, vec4(best)));
    vec4 topHigh = vec4(equal(high, vec4(best)));
    if (dot(topLow, vec4(1.0)) + dot(topHigh, vec4(1.0)) != 1.0) return 0.0;   // a tie

    vec2 topSlope = vec2(dot(slopeX, topLow) + dot(slopeXHigh, topHigh),
                         dot(slopeY, topLow) + dot(slopeYHigh, topHigh));
    vec2 perPixel = abs(uPixelToPlot.xy);
    float reach = 0.5 * uContourWidth + 0.5;    // pixels within which a contour shows
    // Margins over each other class: their lowest point over the box against the contour's
    // reach, with a little room for rounding in the pixels' own sums.
    vec4 marginX = topSlope.x - slopeX, marginY = topSlope.y - slopeY;
    vec4 lowest = best - low - abs(marginX) * halfSize.x - abs(marginY) * halfSize.y;
    vec4 needed = reach * (abs(marginX) * perPixel.x + abs(marginY) * perPixel.y)
        + 1e-4 * (1.0 + abs(best));
    bvec4 clearLow = bvec4(vec4(greaterThan(lowest, needed)) + topLow + vec4(absentLow));
    vec4 marginXHigh = topSlope.x - slopeXHigh, marginYHigh = topSlope.y - slopeYHigh;
    vec4 lowestHigh = best - high - abs(marginXHigh) * halfSize.x
        - abs(marginYHigh) * halfSize.y;
    vec4 neededHigh = reach * (abs(marginXHigh) * perPixel.x + abs(marginYHigh) * perPixel.y)
        + 1e-4 * (1.0 + abs(best));
    bvec4 clearHigh = bvec4(vec4(greaterThan(lowestHigh, neededHigh)) + topHigh
                            + vec4(absentHigh));
    if (!all(clearLow) || !all(clearHigh)) return 0.0;
    return dot(topLow, vec4(1.0, 2.0, 3.0, 4.0)) + dot(topHigh, vec4(5.0, 6.0, 7.0, 8.0));
}

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
    if (count == 0) {
        words0.y = plainTopClass(slopeX, slopeY, offset, slopeXHigh, slopeYHigh, offsetHigh,
                                 centre, halfSize);
    }
    outList0 = words0;
    outList1 = words1;
}
