// surface_colour.glsl: logits to a pixel colour for the decision surface. Included by the
// surface fragment stages. One hue per class, lightness from softmax confidence, and a thin
// anti-aliased contour where the top class changes.

// --- Colour uniforms
uniform vec4 uClassColours[8];    // surface hue per class, sRGB
uniform vec4 uBaseColour;         // the colour of a pixel with no confidence, sRGB
uniform float uContourWidth;      // contour width in framebuffer pixels; 0 hides it
uniform int uClassCount;          // 2...8
uniform int uWriteClass;          // 1: write the top class (red = class / 255) for tests

vec4 surfaceColour(vec4 low, vec4 high) {
    float logits[8] = float[8](low.x, low.y, low.z, low.w, high.x, high.y, high.z, high.w);
    int top = 0;
    for (int k = 1; k < uClassCount; ++k) {
        if (logits[k] > logits[top]) top = k;
    }
    int runnerUp = top == 0 ? 1 : 0;
    float total = 0.0;
    for (int k = 0; k < uClassCount; ++k) {
        if (k != top && logits[k] > logits[runnerUp]) runnerUp = k;
        total += exp(logits[k] - logits[top]);
    }
    if (uWriteClass == 1) return vec4(float(top) / 255.0, 0.0, 0.0, 1.0);

    // Confidence 0 when all classes are equally likely, 1 when the top class is certain.
    float chance = 1.0 / float(uClassCount);
    float confidence = clamp((1.0 / total - chance) / (1.0 - chance), 0.0, 1.0);
    vec3 colour = mix(uBaseColour.rgb, uClassColours[top].rgb, 0.18 + 0.82 * confidence);

    // The margin is 0 on the boundary; its screen-space rate gives the distance in pixels.
    // The rate comes from each logit's own derivatives: the margin itself folds to a V at
    // the boundary, and a 2x2 quad straddling the fold would see almost no change.
    vec4 dxLow = dFdx(low), dyLow = dFdy(low), dxHigh = dFdx(high), dyHigh = dFdy(high);
    float dx[8] = float[8](dxLow.x, dxLow.y, dxLow.z, dxLow.w, dxHigh.x, dxHigh.y, dxHigh.z,
                           dxHigh.w);
    float dy[8] = float[8](dyLow.x, dyLow.y, dyLow.z, dyLow.w, dyHigh.x, dyHigh.y, dyHigh.z,
                           dyHigh.w);
    float margin = logits[top] - logits[runnerUp];
    float rate = abs(dx[top] - dx[runnerUp]) + abs(dy[top] - dy[runnerUp]);
    float pixels = margin / max(rate, 1e-6);
    float line = clamp(0.5 * uContourWidth + 0.5 - pixels, 0.0, 1.0);
    colour = mix(colour, vec3(0.86, 0.88, 0.92), 0.55 * line);
    return vec4(colour, 1.0);
}
