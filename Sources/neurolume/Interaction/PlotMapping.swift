// The exact map between where the cursor is and where that is in the data. It depends only on
// the plot rectangle of the frame on screen and on the window's two sizes, so it holds for any
// window size, aspect ratio, content scale and layout of the views.

import Rendering

/// Maps window coordinates (GLFW cursor space: screen points from the content area's top
/// left, y down) to framebuffer pixels (origin bottom left, y up, `SceneLayout`'s space) and
/// to plot space ([-1, 1]² over `plot`, the space of `DataPoint.position`), and back.
///
/// Coordinates are continuous: window (0, 0) is the top-left corner of the top-left pixel, so
/// a pixel's centre is at +0.5, as in `gl_FragCoord` and `SceneLayout.pixel(forPlot:)`. On
/// HiDPI screens a screen point covers several framebuffer pixels, which is why the ratio of
/// the framebuffer size to the window size, not the content scale, converts between them.
/// Pure value; any thread.
struct PlotMapping: Equatable {
    /// Where the frame on screen drew the plot, in framebuffer pixels.
    let plot: PixelRect
    let framebufferSize: SIMD2<Double>
    let windowSize: SIMD2<Double>

    init(plot: PixelRect, framebuffer: (width: Int, height: Int),
         window: (width: Int, height: Int)) {
        self.plot = plot
        framebufferSize = SIMD2(Double(max(framebuffer.width, 1)),
                                Double(max(framebuffer.height, 1)))
        windowSize = SIMD2(Double(max(window.width, 1)), Double(max(window.height, 1)))
    }

    /// Framebuffer pixels per screen point on each axis (1 on most X servers, 2 on a Retina
    /// display; the two axes can differ by a rounding pixel).
    var pixelsPerPoint: SIMD2<Double> { framebufferSize / windowSize }

    // MARK: Window ↔ framebuffer

    func framebufferPixel(forCursor cursor: SIMD2<Double>) -> SIMD2<Double> {
        let scaled = cursor * pixelsPerPoint
        return SIMD2(scaled.x, framebufferSize.y - scaled.y)
    }

    func cursor(forFramebufferPixel pixel: SIMD2<Double>) -> SIMD2<Double> {
        SIMD2(pixel.x, framebufferSize.y - pixel.y) / pixelsPerPoint
    }

    // MARK: Framebuffer ↔ plot

    func plotPosition(forFramebufferPixel pixel: SIMD2<Double>) -> SIMD2<Float> {
        let origin = SIMD2(Double(plot.x), Double(plot.y))
        let size = SIMD2(Double(max(plot.width, 1)), Double(max(plot.height, 1)))
        let unit = (pixel - origin) / size
        return SIMD2<Float>(unit * 2 - 1)
    }

    func framebufferPixel(forPlot position: SIMD2<Float>) -> SIMD2<Double> {
        let origin = SIMD2(Double(plot.x), Double(plot.y))
        let size = SIMD2(Double(plot.width), Double(plot.height))
        return origin + (SIMD2<Double>(position) * 0.5 + 0.5) * size
    }

    // MARK: Window ↔ plot

    func plotPosition(forCursor cursor: SIMD2<Double>) -> SIMD2<Float> {
        plotPosition(forFramebufferPixel: framebufferPixel(forCursor: cursor))
    }

    func cursor(forPlot position: SIMD2<Float>) -> SIMD2<Double> {
        cursor(forFramebufferPixel: framebufferPixel(forPlot: position))
    }

    /// Whether the cursor is over the plot square (edges included).
    func isInsidePlot(cursor: SIMD2<Double>) -> Bool {
        let position = plotPosition(forCursor: cursor)
        return abs(position.x) <= 1 && abs(position.y) <= 1
    }
}
