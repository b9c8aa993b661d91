// Burn-in care for a screen that shows Neurolume for days: the picture wanders a few pixels and
// the class hues turn a little, both over hours, so nothing sits still long enough to mark an
// OLED or plasma panel, and nobody watching sees it move.

import Foundation

/// The drift at a moment of the installation's life. Pure; any thread.
enum BurnInDrift {
    /// Largest move in each direction, in pixels at 1280x720 (scaled up with the layout).
    static let reach = SIMD2<Double>(4, 3)
    /// Periods of the horizontal and vertical wander, and of the hue's swing, in seconds;
    /// unrelated lengths so the path does not retrace itself every few hours.
    static let periods = (x: 3.1 * 3600, y: 4.7 * 3600, hue: 6.3 * 3600)
    /// Largest hue turn either way, in radians (about 20 degrees).
    static let hueReach = 0.35

    /// The layout offset in pixels after `elapsed` seconds, for a layout of `uiScale`.
    static func offset(elapsed: Double, uiScale: Float) -> SIMD2<Int> {
        let scale = Double(max(uiScale, 1))
        let x = reach.x * scale * sin(2 * .pi * elapsed / periods.x)
        let y = reach.y * scale * sin(2 * .pi * elapsed / periods.y)
        return SIMD2(Int(x.rounded()), Int(y.rounded()))
    }

    /// The hue turn in radians after `elapsed` seconds.
    static func hue(elapsed: Double) -> Float {
        Float(hueReach * sin(2 * .pi * elapsed / periods.hue))
    }
}
