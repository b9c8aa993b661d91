// Screen to data and back: exact at any window size, aspect ratio and content scale, for the
// plot rectangle of any layout.

import Rendering
import Testing
@testable import neurolume

struct PlotMappingTests {
    /// Window sizes in screen points with the content scales a window system may report.
    static let windows: [(width: Int, height: Int, scale: Double)] = [
        (1280, 720, 1), (1280, 720, 2), (800, 600, 1.5), (640, 1024, 1), (1920, 1080, 1.25),
        (333, 777, 3), (3840, 2160, 1),
    ]

    private func mapping(_ window: (width: Int, height: Int, scale: Double)) -> PlotMapping {
        let framebuffer = (Int((Double(window.width) * window.scale).rounded()),
                           Int((Double(window.height) * window.scale).rounded()))
        let layout = SceneLayout(width: framebuffer.0, height: framebuffer.1,
                                 contentScale: Float(window.scale))
        return PlotMapping(plot: layout.plot, framebuffer: framebuffer,
                           window: (window.width, window.height))
    }

    @Test(arguments: windows)
    func screenToDataToScreenRoundTrips(window: (width: Int, height: Int, scale: Double)) {
        let mapping = mapping(window)
        for fx in stride(from: 0.0, through: 1.0, by: 0.125) {
            for fy in stride(from: 0.0, through: 1.0, by: 0.125) {
                let cursor = SIMD2(fx * Double(window.width), fy * Double(window.height))
                let back = mapping.cursor(forPlot: mapping.plotPosition(forCursor: cursor))
                #expect(abs(back.x - cursor.x) < 1e-3 && abs(back.y - cursor.y) < 1e-3,
                        "\(window): \(cursor) came back as \(back)")
            }
        }
    }

    @Test(arguments: windows)
    func dataToScreenToDataRoundTrips(window: (width: Int, height: Int, scale: Double)) {
        let mapping = mapping(window)
        for x in stride(from: Float(-1), through: 1, by: 0.25) {
            for y in stride(from: Float(-1), through: 1, by: 0.25) {
                let back = mapping.plotPosition(forCursor: mapping.cursor(forPlot: SIMD2(x, y)))
                #expect(abs(back.x - x) < 1e-5 && abs(back.y - y) < 1e-5)
            }
        }
    }

    /// The plot's corners land on the plot rectangle's corners, with y flipped and the
    /// framebuffer scaled down to screen points, and agree with what the renderer draws.
    @Test func cornersAndTheRenderersMappingAgree() {
        let plot = PixelRect(x: 100, y: 40, width: 800, height: 600)
        let mapping = PlotMapping(plot: plot, framebuffer: (2000, 1400), window: (1000, 700))
        #expect(mapping.cursor(forPlot: SIMD2(-1, 1)) == SIMD2<Double>(50, 700 - 640 / 2))
        #expect(mapping.cursor(forPlot: SIMD2(1, -1)) == SIMD2<Double>(450, 700 - 20))
        #expect(mapping.plotPosition(forCursor: SIMD2(250, 530)) == SIMD2(0, 0))

        let layout = SceneLayout(width: 2000, height: 1400, contentScale: 2)
        let rendered = PlotMapping(plot: layout.plot, framebuffer: (2000, 1400),
                                   window: (1000, 700))
        for point in [SIMD2<Float>(0.3, -0.7), SIMD2(-1, 1), SIMD2(0.9, 0.1)] {
            let pixel = layout.pixel(forPlot: point)
            let mapped = rendered.framebufferPixel(forPlot: point)
            #expect(abs(Float(mapped.x) - pixel.x) < 1e-3 && abs(Float(mapped.y) - pixel.y) < 1e-3)
        }
    }

    @Test func onlyThePlotSquareCountsAsInside() {
        let mapping = PlotMapping(plot: PixelRect(x: 10, y: 10, width: 100, height: 100),
                                  framebuffer: (200, 120), window: (200, 120))
        #expect(mapping.isInsidePlot(cursor: SIMD2(60, 60)))
        #expect(mapping.isInsidePlot(cursor: SIMD2(10, 10)))
        #expect(!mapping.isInsidePlot(cursor: SIMD2(150, 60)))
        #expect(!mapping.isInsidePlot(cursor: SIMD2(60, 115)))
    }
}
