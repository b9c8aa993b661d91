// neuron_values.glsl: reading one neuron's value from NeuronEvaluator's textures: at a point
// index, or at a plot-space point bilinearly between grid points. For the pad, map and
// waveform stages.

// --- Grid values (NeuronEvaluator layout; layer l lives in texture l % 2)
uniform sampler2D uValuesEven;
uniform sampler2D uValuesOdd;
uniform int uValueRowBase[10];    // first row of each layer
uniform int uValueGrid;           // grid points per side

// Neuron `neuron` of layer `layer` at evaluation point `point`.
float valueAt(int layer, int neuron, int point) {
    ivec2 texel = ivec2(point, uValueRowBase[layer] + neuron / 4);
    vec4 four = (layer % 2 == 0) ? texelFetch(uValuesEven, texel, 0)
                                 : texelFetch(uValuesOdd, texel, 0);
    return four[neuron % 4];
}

float gridFetch(int layer, int neuron, ivec2 cell) {
    return valueAt(layer, neuron, cell.x + cell.y * uValueGrid);
}

// Neuron `neuron` of layer `layer` at plot-space p, interpolated between grid points.
float neuronValue(int layer, int neuron, vec2 p) {
    vec2 grid = clamp((p * 0.5 + 0.5) * float(uValueGrid - 1), 0.0, float(uValueGrid - 1));
    ivec2 low = min(ivec2(floor(grid)), ivec2(uValueGrid - 2));
    vec2 f = grid - vec2(low);
    float a = gridFetch(layer, neuron, low);
    float b = gridFetch(layer, neuron, low + ivec2(1, 0));
    float c = gridFetch(layer, neuron, low + ivec2(0, 1));
    float d = gridFetch(layer, neuron, low + ivec2(1, 1));
    return mix(mix(a, b, f.x), mix(c, d, f.x), f.y);
}

// A diverging colour for a value already scaled to about -1...1: cool below zero, warm above,
// dark at zero, so a ReLU's dead half reads as black.
vec3 divergingColour(float v) {
    float m = 1.0 - exp(-2.2 * abs(v));
    vec3 warm = vec3(1.00, 0.62, 0.22);
    vec3 cool = vec3(0.25, 0.62, 1.00);
    return (v >= 0.0 ? warm : cool) * m;
}
