// Burn-in care: the installation turns the class hues slowly over hours, so no colour sits on
// the same pixels for days.

import Foundation

extension Palette {
    /// The palette with its class colours and curves turned `radians` around the grey axis.
    /// Greys (background, panels, text) stay as they are.
    public func rotatingHue(by radians: Float) -> Palette {
        var turned = self
        turned.classes = classes.map { Self.rotate($0, by: radians) }
        turned.trainCurve = Self.rotate(trainCurve, by: radians)
        turned.testCurve = Self.rotate(testCurve, by: radians)
        return turned
    }

    /// Rodrigues' rotation of the RGB vector about (1, 1, 1) / √3, clamped to 0...1.
    private static func rotate(_ colour: SIMD4<Float>, by radians: Float) -> SIMD4<Float> {
        let c = cos(radians), s = sin(radians)
        let k = (1 - c) / 3
        let r = s / Float(3).squareRoot()
        let rgb = SIMD3(colour.x, colour.y, colour.z)
        let turned = SIMD3(
            (c + k) * rgb.x + (k - r) * rgb.y + (k + r) * rgb.z,
            (k + r) * rgb.x + (c + k) * rgb.y + (k - r) * rgb.z,
            (k - r) * rgb.x + (k + r) * rgb.y + (c + k) * rgb.z)
        let clamped = turned.clamped(lowerBound: .zero, upperBound: .one)
        return SIMD4(clamped.x, clamped.y, clamped.z, colour.w)
    }
}
