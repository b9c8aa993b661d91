// neuron_planes.frag: each first-layer neuron's line w·x + b = 0 over the decision surface, a
// thin glowing line with a faint shade on the side where the neuron is active. Drawn by
// NeuronPlanesRenderer over the plot. Inputs: gl_FragCoord in framebuffer pixels, the weights.
#version 330 core

// --- Network (NetworkWeights: row j of the first map is (w_x, w_y, b, 0) in texel 0)
uniform sampler2D uWeights;
uniform int uNeurons;             // first hidden layer's width
uniform int uHighlight;           // a neuron drawn brighter; -1 for none

// --- Placement and style
uniform vec4 uRect;               // plot: origin xy, size zw, framebuffer pixels
uniform float uLineWidth;         // pixels
uniform vec3 uLineColour;
uniform vec3 uShadeColour;

// --- Output: premultiplied, over the surface
out vec4 fragColour;

void main() {
    vec2 p = (gl_FragCoord.xy - uRect.xy) / uRect.zw * 2.0 - 1.0;
    float pixelsPerUnit = 0.5 * uRect.z;
    vec3 light = vec3(0.0);
    float shade = 0.0;
    for (int j = 0; j < uNeurons; ++j) {
        vec4 unit = texelFetch(uWeights, ivec2(0, j), 0);
        float slope = length(unit.xy);
        if (slope < 1e-6) continue;
        float z = dot(unit.xy, p) + unit.z;
        float pixels = abs(z) / slope * pixelsPerUnit;
        float emphasis = j == uHighlight ? 3.0 : 1.0;
        float core = clamp(0.5 * uLineWidth * emphasis + 0.5 - pixels, 0.0, 1.0);
        light += uLineColour * (0.30 * core + 0.035 * exp(-pixels / (2.0 * uLineWidth)))
               * emphasis;
        shade += z > 0.0 ? 1.0 : 0.0;
    }
    // Shade grows with the number of active neurons but never hides the surface.
    float cover = 0.14 * (1.0 - exp(-0.02 * shade));
    vec3 colour = light + uShadeColour * cover;
    fragColour = vec4(colour, 0.0);
}
