// surface_tiled.vert: the mesh of SurfaceRenderer's tiled path, one quad per tile of the plot.
// Each corner carries the tile's affine logits evaluated there, which the rasterizer's linear
// interpolation then reproduces exactly at every pixel; the tile's list of sign-changing units
// rides along flat. Inputs: gl_VertexID, the tile textures from surface_tiles.frag.
#version 330 core

// --- Tile data, one texel per tile, in surface_tiles.frag's output order
uniform sampler2D uTileData[8];

// --- Placement
uniform ivec2 uTileCount;         // tiles across and up
uniform vec2 uRectSize;           // the plot rectangle (and viewport), pixels
uniform vec4 uPixelToPlot;        // plot = pixel * xy + zw, pixels from the plot's corner
uniform float uTileSize;          // pixels per tile side
uniform int uClassCount;

// --- To the fragment stage
noperspective out vec2 vPlot;     // plot-space position
noperspective out vec4 vLow;      // the stable units' logits, classes 0-3
noperspective out vec4 vHigh;     // classes 4-7
flat out vec4 vList0;             // surface_tiles.frag's outList0 and outList1
flat out vec4 vList1;

void main() {
    int tileIndex = gl_VertexID / 6;
    ivec2 tile = ivec2(tileIndex % uTileCount.x, tileIndex / uTileCount.x);
    int corner = int[6](0, 1, 2, 2, 1, 3)[gl_VertexID % 6];
    // Clamped to the rectangle, so edge tiles end where the plot does.
    vec2 pixel = min((vec2(tile) + vec2(float(corner & 1), float(corner >> 1))) * uTileSize,
                     uRectSize);
    vec2 p = pixel * uPixelToPlot.xy + uPixelToPlot.zw;
    gl_Position = vec4(pixel / uRectSize * 2.0 - 1.0, 0.0, 1.0);

    vPlot = p;
    vLow = texelFetch(uTileData[0], tile, 0) * p.x + texelFetch(uTileData[1], tile, 0) * p.y
        + texelFetch(uTileData[2], tile, 0);
    vHigh = vec4(0.0);
    if (uClassCount > 4) {
        vHigh = texelFetch(uTileData[3], tile, 0) * p.x + texelFetch(uTileData[4], tile, 0) * p.y
            + texelFetch(uTileData[5], tile, 0);
    }
    vList0 = texelFetch(uTileData[6], tile, 0);
    vList1 = texelFetch(uTileData[7], tile, 0);
}
