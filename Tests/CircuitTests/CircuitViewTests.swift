// The circuit, waveform and field views rendered for real (Xvfb + llvmpipe) and probed: pads
// where the architecture puts them, pulses that move, a hovered point's forward pass, a dead
// synapse, and a waveform that follows the weights the test sets.

@testable import Learning
import Rendering
import RenderingTestSupport
import Testing

@Suite(.serialized) @MainActor
struct CircuitViewTests {
    /// A circuit-only scene without thumbnails, so a pad's centre shows its activation.
    private func circuitScene(_ library: ShaderLibrary) -> SceneRenderer {
        let scene = SceneRenderer(library: library)
        scene.view = .circuit
        scene.circuit.showsThumbnails = false
        return scene
    }

    @Test func padsSitWhereTheArchitectureSaysAndGlow() throws {
        guard let library = GLTestContext.library() else { return }
        let snapshot = try CircuitFixtures.snapshot(sizes: [2, 5, 3]) { _, _, input in
            input < 0 ? 0.5 : 0.4
        }
        let scene = circuitScene(library)
        let frame = try CircuitFixtures.render(scene, snapshot)
        let layout = try #require(scene.circuit.layout)

        #expect(layout.centres.map(\.count) == [2, 5, 3])
        let columns = layout.centres.map { $0[0].x }
        #expect(columns == columns.sorted() && Set(columns).count == 3)
        let background = frame.brightness(Int(layout.panel.maxX) - 4, Int(layout.panel.y) + 4)
        for (layer, column) in layout.centres.enumerated() {
            for (index, centre) in column.enumerated() {
                let value = frame.brightness(at: centre)
                #expect(value > background + 60, "pad \(layer).\(index) is dark: \(value)")
                #expect(scene.neuron(atPixel: centre) == NeuronID(layer: layer, index: index))
            }
        }
        #expect(scene.neuron(atPixel: SIMD2(Float(layout.panel.maxX) - 3,
                                            Float(layout.panel.y) + 3)) == nil)
    }

    @Test func pulsesTravelForwardBetweenFramesTakenApart() throws {
        guard let library = GLTestContext.library() else { return }
        let snapshot = try CircuitFixtures.snapshot(sizes: [2, 2, 2]) { _, _, input in
            input < 0 ? 0.2 : 1
        }
        let scene = circuitScene(library)
        let first = try CircuitFixtures.render(scene, snapshot, now: 1.0)
        let layout = try #require(scene.circuit.layout)
        let second = try CircuitFixtures.render(scene, snapshot, now: 1.2)

        // The brightest spot along the trace from input 0 to hidden 0, as t in 0...1.
        func peak(_ frame: ProbedFrame) -> Float {
            let from = layout.centre(of: NeuronID(layer: 0, index: 0))
            let to = layout.centre(of: NeuronID(layer: 1, index: 0))
            var best: (t: Float, value: Float) = (0, -1)
            for step in 8...92 {
                let t = Float(step) / 100
                let value = frame.brightness(at: CircuitLayout.tracePoint(from: from, to: to,
                                                                          t: t))
                if value > best.value { best = (t, value) }
            }
            return best.t
        }
        let phase = scene.pace.phase
        let before = peak(first), after = peak(second)
        #expect(after > before + 0.05, "pulse at t \(before) then \(after), phase \(phase)")
    }

    @Test func aHoveredPointLightsTheNeuronsItsForwardPassActivates() throws {
        guard let library = GLTestContext.library() else { return }
        // Hidden neuron k looks along one of +x, +y, -x, -y.
        let directions: [SIMD2<Float>] = [SIMD2(1, 0), SIMD2(0, 1), SIMD2(-1, 0), SIMD2(0, -1)]
        let snapshot = try CircuitFixtures.snapshot(sizes: [2, 4, 2]) { layer, output, input in
            guard input >= 0 else { return 0 }
            return layer == 0 ? directions[output][input] : 0.5
        }
        let scene = circuitScene(library)
        scene.focusPoint = SIMD2(0.6, 0.6)
        let frame = try CircuitFixtures.render(scene, snapshot)
        let layout = try #require(scene.circuit.layout)

        let lit = [0, 1].map { frame.brightness(at: layout.centre(of: NeuronID(layer: 1,
                                                                                index: $0))) }
        let dark = [2, 3].map { frame.brightness(at: layout.centre(of: NeuronID(layer: 1,
                                                                                 index: $0))) }
        #expect(lit.min()! > dark.max()! + 50, "active \(lit), inactive \(dark)")

        // The other side of the plane swaps them.
        scene.focusPoint = SIMD2(-0.6, -0.6)
        let swapped = try CircuitFixtures.render(scene, snapshot)
        let nowLit = swapped.brightness(at: layout.centre(of: NeuronID(layer: 1, index: 2)))
        let nowDark = swapped.brightness(at: layout.centre(of: NeuronID(layer: 1, index: 0)))
        #expect(nowLit > nowDark + 50)
    }

    @Test func aZeroWeightSynapseStaysDark() throws {
        guard let library = GLTestContext.library() else { return }
        // Input 0 feeds hidden 0 with weight 1 and hidden 1 with weight exactly 0.
        let snapshot = try CircuitFixtures.snapshot(sizes: [2, 2, 2]) { layer, output, input in
            if input < 0 { return 0.1 }
            return layer == 0 && input == 0 && output == 1 ? 0 : 1
        }
        let scene = circuitScene(library)
        let frame = try CircuitFixtures.render(scene, snapshot)
        let layout = try #require(scene.circuit.layout)
        let input = layout.centre(of: NeuronID(layer: 0, index: 0))
        let live = CircuitLayout.tracePoint(from: input,
                                            to: layout.centre(of: NeuronID(layer: 1, index: 0)),
                                            t: 0.3)
        let dead = CircuitLayout.tracePoint(from: input,
                                            to: layout.centre(of: NeuronID(layer: 1, index: 1)),
                                            t: 0.3)
        let background = frame.brightness(Int(layout.panel.maxX) - 4, Int(layout.panel.y) + 4)
        #expect(frame.brightness(at: live) > background + 40)
        // Input 1's traces pass nearby, so allow a little of their glow.
        #expect(frame.brightness(at: dead) < background + 25,
                "dead synapse \(frame.brightness(at: dead)), background \(background)")
    }

    @Test func aWaveformsAmplitudeFollowsItsNeuronsWeights() throws {
        guard let library = GLTestContext.library() else { return }
        let scene = SceneRenderer(library: library)
        scene.view = .waves
        scene.waveforms.gainOverride = 0.3

        // Neuron 0 is k·x (linear units), neuron 1 is always 0: its ridge stays flat.
        func extent(_ k: Float) throws -> Int {
            let snapshot = try CircuitFixtures.snapshot(sizes: [2, 2, 2], activation: .linear) {
                layer, output, input in
                layer == 0 && output == 0 && input == 0 ? k : 0
            }
            let frame = try CircuitFixtures.render(scene, snapshot)
            let panel = scene.layout.waves
            // The top row's band: from the caption down to between the two rows.
            let top = Int(Float(panel.maxY) - 30)
            let spacing = (Float(panel.height) - 30) / 4
            let bottom = Int(Float(panel.maxY) - 30 - 2.75 * spacing)
            var rows: [Int] = []
            for y in bottom..<top {
                let bright = stride(from: panel.x + 30, to: panel.maxX - 30, by: 2)
                    .contains { frame.brightness($0, y) > 90 }
                if bright { rows.append(y) }
            }
            return (rows.max() ?? 0) - (rows.min() ?? 0)
        }
        let small = try extent(1), large = try extent(2), flat = try extent(0)
        #expect(flat < 8, "a zero neuron's ridge spans \(flat) px")
        #expect(small > flat + 10)
        #expect(Float(large) > Float(small) * 1.6, "k = 1: \(small) px, k = 2: \(large) px")
    }

    @Test func aPinnedNeuronsMapReplacesTheSurfaceAndItsPlaneIsDrawn() throws {
        guard let library = GLTestContext.library() else { return }
        // Hidden neuron 0 is relu(x): on to the right of x = 0, off to the left.
        let snapshot = try CircuitFixtures.snapshot(sizes: [2, 2, 2]) { layer, output, input in
            layer == 0 && output == 0 && input == 0 ? 1 : 0
        }
        let scene = SceneRenderer(library: library)
        scene.view = .surface
        scene.pinnedNeuron = NeuronID(layer: 1, index: 0)
        let frame = try CircuitFixtures.render(scene, snapshot, width: 400, height: 400)
        let plot = scene.layout.plot
        // Probes clear of the two data points at (±0.5, ±0.5).
        let row = plot.y + plot.height * 2 / 5
        let left = frame.brightness(plot.x + plot.width * 3 / 20, row)
        let right = frame.brightness(plot.x + plot.width * 17 / 20, row)
        #expect(right > left + 60, "active side \(right), dead side \(left)")

        // With the planes on and nothing pinned, the line x = 0 glows over the surface.
        scene.pinnedNeuron = nil
        scene.showsNeuronPlanes = true
        let planes = try CircuitFixtures.render(scene, snapshot, width: 400, height: 400)
        scene.showsNeuronPlanes = false
        let plain = try CircuitFixtures.render(scene, snapshot, width: 400, height: 400)
        let centreX = plot.x + plot.width / 2
        #expect(planes.brightness(centreX, row) > plain.brightness(centreX, row) + 30)
        #expect(abs(planes.brightness(centreX + 40, row + 40)
                    - plain.brightness(centreX + 40, row + 40)) < 40)
    }

    @Test func theWidestDeepestNetIsThinnedAndStillDrawn() throws {
        guard let library = GLTestContext.library() else { return }
        let sizes = [2] + [Int](repeating: 256, count: 8) + [3]
        let snapshot = try CircuitFixtures.snapshot(sizes: sizes) { layer, output, input in
            Float((layer * 7 + output * 13 + input * 5) % 17) / 17 - 0.45
        }
        let scene = SceneRenderer(library: library)
        scene.view = .circuit
        let frame = try CircuitFixtures.render(scene, snapshot)
        let links = scene.circuit.shownLinks
        #expect(links.count == 9)
        #expect(links[0].shown == links[0].total)
        for gap in 1..<8 {
            #expect(links[gap].total == 65_536)
            #expect(links[gap].shown < 65_536 / 10, "gap \(gap) keeps \(links[gap].shown)")
        }
        let layout = try #require(scene.circuit.layout)
        #expect(layout.centres.map(\.count) == sizes)
        #expect(frame.brightness(at: layout.centre(of: NeuronID(layer: 9, index: 1))) > 40)
    }

    @Test func everyViewReflowsFromLandscapeToPortrait() throws {
        for (width, height) in [(1280, 720), (3840, 2160), (1080, 1920), (720, 1280)] {
            let layout = SceneLayout(width: width, height: height, view: .all)
            let parts = [layout.plot, layout.hud, layout.circuit, layout.waves, layout.lossPanel]
            for part in parts {
                #expect(!part.isEmpty && part.x >= 0 && part.y >= 0)
                #expect(part.maxX <= width && part.maxY <= height)
            }
            for (index, a) in parts.enumerated() {
                for b in parts[(index + 1)...] {
                    let overlaps = a.x < b.maxX && b.x < a.maxX && a.y < b.maxY && b.y < a.maxY
                    #expect(!overlaps, "\(a) overlaps \(b) at \(width)x\(height)")
                }
            }
            for view in SceneView.allCases where view != .all {
                let single = SceneLayout(width: width, height: height, view: view)
                #expect([single.plot, single.circuit, single.waves, single.field]
                    .filter { !$0.isEmpty }.count == 1)
            }
        }
    }

    @Test func thePaceIsTheSameAtThirtyAndAHundredFortyFourFramesPerSecond() {
        var slow = TrainingPace(), fast = TrainingPace()
        for frame in 0...60 { slow.advance(to: Double(frame) / 30, stepsPerSecond: 400,
                                           isPaused: false) }
        for frame in 0...288 { fast.advance(to: Double(frame) / 144, stepsPerSecond: 400,
                                            isPaused: false) }
        #expect(abs(slow.phase - fast.phase) < 1e-9)
    }
}
