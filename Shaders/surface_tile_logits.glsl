// surface_tile_logits.glsl: a pixel's logits in the tiled path, from its tile's interpolated
// affine logits plus the directly carried sign-changing units (see surface_tile.geom).
// Included by surface_tiled.frag and surface_busy.frag, after uNegativeSlope and uClassCount
// are declared.

// --- From the geometry stage
noperspective in vec4 vLow;       // the stable units' logits, classes 0-3
noperspective in vec4 vHigh;      // classes 4-7
noperspective in vec4 vInputs;    // direct units 0-3's inputs
noperspective in vec4 vInputsMore;// units 4-7's (up to four classes)
flat in mat4 vOutputs;            // units 0-3's weights into classes 0-3
flat in mat4 vOutputsMore;        // up to four classes: units 4-7's; else 0-3's into 4-7

// Sets low and high to the logits of classes 0-3 and 4-7. Straight-line code: both ways of
// using vOutputsMore cost less than a branch would on llvmpipe, which runs both sides anyway.
void tileLogits(out vec4 low, out vec4 high) {
    // max(z, s z) is relu for s = 0 and leaky relu for 0 < s < 1.
    vec4 activations = max(vInputs, uNegativeSlope * vInputs);
    vec4 activationsMore = max(vInputsMore, uNegativeSlope * vInputsMore);
    bool wide = uClassCount > 4;
    low = vLow + vOutputs * activations + (wide ? vec4(0.0) : vOutputsMore * activationsMore);
    high = vHigh + (wide ? vOutputsMore * activations : vec4(0.0));
}
