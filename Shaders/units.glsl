// units.glsl: a net with one hidden layer, held per hidden unit in uniform arrays for
// SurfaceRenderer's tiled path (uniform reads are far cheaper than texel fetches on llvmpipe).
// Included by surface_tiles.frag and surface_tiled.frag.

// --- Network, per hidden unit j
uniform vec4 uUnitInput[256];     // (w_x, w_y, bias, 0) of unit j
uniform vec4 uUnitOutput[256];    // unit j's weights into classes 0-3
uniform vec4 uUnitOutputHigh[256];// … and into classes 4-7
uniform vec4 uOutputBias[2];      // output biases, classes 0-3 and 4-7
uniform int uHiddenCount;
uniform float uNegativeSlope;     // 0 for relu, 0.01 for leaky relu, 1 for linear

// Adds hidden unit j's contribution at plot point p to the logits.
void addUnit(int j, vec2 p, bool wide, inout vec4 low, inout vec4 high) {
    vec4 unit = uUnitInput[j];
    float z = dot(unit.xy, p) + unit.z;
    float a = z > 0.0 ? z : uNegativeSlope * z;
    low += a * uUnitOutput[j];
    if (wide) high += a * uUnitOutputHigh[j];
}
