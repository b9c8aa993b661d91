// surface_tiled.frag: the full-resolution pass of SurfaceRenderer's tiled path. Each pixel
// takes its tile's affine logits and adds the tile's few sign-changing hidden units; a tile
// with too many of those evaluates the whole network. Exact, not interpolated.
// Inputs: gl_FragCoord in framebuffer pixels, the tile textures from surface_tiles.frag.
#version 330 core

#include "network.glsl"
#include "surface_colour.glsl"

// --- Tile data, one texel per tile, in surface_tiles.frag's output order
uniform sampler2D uTileData[8];
uniform sampler2D uUnits;         // as in surface_tiles.frag

// --- Placement
uniform vec4 uPixelToPlot;        // plot = (fragCoord - origin) * xy + zw
uniform vec2 uOrigin;             // the plot rectangle's lower-left corner, pixels
uniform float uTileSize;          // pixels per tile side

// --- Outputs
out vec4 fragColour;

void main() {
    vec2 pixel = gl_FragCoord.xy - uOrigin;
    vec2 p = pixel * uPixelToPlot.xy + uPixelToPlot.zw;
    ivec2 tile = ivec2(floor(pixel / uTileSize));
    vec4 list0 = texelFetch(uTileData[6], tile, 0);

    vec4 low, high = vec4(0.0);
    if (list0.x < 0.0) {
        evaluateNetwork(p, low, high);
    } else {
        bool wide = uClassCount > 4;
        low = texelFetch(uTileData[0], tile, 0) * p.x + texelFetch(uTileData[1], tile, 0) * p.y
            + texelFetch(uTileData[2], tile, 0);
        if (wide) {
            high = texelFetch(uTileData[3], tile, 0) * p.x
                + texelFetch(uTileData[4], tile, 0) * p.y + texelFetch(uTileData[5], tile, 0);
        }
        int count = int(list0.x);
        vec4 list1 = count > 3 ? texelFetch(uTileData[7], tile, 0) : vec4(-1.0);
        float indices[7] = float[7](list0.y, list0.z, list0.w, list1.x, list1.y, list1.z,
                                    list1.w);
        for (int k = 0; k < count; ++k) {
            int j = int(indices[k]);
            vec4 unit = texelFetch(uUnits, ivec2(0, j), 0);
            float a = activate(dot(unit.xy, p) + unit.z, uActivations[0]);
            low += a * texelFetch(uUnits, ivec2(1, j), 0);
            if (wide) high += a * texelFetch(uUnits, ivec2(2, j), 0);
        }
    }
    fragColour = surfaceColour(low, high);
}
