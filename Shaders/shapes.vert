// shapes.vert: one quad per shape for ShapeRenderer (panels, grid lines, curve segments).
// Inputs per instance, framebuffer pixels: two points, half width, kind, colour.
#version 330 core

// --- Per instance
layout(location = 0) in vec4 aPoints;  // xy: first point, zw: second point
layout(location = 1) in vec4 aStyle;   // x: half width, y: kind (0 segment, 1 box), z: radius
layout(location = 2) in vec4 aColour;  // sRGB, straight alpha

// --- Placement
uniform vec2 uViewportSize;       // framebuffer pixels

// --- To the fragment stage
out vec2 vPixel;                  // framebuffer pixels
flat out vec4 vPoints;
flat out vec4 vStyle;
flat out vec4 vColour;

void main() {
    int corner = int[6](0, 1, 2, 2, 1, 3)[gl_VertexID];
    vec2 unit = vec2(float(corner & 1), float(corner >> 1));
    // The bounding box of either shape, grown by the half width and a pixel for the ramp.
    float grow = aStyle.x + 1.0;
    vec2 low = min(aPoints.xy, aPoints.zw) - grow;
    vec2 high = max(aPoints.xy, aPoints.zw) + grow;
    vPixel = mix(low, high, unit);
    gl_Position = vec4(vPixel / uViewportSize * 2.0 - 1.0, 0.0, 1.0);
    vPoints = aPoints;
    vStyle = aStyle;
    vColour = aColour;
}
