// points.frag: an anti-aliased disc per data point for PointsRenderer. Train points are filled
// discs in their class colour; test points are rings, hollow so the surface shows through.
// Both carry a dark outline. Role 2 is the highlight: a light ring with dark edges around the
// point under the cursor. Inputs: pixel offset from the centre, label, role.
#version 330 core

// --- From the vertex stage
in vec2 vOffset;
flat in int vLabel;
flat in int vRole;

// --- Style
uniform vec4 uPointColours[8];    // bright class colours, sRGB
uniform vec4 uOutlineColour;      // sRGB
uniform float uRadius;            // outer radius, pixels
uniform float uOutline;           // outline width, pixels
uniform float uHighlightRadius;   // the highlight ring's outer radius, pixels
uniform vec4 uHighlightColour;    // sRGB

// --- Outputs (premultiplied alpha)
out vec4 fragColour;

// Coverage of the band of distances [inner, outer] at distance d, with a one-pixel ramp.
float band(float d, float inner, float outer) {
    return clamp(outer - d + 0.5, 0.0, 1.0) * clamp(d - inner + 0.5, 0.0, 1.0);
}

void main() {
    float d = length(vOffset);
    if (vRole == 2) {
        // A ring two outlines wide, edged in the outline colour so it reads on any surface.
        float outer = uHighlightRadius;
        float inner = outer - 2.0 * uOutline;
        float ring = band(d, inner, outer - uOutline * 0.5);
        float edge = band(d, outer - uOutline * 0.5, outer)
                   + band(d, inner - uOutline * 0.5, inner);
        fragColour = vec4(uHighlightColour.rgb * ring + uOutlineColour.rgb * edge,
                          clamp(ring + edge, 0.0, 1.0));
        return;
    }
    float outer = uRadius;
    float fill = uRadius - uOutline;
    vec3 colour = uPointColours[vLabel].rgb;

    // Outline: the outer ring; for test points also a thin inner edge around the hole.
    float outline = band(d, fill, outer);
    float body;
    if (vRole == 0) {
        body = band(d, -1.0, fill);
    } else {
        // The hole takes half the disc, so a ring reads as a ring even at 720p.
        float hole = 0.5 * fill;
        body = band(d, hole, fill);
        outline += band(d, hole - uOutline * 0.6, hole);
    }
    // The bands barely overlap, so their coverages add up to the disc's.
    fragColour = vec4(colour * body + uOutlineColour.rgb * outline,
                      clamp(body + outline, 0.0, 1.0));
}
