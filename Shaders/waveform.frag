// waveform.frag: a ridgeline's light for WaveformRenderer, or the opaque fill beneath it that
// hides the rows behind. Brightness follows the neuron's gradient; colour its activation.
// Inputs: distance across the line in pixels, the segment's height and brightness.
#version 330 core

// --- From the vertex stage
in float vAcross;
flat in int vFill;
flat in float vBrightness;
flat in float vHeight;

// --- Style (linear light)
uniform float uHalfWidth;         // pixels
uniform vec3 uLow;                // a ridge near its baseline
uniform vec3 uHigh;               // a ridge at its peak

// --- Output: premultiplied into BloomRenderer's buffer
out vec4 fragColour;

void main() {
    if (vFill == 1) {
        fragColour = vec4(0.0, 0.0, 0.0, 1.0);
        return;
    }
    float distance = abs(vAcross);
    float core = clamp(uHalfWidth + 0.5 - distance, 0.0, 1.0);
    float halo = exp(-2.0 * distance / (uHalfWidth + 2.0));
    vec3 colour = mix(uLow, uHigh, clamp(abs(vHeight), 0.0, 1.0));
    fragColour = vec4(colour * vBrightness * (0.9 * core + 0.35 * halo), 0.0);
}
