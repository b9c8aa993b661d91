// surface_quarter.geom: one quarter of a busy tile of SurfaceRenderer's tiled path, one with
// more sign-changing units than a quad carries. The quarter re-checks the tile's units over
// its own smaller box: those that keep one sign there fold into its affine logits, and if at
// most uDirectUnits remain it is calm. The calm draw (uBusyQuads false) emits calm quarters
// for surface_tiled.frag; the busy draw emits the others, with the tile's own data, for
// surface_busy.frag. Inputs: tile index * 4 + quarter, the coarse pass's tile data.
#version 330 core

#include "units.glsl"
#include "surface_mesh.glsl"

layout(points) in;
layout(triangle_strip, max_vertices = 4) out;

uniform bool uBusyQuads;          // this draw's quarters: busy (true) or calm (false)

flat in int vIndex[];

// Folds unit j, scaled by its constant slope over the box, into the affine logits.
void foldUnit(inout Affine affine, int j, float slope) {
    vec4 unit = uUnitInput[j] * slope;
    affine.slopeX += uUnitOutput[j] * unit.x;
    affine.slopeY += uUnitOutput[j] * unit.y;
    affine.offset += uUnitOutput[j] * unit.z;
    affine.slopeXHigh += uUnitOutputHigh[j] * unit.x;
    affine.slopeYHigh += uUnitOutputHigh[j] * unit.y;
    affine.offsetHigh += uUnitOutputHigh[j] * unit.z;
}

void main() {
    Tile tile = fetchTile(vIndex[0] / 4);
    int quarter = vIndex[0] % 4;
    vec2 tileFirst = vec2(tile.cell) * uTileSize;
    vec2 tileLast = min(tileFirst + uTileSize, uRectSize);
    vec2 halfTile = vec2(0.5 * uTileSize);
    vec2 corner = vec2(float(quarter & 1), float(quarter >> 1));
    vec2 first = min(tileFirst + halfTile * corner, tileLast);
    vec2 last = min(first + halfTile, tileLast);
    if (any(lessThanEqual(last, first))) return;        // past the plot's edge

    // The box spanned by the quarter's pixel centres, in plot space. A tile whose list
    // overflowed has no list to re-check: it stays busy.
    vec2 centre = 0.5 * (first + last) * uPixelToPlot.xy + uPixelToPlot.zw;
    vec2 halfSize = 0.5 * (last - first - 1.0) * abs(uPixelToPlot.xy);
    Affine affine = tile.affine;
    DirectUnits units = noDirectUnits();
    bool calm = tile.count >= 0;
    for (int k = 0; k < tile.count && calm; ++k) {
        int j = listedUnit(tile, k);
        vec4 unit = uUnitInput[j];
        float middle = dot(unit.xy, centre) + unit.z;
        float reach = dot(abs(unit.xy), halfSize);
        if (middle - reach >= 0.0) {
            foldUnit(affine, j, 1.0);
        } else if (middle + reach <= 0.0) {
            foldUnit(affine, j, uNegativeSlope);
        } else if (units.count < uDirectUnits) {
            addDirect(units, j);
        } else {
            calm = false;
        }
    }

    if (calm && !uBusyQuads) emitQuad(first, last, affine, units, tile);
    if (!calm && uBusyQuads) emitQuad(first, last, tile.affine, firstListedUnits(tile), tile);
}
