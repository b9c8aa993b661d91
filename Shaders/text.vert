// text.vert: one quad per glyph for TextRenderer (HUD, labels, notices).
// Inputs per instance: the glyph's box in framebuffer pixels with the origin at the TOP left
// and y pointing down (as text is laid out), its atlas texture coordinates, and its colour.
#version 330 core

// --- Per instance
layout(location = 0) in vec4 aBox;     // x0, y0, x1, y1: pixels, top-left origin, y down
layout(location = 1) in vec4 aUV;      // u0, v0, u1, v1: atlas coordinates, v down
layout(location = 2) in vec4 aColour;  // sRGB, straight alpha

// --- Placement
uniform vec2 uViewportSize;            // framebuffer pixels

// --- To the fragment stage
out vec2 vUV;
flat out vec4 vColour;

void main() {
    int corner = int[6](0, 1, 2, 2, 1, 3)[gl_VertexID];
    vec2 unit = vec2(float(corner & 1), float(corner >> 1));
    vec2 pixel = mix(aBox.xy, aBox.zw, unit);
    vUV = mix(aUV.xy, aUV.zw, unit);
    gl_Position = vec4(pixel.x / uViewportSize.x * 2.0 - 1.0,
                       1.0 - pixel.y / uViewportSize.y * 2.0, 0.0, 1.0);
    vColour = aColour;
}
