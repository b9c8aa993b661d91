// waveform.vert: WaveformRenderer's stacked ridgelines, one row per neuron, one instance per
// segment between two samples: first every segment's opaque fill (hiding the rows behind),
// then every segment's glowing line. Inputs: NeuronEvaluator's values along the path.
#version 330 core

#include "neuron_values.glsl"

// --- Rows
uniform int uLayer;
uniform int uNeurons;             // the layer's width
uniform int uRows;                // rows drawn (neurons are picked evenly when fewer)
uniform int uSamples;             // points along the path
uniform float uGain;              // activation to row heights
uniform float uRowGradient[64];   // per row: mean |gradient| / the layer's largest, 0...1

// --- Placement
uniform vec2 uPanelSize;          // pixels
uniform vec4 uArea;               // left, bottom, width, height of the stack, panel pixels
uniform float uHalfWidth;         // the line's half width, pixels
uniform float uGlowWidth;         // its halo, pixels

// --- To the fragment stage
out float vAcross;                // pixels from the line (line quads)
flat out int vFill;               // 1 for the fill under a row
flat out float vBrightness;
flat out float vHeight;           // the segment's mean height, -1.5...1.5

float rowSpacing() { return uArea.w / float(uRows + 2); }

vec2 samplePoint(int row, int neuron, int s) {
    int clamped = clamp(s, 0, uSamples - 1);
    // Soft compression: large activations still rise, but never through the rows above.
    float height = 1.5 * tanh(clamp(valueAt(uLayer, neuron, clamped) * uGain / 1.5, -9.0, 9.0));
    float x = uArea.x + uArea.z * float(clamped) / float(uSamples - 1);
    float base = uArea.y + uArea.w - rowSpacing() * float(row + 2);
    return vec2(x, base + height * rowSpacing() * 1.8);
}

void main() {
    int perRow = 2 * (uSamples - 1);
    int row = gl_InstanceID / perRow;
    int k = gl_InstanceID % perRow;
    int segment = k % (uSamples - 1);
    int corner = int[6](0, 1, 2, 2, 1, 3)[gl_VertexID];
    int neuron = (row * uNeurons) / uRows;
    vec2 a = samplePoint(row, neuron, segment);
    vec2 b = samplePoint(row, neuron, segment + 1);
    vHeight = 0.5 * (a.y + b.y);
    vBrightness = 0.35 + 0.65 * uRowGradient[row];
    vec2 end = (corner & 1) == 0 ? a : b;

    vec2 pixel;
    if (k < uSamples - 1) {
        // The fill: from the curve down past the baseline.
        vFill = 1;
        float base = uArea.y + uArea.w - rowSpacing() * float(row + 2);
        float bottom = min(min(a.y, b.y), base) - rowSpacing() * 0.6;
        pixel = (corner >> 1) == 1 ? end : vec2(end.x, bottom);
        vAcross = 0.0;
    } else {
        // The line: normals from the neighbouring samples, so segments share their edges.
        vFill = 0;
        int s = (corner & 1) == 0 ? segment : segment + 1;
        vec2 tangent = samplePoint(row, neuron, s + 1) - samplePoint(row, neuron, s - 1);
        vec2 normal = normalize(vec2(-tangent.y, tangent.x) + vec2(0.0, 1e-6));
        float side = float(corner >> 1) * 2.0 - 1.0;
        float reach = uHalfWidth + uGlowWidth + 1.0;
        pixel = end + normal * side * reach;
        vAcross = side * reach;
    }
    vHeight = (vHeight - (uArea.y + uArea.w - rowSpacing() * float(row + 2)))
            / (rowSpacing() * 1.8);
    gl_Position = vec4(pixel / uPanelSize * 2.0 - 1.0, 0.0, 1.0);
}
