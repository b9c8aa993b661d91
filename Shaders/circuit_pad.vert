// circuit_pad.vert: one neuron's pad for CircuitRenderer, a quad large enough for the pad, its
// gradient ring and its glow. Per instance: centre and radius in panel pixels, layer, index,
// normalised activation and gradient.
#version 330 core

// --- Per instance (CircuitInstances)
layout(location = 0) in vec4 aPad;     // centre.xy (panel pixels), radius, layer
layout(location = 1) in vec4 aState;   // index, activation / max|activation|, gradient / max

// --- Placement
uniform vec2 uPanelSize;          // pixels

// --- To the fragment stage
out vec2 vOffset;                 // pixels from the pad's centre
flat out vec4 vPad;
flat out vec4 vState;

void main() {
    int corner = int[6](0, 1, 2, 2, 1, 3)[gl_VertexID];
    vec2 unit = vec2(float(corner & 1), float(corner >> 1)) * 2.0 - 1.0;
    // Room for the gradient ring at 1.5 radii and the glow beyond it.
    vOffset = unit * (aPad.z * 2.4 + 3.0);
    gl_Position = vec4((aPad.xy + vOffset) / uPanelSize * 2.0 - 1.0, 0.0, 1.0);
    vPad = aPad;
    vState = aState;
}
