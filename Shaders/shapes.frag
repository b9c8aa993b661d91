// shapes.frag: anti-aliased capsules (line segments with round caps) and rounded boxes for
// ShapeRenderer, from signed distances in framebuffer pixels.
#version 330 core

// --- From the vertex stage
in vec2 vPixel;
flat in vec4 vPoints;
flat in vec4 vStyle;
flat in vec4 vColour;

// --- Outputs (premultiplied alpha)
out vec4 fragColour;

void main() {
    float distance;
    if (vStyle.y < 0.5) {
        vec2 a = vPoints.xy, b = vPoints.zw;
        vec2 ab = b - a;
        float t = clamp(dot(vPixel - a, ab) / max(dot(ab, ab), 1e-6), 0.0, 1.0);
        distance = length(vPixel - (a + t * ab)) - vStyle.x;
    } else {
        vec2 centre = 0.5 * (vPoints.xy + vPoints.zw);
        vec2 halfSize = 0.5 * abs(vPoints.zw - vPoints.xy) - vStyle.z;
        vec2 q = abs(vPixel - centre) - halfSize;
        distance = length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - vStyle.z;
    }
    float coverage = clamp(0.5 - distance, 0.0, 1.0) * vColour.a;
    fragColour = vec4(vColour.rgb * coverage, coverage);
}
