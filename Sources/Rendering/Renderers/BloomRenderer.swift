// Glow for the circuit and the waveforms: they draw additively into a float buffer the size of
// their panel; a chain of half-size blurs spreads the light, and one pass adds the blurred
// levels back, tone-maps and writes the panel opaque over its background.

/// A glow buffer for one panel at a time. GL thread only.
///
/// Usage per panel: `begin(panel:)`, draw with premultiplied blending in the panel's own pixel
/// space (origin at the panel's lower-left corner, viewport = the buffer), then
/// `end(into:background:)`. The buffers are kept between frames and only reallocated when
/// the panel's size changes, so a steady frame allocates nothing.
public final class BloomRenderer {
    /// How much of the blurred light is added back; 0 turns the bloom off.
    public var strength: Float = 0.9
    /// Half-size blur levels below the full buffer.
    public let levelCount = 4

    private let library: ShaderLibrary
    private let quad = EmptyVertexArray()
    private var scene: Framebuffer?
    private var levels: [Framebuffer] = []
    private var panel = PixelRect(x: 0, y: 0, width: 0, height: 0)

    public init(library: ShaderLibrary) {
        self.library = library
    }

    /// Binds a cleared float buffer of `panel`'s size times `scale` (0...1; below 1 for
    /// passes too costly at full resolution, upsampled bilinearly at the end) for drawing;
    /// blending is left on.
    public func begin(panel: PixelRect, scale: Float = 1) throws(GLError) {
        self.panel = panel
        let factor = min(max(scale, 0.1), 1)
        let width = max(Int((Float(panel.width) * factor).rounded()), 1)
        let height = max(Int((Float(panel.height) * factor).rounded()), 1)
        if let scene {
            try scene.resize(width: width, height: height)
        } else {
            scene = try Framebuffer(width: width, height: height, format: .rgba16f, linear: true)
        }
        scene!.bind()
        GL.clear(SIMD4(0, 0, 0, 0))
        GL.setBlending(true)
    }

    /// Blurs what was drawn since `begin` and writes the panel into `target`, opaque, over
    /// `background` (sRGB). Leaves `target` bound with the whole frame as viewport.
    public func end(into target: RenderTarget, background: SIMD4<Float>) throws(GLError) {
        guard let scene, !panel.isEmpty else { return }
        GL.setBlending(false)

        // Down: each level a 4-tap bilinear box of the one above, i.e. 16 texels averaged.
        var source = scene.attachments[0]
        let down = library[.bloomDown]
        down.use()
        for level in 0..<levelCount {
            let width = max(scene.width >> (level + 1), 1)
            let height = max(scene.height >> (level + 1), 1)
            if levels.count <= level {
                levels.append(try Framebuffer(width: width, height: height, format: .rgba16f,
                                              linear: true))
            }
            let buffer = levels[level]
            try buffer.resize(width: width, height: height)
            buffer.bind()
            down.bind(source, unit: 0, to: "uSource")
            down.set("uTexelSize", SIMD2(1 / Float(source.width), 1 / Float(source.height)))
            quad.drawQuad()
            source = buffer.attachments[0]
        }

        // Up and out: one pass samples every level with a tent filter and composites.
        target.bind(viewport: panel)
        let composite = library[.bloomComposite]
        composite.use()
        composite.bind(scene.attachments[0], unit: 0, to: "uScene")
        for level in 0..<levelCount {
            composite.bind(levels[level].attachments[0], unit: level + 1, to: "uLevel\(level)")
        }
        composite.set("uStrength", strength)
        composite.set("uBackground", background)
        composite.set("uRect", panel.vector)
        quad.drawQuad()
        target.bind()
        GL.setBlending(true)
    }
}
