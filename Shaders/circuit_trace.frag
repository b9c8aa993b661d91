// circuit_trace.frag: a synapse's light for CircuitRenderer: a core and halo coloured by the
// weight's sign and scaled by |w|, a forward pulse scaled by |w·a| and a gradient pulse
// travelling back. Inputs: distance across the trace in pixels, position along it (0...1).
#version 330 core

// --- From the vertex stage
in float vAcross;
in float vT;
flat in vec4 vSignal;             // w / max|w|, w·a / max, |w|·grad / max, gap index
flat in float vHalfWidth;
flat in float vEmphasis;

// --- Waves
uniform float uForward;           // forward pulse position, in gaps from the inputs
uniform float uBackward;          // gradient pulse position, in gaps from the inputs
uniform float uPulseLength;       // pulse half length, in gaps
uniform float uBaseGain;          // dims the static traces of a crowded board, 0...1

// --- Colours (linear light)
uniform vec3 uPositive;           // trace colour of a positive weight
uniform vec3 uNegative;
uniform vec3 uPulsePositive;      // pulse colour of a positive signal w·a
uniform vec3 uPulseNegative;
uniform vec3 uGradient;           // the backward pulse

// --- Output: light added into BloomRenderer's buffer (alpha 0 adds)
out vec4 fragColour;

void main() {
    float distance = abs(vAcross);
    float core = clamp(vHalfWidth + 0.5 - distance, 0.0, 1.0);
    float halo = exp(-2.5 * distance / (vHalfWidth + 2.0));
    float weight = vSignal.x;
    float gap = vSignal.w;

    vec3 base = (weight >= 0.0 ? uPositive : uNegative) * abs(weight);
    vec3 light = base * (0.55 * core + 0.3 * halo) * uBaseGain;

    float forward = (vT + gap - uForward) / uPulseLength;
    float forwardPulse = exp(-forward * forward) * abs(vSignal.y);
    vec3 pulseColour = vSignal.y >= 0.0 ? uPulsePositive : uPulseNegative;
    light += pulseColour * forwardPulse * (1.6 * core + 1.1 * halo);

    float backward = (vT + gap - uBackward) / uPulseLength;
    float backwardPulse = exp(-backward * backward) * vSignal.z;
    light += uGradient * backwardPulse * (1.2 * core + 0.8 * halo);

    fragColour = vec4(light * vEmphasis, 0.0);
}
