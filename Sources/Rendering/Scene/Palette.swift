// Colours for a dark room: a near-black background, muted class hues for the surface so the
// points stay the brightest things on screen, and soft greys for panels and text.

/// The colours every renderer draws with, sRGB, alpha 1 unless stated.
public struct Palette: Sendable {
    /// Bright class colours for data points, one per class (at most 8).
    public var classes: [SIMD4<Float>]
    /// What the surface fades to where the net has no preference.
    public var surfaceBase: SIMD4<Float>
    /// How strongly the surface shows a class at full confidence (0...1 of `classes`).
    public var surfaceStrength: Float
    public var background: SIMD4<Float>
    public var panel: SIMD4<Float>
    public var panelBorder: SIMD4<Float>
    public var grid: SIMD4<Float>
    public var pointOutline: SIMD4<Float>
    public var trainCurve: SIMD4<Float>
    public var testCurve: SIMD4<Float>
    /// For the HUD's text.
    public var text: SIMD4<Float>
    public var dimText: SIMD4<Float>
    /// Banners: a broken shader, a trainer notice.
    public var error: SIMD4<Float>
    public var notice: SIMD4<Float>

    public static let dark = Palette(
        classes: [
            SIMD4(0.96, 0.42, 0.40, 1),   // coral
            SIMD4(0.33, 0.82, 0.62, 1),   // jade
            SIMD4(0.40, 0.60, 1.00, 1),   // cornflower
            SIMD4(0.98, 0.78, 0.32, 1),   // amber
            SIMD4(0.74, 0.52, 0.98, 1),   // violet
            SIMD4(0.30, 0.82, 0.92, 1),   // cyan
            SIMD4(0.97, 0.52, 0.78, 1),   // pink
            SIMD4(0.68, 0.86, 0.36, 1),   // lime
        ],
        surfaceBase: SIMD4(0.075, 0.082, 0.100, 1),
        surfaceStrength: 0.42,
        background: SIMD4(0.043, 0.047, 0.059, 1),
        panel: SIMD4(0.070, 0.077, 0.094, 1),
        panelBorder: SIMD4(0.17, 0.18, 0.21, 1),
        grid: SIMD4(0.22, 0.24, 0.28, 0.55),
        pointOutline: SIMD4(0.03, 0.03, 0.04, 0.95),
        trainCurve: SIMD4(0.95, 0.80, 0.45, 1),
        testCurve: SIMD4(0.45, 0.78, 0.98, 1),
        text: SIMD4(0.86, 0.88, 0.92, 1),
        dimText: SIMD4(0.55, 0.58, 0.64, 1),
        error: SIMD4(1.00, 0.45, 0.42, 1),
        notice: SIMD4(0.98, 0.80, 0.42, 1))

    /// The colour of class `label`; classes past the palette wrap around.
    public func classColour(_ label: Int) -> SIMD4<Float> {
        classes[label % classes.count]
    }

    /// The surface's colour for each class at full confidence.
    public var surfaceClasses: [SIMD4<Float>] {
        classes.map { colour in
            let mixed = surfaceBase + (colour - surfaceBase) * surfaceStrength
            return SIMD4(mixed.x, mixed.y, mixed.z, 1)
        }
    }
}
