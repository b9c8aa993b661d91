// points.vert: one quad per data point for PointsRenderer, sized in framebuffer pixels.
// Inputs per instance: position in plot space [-1, 1]², class label, role (0 train, 1 test,
// 2 the highlight ring around the point under the cursor).
#version 330 core

// --- Per instance
layout(location = 0) in vec4 aPoint;  // xy: plot position, z: label, w: role

// --- Placement
uniform vec4 uRect;               // plot rectangle: origin xy, size zw, framebuffer pixels
uniform vec2 uViewportSize;       // framebuffer pixels
uniform float uRadius;            // disc radius including its outline, pixels
uniform float uHighlightRadius;   // the highlight ring's outer radius, pixels

// --- To the fragment stage
out vec2 vOffset;                 // pixels from the disc's centre
flat out int vLabel;
flat out int vRole;

void main() {
    int corner = int[6](0, 1, 2, 2, 1, 3)[gl_VertexID];
    vec2 unit = vec2(float(corner & 1), float(corner >> 1)) * 2.0 - 1.0;
    // One pixel of slack around the disc for its anti-aliased edge.
    float radius = int(aPoint.w) == 2 ? uHighlightRadius : uRadius;
    vOffset = unit * (radius + 1.0);
    vec2 centre = uRect.xy + (aPoint.xy * 0.5 + 0.5) * uRect.zw;
    vec2 pixel = centre + vOffset;
    gl_Position = vec4(pixel / uViewportSize * 2.0 - 1.0, 0.0, 1.0);
    vLabel = int(aPoint.z);
    vRole = int(aPoint.w);
}
