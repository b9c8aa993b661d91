// surface_mesh.glsl: what the geometry stages of SurfaceRenderer's tiled path share: a tile's
// data from the coarse pass (surface_tiles.frag), the units carried directly to the pixels,
// and the quad that carries them. Included by surface_tile.geom and surface_quarter.geom,
// after units.glsl.
//
// Each corner of a quad carries its affine logits and its direct units' inputs evaluated
// there, which the rasterizer's linear interpolation reproduces exactly at every pixel; the
// units' output weights ride along flat.

// --- Tile data, one texel per tile, in surface_tiles.frag's output order
uniform sampler2D uTileData[8];

// --- Placement
uniform ivec2 uTileCount;         // tiles across and up
uniform vec2 uRectSize;           // the plot rectangle (and viewport), pixels
uniform vec4 uPixelToPlot;        // plot = pixel * xy + zw, pixels from the plot's corner
uniform float uTileSize;          // pixels per tile side
uniform int uDirectUnits;         // units a quad carries: 8 up to four classes, else 4

// --- To the fragment stage
noperspective out vec2 vPlot;     // plot-space position
noperspective out vec4 vLow;      // the affine part of the logits, classes 0-3
noperspective out vec4 vHigh;     // classes 4-7
noperspective out vec4 vInputs;   // direct units 0-3's inputs (0 if fewer)
noperspective out vec4 vInputsMore;// units 4-7's, for nets of up to four classes
flat out mat4 vOutputs;           // units 0-3's weights into classes 0-3, a column each
flat out mat4 vOutputsMore;       // up to four classes: units 4-7's; else units 0-3's into 4-7
flat out vec4 vList0;             // surface_tiles.frag's outList0 and outList1, for busy quads
flat out vec4 vList1;

// The logits as an affine map of the plot position, for classes 0-3 and 4-7.
struct Affine {
    vec4 slopeX, slopeY, offset;
    vec4 slopeXHigh, slopeYHigh, offsetHigh;
};

// Sign-changing units carried directly: columns of (w_x, w_y, bias, 0) and output weights.
struct DirectUnits {
    int count;
    mat4 inputs, inputsMore;
    mat4 outputs, outputsMore;
};

// One tile's coarse-pass results.
struct Tile {
    ivec2 cell;
    Affine affine;
    vec4 list0, list1;      // count (or -1 when the list overflowed), then packed unit indices
    int count;
};

Tile fetchTile(int index) {
    Tile tile;
    tile.cell = ivec2(index % uTileCount.x, index / uTileCount.x);
    tile.affine.slopeX = texelFetch(uTileData[0], tile.cell, 0);
    tile.affine.slopeY = texelFetch(uTileData[1], tile.cell, 0);
    tile.affine.offset = texelFetch(uTileData[2], tile.cell, 0);
    tile.affine.slopeXHigh = texelFetch(uTileData[3], tile.cell, 0);
    tile.affine.slopeYHigh = texelFetch(uTileData[4], tile.cell, 0);
    tile.affine.offsetHigh = texelFetch(uTileData[5], tile.cell, 0);
    tile.list0 = texelFetch(uTileData[6], tile.cell, 0);
    tile.list1 = texelFetch(uTileData[7], tile.cell, 0);
    tile.count = int(tile.list0.x);
    return tile;
}

// Hidden unit k of the tile's list (three to a word in list0.yzw, then list1).
int listedUnit(Tile tile, int k) {
    int word = k / 3;
    int bits = int(word < 3 ? tile.list0[word + 1] : tile.list1[word - 3]);
    return (bits >> (8 * (k - 3 * word))) & 255;
}

DirectUnits noDirectUnits() {
    return DirectUnits(0, mat4(0.0), mat4(0.0), mat4(0.0), mat4(0.0));
}

void addDirect(inout DirectUnits units, int j) {
    int k = units.count;
    if (k < 4) {
        units.inputs[k] = uUnitInput[j];
        units.outputs[k] = uUnitOutput[j];
        units.outputsMore[k] = uUnitOutputHigh[j];      // zero unless more than four classes
    } else {
        units.inputsMore[k - 4] = uUnitInput[j];
        units.outputsMore[k - 4] = uUnitOutput[j];
    }
    units.count = k + 1;
}

// The tile's first listed units, as many as a quad carries.
DirectUnits firstListedUnits(Tile tile) {
    DirectUnits units = noDirectUnits();
    for (int k = 0; k < min(tile.count, uDirectUnits); ++k) addDirect(units, listedUnit(tile, k));
    return units;
}

// One quad over pixels [first, last) of the plot rectangle.
void emitQuad(vec2 first, vec2 last, Affine affine, DirectUnits units, Tile tile) {
    for (int corner = 0; corner < 4; ++corner) {
        vec2 pixel = mix(first, last, vec2(float(corner & 1), float(corner >> 1)));
        vec2 p = pixel * uPixelToPlot.xy + uPixelToPlot.zw;
        gl_Position = vec4(pixel / uRectSize * 2.0 - 1.0, 0.0, 1.0);
        vPlot = p;
        vLow = affine.slopeX * p.x + affine.slopeY * p.y + affine.offset;
        vHigh = affine.slopeXHigh * p.x + affine.slopeYHigh * p.y + affine.offsetHigh;
        vInputs = vec4(p, 1.0, 0.0) * units.inputs;
        vInputsMore = vec4(p, 1.0, 0.0) * units.inputsMore;
        vOutputs = units.outputs;
        vOutputsMore = units.outputsMore;
        vList0 = tile.list0;
        vList1 = tile.list1;
        EmitVertex();
    }
    EndPrimitive();
}
