// fade.frag: the last frame of the previous scene laid over the new one, fading out.
// Used by CrossFade with quad.vert. Input: the saved frame, read texel for texel at
// gl_FragCoord (framebuffer pixels), and its opacity 0...1.
#version 330 core

// Inputs
uniform sampler2D previousFrame;
uniform float opacity;

// Output: premultiplied colour
out vec4 colour;

void main() {
    vec3 previous = texelFetch(previousFrame, ivec2(gl_FragCoord.xy), 0).rgb;
    colour = vec4(previous * opacity, opacity);
}
