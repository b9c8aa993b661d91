// bloom_composite.frag: BloomRenderer's last pass. Adds the blurred levels to the sharp
// buffer, tone-maps so bright overlaps saturate softly instead of clipping, and writes the
// panel opaque over its background. Inputs: gl_FragCoord in framebuffer pixels, the panel.
#version 330 core

// --- Light
uniform sampler2D uScene;         // the panel's sharp glow buffer, panel pixels
uniform sampler2D uLevel0;        // blur levels, 1/2 ... 1/16 size, bilinear
uniform sampler2D uLevel1;
uniform sampler2D uLevel2;
uniform sampler2D uLevel3;
uniform float uStrength;          // share of the blurred light added back

// --- Placement and base
uniform vec4 uRect;               // panel: origin xy, size zw, framebuffer pixels
uniform vec4 uBackground;         // sRGB, opaque

// --- Output
out vec4 fragColour;

void main() {
    vec2 uv = (gl_FragCoord.xy - uRect.xy) / uRect.zw;
    vec3 sharp = texture(uScene, uv).rgb;
    // Wider levels carry less weight, so the halo fades smoothly outwards.
    vec3 blur = 0.40 * texture(uLevel0, uv).rgb + 0.30 * texture(uLevel1, uv).rgb
              + 0.20 * texture(uLevel2, uv).rgb + 0.15 * texture(uLevel3, uv).rgb;
    vec3 light = sharp + uStrength * blur;
    vec3 mapped = vec3(1.0) - exp(-light);
    fragColour = vec4(uBackground.rgb + mapped * (1.0 - uBackground.rgb), 1.0);
}
