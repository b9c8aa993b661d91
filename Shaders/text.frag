// text.frag: glyph coverage from the atlas, for TextRenderer.
// Inputs: atlas coordinates and the glyph colour; writes premultiplied alpha.
#version 330 core

// --- From the vertex stage
in vec2 vUV;
flat in vec4 vColour;

// --- Atlas
uniform sampler2D uAtlas;              // R8: FreeType's anti-aliased coverage

// --- Output
out vec4 fragColour;

void main() {
    float coverage = texture(uAtlas, vUV).r * vColour.a;
    fragColour = vec4(vColour.rgb * coverage, coverage);
}
