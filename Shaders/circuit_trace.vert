// circuit_trace.vert: one synapse of CircuitRenderer as a strip of quads along an S-curve
// (x even, y smoothstep; CircuitLayout.tracePoint is the same curve). Per instance: its ends
// in panel pixels, its normalised weight and signals, and which neurons it joins.
#version 330 core

// --- Per instance (CircuitInstances)
layout(location = 0) in vec4 aEnds;    // from.xy, to.xy: panel pixels
layout(location = 1) in vec4 aSignal;  // w / max|w|, w·a / max, |w|·grad / max, gap index
layout(location = 2) in vec4 aIndices; // source neuron, target neuron

// --- Placement and style
uniform vec2 uPanelSize;          // pixels
uniform float uHalfWidth;         // half the core's width at |w| = 1, pixels
uniform float uGlowWidth;         // the soft halo's reach beyond the core, pixels
uniform ivec2 uHighlight;         // (layer, neuron) highlighted; layer -1 for none

// --- To the fragment stage
out float vAcross;                // pixels from the centre line
out float vT;                     // 0 at the source pad, 1 at the target pad
flat out vec4 vSignal;
flat out float vHalfWidth;
flat out float vEmphasis;         // 1 normally; brighter into a highlighted neuron, dim elsewhere

const int kSegments = 12;      // CircuitRenderer draws 6 vertices per segment

vec2 curve(vec2 a, vec2 b, float t) {
    float eased = t * t * (3.0 - 2.0 * t);
    return vec2(mix(a.x, b.x, t), mix(a.y, b.y, eased));
}

void main() {
    int segment = gl_VertexID / 6;
    int corner = int[6](0, 1, 2, 2, 1, 3)[gl_VertexID % 6];
    float t = (float(segment) + float(corner & 1)) / float(kSegments);
    float side = float(corner >> 1) * 2.0 - 1.0;

    // The normal of the curve itself at t, so neighbouring quads share their edges and the
    // additive glow never doubles where they meet.
    vec2 a = aEnds.xy, b = aEnds.zw;
    vec2 tangent = vec2(b.x - a.x, (b.y - a.y) * 6.0 * t * (1.0 - t));
    vec2 normal = normalize(vec2(-tangent.y, tangent.x) + vec2(0.0, 1e-6));
    float halfWidth = uHalfWidth * (0.3 + 0.7 * abs(aSignal.x));
    float reach = halfWidth + uGlowWidth + 1.0;
    vec2 pixel = curve(a, b, t) + normal * side * reach;
    gl_Position = vec4(pixel / uPanelSize * 2.0 - 1.0, 0.0, 1.0);

    vAcross = side * reach;
    vT = t;
    vSignal = aSignal;
    vHalfWidth = halfWidth;
    int gap = int(aSignal.w);
    vEmphasis = 1.0;
    if (uHighlight.x >= 0) {
        bool into = uHighlight.x == gap + 1 && uHighlight.y == int(aIndices.y);
        bool from = uHighlight.x == gap && uHighlight.y == int(aIndices.x);
        vEmphasis = into ? 2.4 : (from ? 1.2 : 0.15);
    }
}
