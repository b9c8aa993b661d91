// surface_tile.vert: one point per tile (or per quarter of a tile) for the geometry stages of
// SurfaceRenderer's tiled path; the renderer lists which tiles each draw covers.
#version 330 core

layout(location = 0) in float aIndex;   // tile index, or tile index * 4 + quarter

flat out int vIndex;

void main() {
    vIndex = int(aIndex);
    gl_Position = vec4(0.0, 0.0, 0.0, 1.0);
}
