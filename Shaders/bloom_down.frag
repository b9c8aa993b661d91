// bloom_down.frag: one step of BloomRenderer's blur chain, half the size of its source.
// Four bilinear taps at the corners of the destination texel average a 4x4 block.
// Inputs: gl_FragCoord in destination pixels, the source level.
#version 330 core

// --- Source
uniform sampler2D uSource;        // the level above, bilinear
uniform vec2 uTexelSize;          // 1 / source size

// --- Output (linear light, premultiplied)
out vec4 fragColour;

void main() {
    vec2 uv = gl_FragCoord.xy * 2.0 * uTexelSize;
    vec2 d = uTexelSize;
    fragColour = 0.25 * (texture(uSource, uv + vec2(-d.x, -d.y))
                       + texture(uSource, uv + vec2(d.x, -d.y))
                       + texture(uSource, uv + vec2(-d.x, d.y))
                       + texture(uSource, uv + vec2(d.x, d.y)));
}
