// activations.glsl: the hidden layers' activation functions, by Learning's Activation code
// (0 relu, 1 leaky relu, 2 tanh, 3 sigmoid, 4 linear). Included by network.glsl and by
// surface_unrolled.frag, whose generated network passes the code as a constant.

float activate(float z, int kind) {
    if (kind == 0) return max(z, 0.0);
    if (kind == 1) return z > 0.0 ? z : 0.01 * z;
    // Clamped so a driver's exp-based tanh cannot overflow into NaN; tanh(15) is 1 in float.
    if (kind == 2) return tanh(clamp(z, -15.0, 15.0));
    if (kind == 3) return 1.0 / (1.0 + exp(-z));
    return z;
}

vec4 activate4(vec4 z, int kind) {
    return vec4(activate(z.x, kind), activate(z.y, kind), activate(z.z, kind),
                activate(z.w, kind));
}
