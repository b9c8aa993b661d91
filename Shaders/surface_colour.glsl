// surface_colour.glsl: logits to a pixel colour for the decision surface. Included by the
// surface fragment stages. One hue per class, lightness from softmax confidence, and a thin
// anti-aliased contour where the top class changes. Logits come as two vec4s (classes 0-3,
// 4-7) and stay in vector form: llvmpipe turns a dynamically indexed local array into memory
// traffic that costs more than the rest of the shader.

// --- Colour uniforms
uniform vec4 uClassColours[8];    // surface hue per class, sRGB
uniform vec4 uBaseColour;         // the colour of a pixel with no confidence, sRGB
uniform float uContourWidth;      // contour width in framebuffer pixels; 0 hides it
uniform int uClassCount;          // 2...8
uniform int uWriteClass;          // 1: write the top class (red = class / 255) for tests

const float absent = -1e30;

float largest(vec4 v) {
    return max(max(v.x, v.y), max(v.z, v.w));
}

// Classes past the count take no part: they can never be the top or the runner-up.
void maskAbsentClasses(inout vec4 low, inout vec4 high) {
    low = mix(low, vec4(absent), greaterThanEqual(ivec4(0, 1, 2, 3), ivec4(uClassCount)));
    high = mix(high, vec4(absent), greaterThanEqual(ivec4(4, 5, 6, 7), ivec4(uClassCount)));
}

// 0 when all classes are equally likely, 1 when the top class (logit `best`) is certain.
float confidence(vec4 low, vec4 high, float best) {
    float total = dot(exp(low - best), vec4(1.0));
    if (uClassCount > 4) total += dot(exp(high - best), vec4(1.0));
    float chance = 1.0 / float(uClassCount);
    return clamp((1.0 / total - chance) / (1.0 - chance), 0.0, 1.0);
}

vec3 shade(vec3 hue, float confidence) {
    return mix(uBaseColour.rgb, hue, 0.18 + 0.82 * confidence);
}

vec4 surfaceColour(vec4 low, vec4 high) {
    maskAbsentClasses(low, high);

    // The top class as a one-hot mask (ties keep every tied class, which only thins the
    // margin), and the runner-up as the largest of the rest.
    float best = max(largest(low), largest(high));
    vec4 topLow = vec4(equal(low, vec4(best)));
    vec4 topHigh = vec4(equal(high, vec4(best)));
    vec4 restLow = mix(low, vec4(absent), topLow);
    vec4 restHigh = mix(high, vec4(absent), topHigh);
    float second = max(largest(restLow), largest(restHigh));
    vec4 secondLow = vec4(equal(restLow, vec4(second)));
    vec4 secondHigh = vec4(equal(restHigh, vec4(second)));

    vec4 index = vec4(0.0, 1.0, 2.0, 3.0);
    float top = max(largest(topLow * (index + 1.0)), largest(topHigh * (index + 5.0))) - 1.0;
    if (uWriteClass == 1) return vec4(top / 255.0, 0.0, 0.0, 1.0);
    vec3 colour = shade(uClassColours[int(top)].rgb, confidence(low, high, best));

    // The margin is 0 on the boundary; its screen-space rate gives the distance in pixels.
    // The rate comes from each logit's own derivatives: the margin itself folds to a V at
    // the boundary, and a 2x2 quad straddling the fold would see almost no change.
    vec4 pickLow = topLow - secondLow, pickHigh = topHigh - secondHigh;
    vec2 slope = vec2(dot(dFdx(low), pickLow), dot(dFdy(low), pickLow));
    if (uClassCount > 4) slope += vec2(dot(dFdx(high), pickHigh), dot(dFdy(high), pickHigh));
    float rate = abs(slope.x) + abs(slope.y);
    float pixels = (best - second) / max(rate, 1e-6);
    float line = clamp(0.5 * uContourWidth + 0.5 - pixels, 0.0, 1.0);
    colour = mix(colour, vec3(0.86, 0.88, 0.92), 0.55 * line);
    return vec4(colour, 1.0);
}

// The colour of a pixel in a plain tile, whose top class (one-hot, with its hue) is known to
// lead every other class by more than a contour's reach: no search and no contour, and the
// same colour surfaceColour gives there.
vec4 plainColour(vec4 low, vec4 high, vec4 topLow, vec4 topHigh, vec3 hue) {
    float top = dot(topLow, vec4(0.0, 1.0, 2.0, 3.0)) + dot(topHigh, vec4(4.0, 5.0, 6.0, 7.0));
    if (uWriteClass == 1) return vec4(top / 255.0, 0.0, 0.0, 1.0);
    maskAbsentClasses(low, high);
    float best = dot(low, topLow) + dot(high, topHigh);
    return vec4(shade(hue, confidence(low, high, best)), 1.0);
}
