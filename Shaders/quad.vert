// quad.vert: one quad covering the viewport, for the full-screen passes of SurfaceRenderer.
// No inputs; the corners come from gl_VertexID. Fragment stages work from gl_FragCoord.
#version 330 core

void main() {
    // Two triangles: (0,1,2) and (2,1,3) of the unit square's corners.
    int corner = int[6](0, 1, 2, 2, 1, 3)[gl_VertexID];
    vec2 unit = vec2(float(corner & 1), float(corner >> 1));
    gl_Position = vec4(unit * 2.0 - 1.0, 0.0, 1.0);
}
