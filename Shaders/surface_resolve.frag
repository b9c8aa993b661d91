// surface_resolve.frag: colours the decision surface from a logits texture, interpolating
// logits (never colours) when that texture is smaller than the plot. SurfaceRenderer's general
// path. Inputs: gl_FragCoord in framebuffer pixels, the plot rectangle, two logits textures.
#version 330 core

#include "surface_colour.glsl"

// --- Inputs
uniform sampler2D uLogitsLow;     // classes 0-3, bilinear
uniform sampler2D uLogitsHigh;    // classes 4-7, bilinear
uniform vec4 uRect;               // plot rectangle: origin xy, size zw, framebuffer pixels

// --- Outputs
out vec4 fragColour;

void main() {
    vec2 uv = (gl_FragCoord.xy - uRect.xy) / uRect.zw;
    vec4 low = texture(uLogitsLow, uv);
    vec4 high = uClassCount > 4 ? texture(uLogitsHigh, uv) : vec4(0.0);
    fragColour = surfaceColour(low, high);
}
