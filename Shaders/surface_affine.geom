// surface_affine.geom: one quad over a tile of SurfaceRenderer's tiled path in which no hidden
// unit changes sign, so the logits are one affine map over it and only they ride to the
// pixels, with the top class and its hue when the coarse pass found the tile plain.
// Inputs: the tile's index, the coarse pass's tile data.
#version 330 core

layout(points) in;
layout(triangle_strip, max_vertices = 4) out;

// --- Tile data, one texel per tile, in surface_tiles.frag's output order
uniform sampler2D uTileData[8];

// --- Placement
uniform ivec2 uTileCount;         // tiles across and up
uniform vec2 uRectSize;           // the plot rectangle (and viewport), pixels
uniform vec4 uPixelToPlot;        // plot = pixel * xy + zw, pixels from the plot's corner
uniform float uTileSize;          // pixels per tile side

// --- Colours
uniform vec4 uClassColours[8];    // surface hue per class

flat in int vIndex[];

// --- To the fragment stage
noperspective out vec4 vLow;      // the logits, classes 0-3
noperspective out vec4 vHigh;     // classes 4-7
flat out vec4 vTopLow;            // a plain tile's top class, one-hot over classes 0-3
flat out vec4 vTopHigh;           // ... and 4-7
flat out vec3 vHue;               // its hue

void main() {
    ivec2 cell = ivec2(vIndex[0] % uTileCount.x, vIndex[0] / uTileCount.x);
    vec4 slopeX = texelFetch(uTileData[0], cell, 0);
    vec4 slopeY = texelFetch(uTileData[1], cell, 0);
    vec4 offset = texelFetch(uTileData[2], cell, 0);
    vec4 slopeXHigh = texelFetch(uTileData[3], cell, 0);
    vec4 slopeYHigh = texelFetch(uTileData[4], cell, 0);
    vec4 offsetHigh = texelFetch(uTileData[5], cell, 0);
    int top = int(texelFetch(uTileData[6], cell, 0).y) - 1;     // -1 unless plain
    vec4 topLow = vec4(equal(ivec4(0, 1, 2, 3), ivec4(top)));
    vec4 topHigh = vec4(equal(ivec4(4, 5, 6, 7), ivec4(top)));
    vec3 hue = uClassColours[clamp(top, 0, 7)].rgb;

    vec2 first = vec2(cell) * uTileSize;
    vec2 last = min(first + uTileSize, uRectSize);
    for (int corner = 0; corner < 4; ++corner) {
        vec2 pixel = mix(first, last, vec2(float(corner & 1), float(corner >> 1)));
        vec2 p = pixel * uPixelToPlot.xy + uPixelToPlot.zw;
        gl_Position = vec4(pixel / uRectSize * 2.0 - 1.0, 0.0, 1.0);
        vLow = slopeX * p.x + slopeY * p.y + offset;
        vHigh = slopeXHigh * p.x + slopeYHigh * p.y + offsetHigh;
        vTopLow = topLow;
        vTopHigh = topHigh;
        vHue = hue;
        EmitVertex();
    }
    EndPrimitive();
}
