// surface_tile.geom: one quad over a whole calm tile of SurfaceRenderer's tiled path, one with
// at most uDirectUnits sign-changing units, all carried to the pixels directly.
// Inputs: the tile's index, the coarse pass's tile data.
#version 330 core

#include "units.glsl"
#include "surface_mesh.glsl"

layout(points) in;
layout(triangle_strip, max_vertices = 4) out;

flat in int vIndex[];

void main() {
    Tile tile = fetchTile(vIndex[0]);
    vec2 first = vec2(tile.cell) * uTileSize;
    emitQuad(first, min(first + uTileSize, uRectSize), tile.affine, firstListedUnits(tile),
             tile);
}
