// Renders a surface offscreen in class-index mode and reads the classes back: how the tests
// and the benchmark compare the GPU with the CPU.

import Learning

extension SurfaceRenderer {
    /// The GPU's top class for each pixel of a `width` x `height` surface of `network`, rows
    /// bottom up. Uses (and leaves bound) a framebuffer of its own. GL thread only.
    public func topClasses(of network: Network, width: Int, height: Int,
                           palette: Palette = .dark) throws(GLError) -> [UInt8] {
        let target = try Framebuffer(width: width, height: height, format: .rgba8)
        setNetwork(network)
        let previous = writesClassIndex
        writesClassIndex = true
        defer { writesClassIndex = previous }
        try draw(in: PixelRect(x: 0, y: 0, width: width, height: height),
                 target: .offscreen(target), palette: palette)
        let pixels = target.readColour()
        return (0..<width * height).map { pixels[$0 * 4] }
    }
}
