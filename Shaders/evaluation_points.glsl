// evaluation_points.glsl: where NeuronEvaluator's point `index` lies in plot space, for the
// stages that write or read its textures. Grid: corner to corner; circle: evenly spaced.

// --- Point set (NeuronEvaluator.setPointUniforms)
uniform int uPointMode;           // 0 grid, 1 circle
uniform int uGridSize;            // grid points per side
uniform vec4 uCircle;             // centre xy, radius, first point's angle (radians)
uniform int uPointCount;          // circle points

vec2 evaluationPoint(int index) {
    if (uPointMode == 0) {
        ivec2 cell = ivec2(index % uGridSize, index / uGridSize);
        return vec2(cell) / float(uGridSize - 1) * 2.0 - 1.0;
    }
    float angle = uCircle.w + 6.2831853 * float(index) / float(uPointCount);
    return uCircle.xy + uCircle.z * vec2(cos(angle), sin(angle));
}
