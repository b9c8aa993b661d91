// Hand-made networks and snapshots for the circuit tests, so each probe knows exactly which
// neuron should glow and which synapse should stay dark.

@testable import Learning
import Rendering

enum CircuitFixtures {
    /// A snapshot of a net with `sizes` (input first), every parameter from `parameter`
    /// (layer, output, input; input == -1 for the bias), ReLU hidden units.
    static func snapshot(sizes: [Int], activation: Activation = .relu, stepsPerSecond: Double = 400,
                         statistics: NeuronStatistics = .empty,
                         parameter: (Int, Int, Int) -> Float) throws -> TrainingSnapshot {
        let shape = try NetworkShape(layerSizes: sizes, activation: activation)
        let layout = ParameterLayout(shape: shape)
        var parameters = [Float](repeating: 0, count: layout.parameterCount)
        for layer in 0..<shape.layerCount {
            let inputs = sizes[layer]
            for output in 0..<sizes[layer + 1] {
                for input in 0..<inputs {
                    parameters[layout.weightOffsets[layer] + output * inputs + input] =
                        parameter(layer, output, input)
                }
                parameters[layout.biasOffsets[layer] + output] = parameter(layer, output, -1)
            }
        }
        let network = Network(shape: shape, parameters: parameters)
        let points = [DataPoint(id: 1, position: SIMD2(0.5, 0.5), label: 0),
                      DataPoint(id: 2, position: SIMD2(-0.5, -0.5), label: 1)]
        let dataset = Dataset(name: "probe", points: points, classCount: sizes.last!)
        return TrainingSnapshot(version: 1, step: 100, epoch: 1, evaluation: .empty,
                                lossHistory: LossHistory(), network: network,
                                neuronStatistics: statistics, dataset: dataset,
                                settings: TrainingSettings(), isPaused: false,
                                stepsPerSecond: stepsPerSecond, weightSeed: 1,
                                divergenceCount: 0, notice: nil)
    }

    /// Draws `snapshot` with `scene` into a new `width` x `height` frame and reads it back.
    @MainActor
    static func render(_ scene: SceneRenderer, _ snapshot: TrainingSnapshot, width: Int = 640,
                       height: Int = 360, now: Double = 1) throws -> ProbedFrame {
        let frame = try Framebuffer(width: width, height: height, format: .rgba8)
        try scene.draw(snapshot, target: .offscreen(frame), now: now)
        try GL.checkError("drawing a test frame")
        return ProbedFrame(width: width, height: height, pixels: frame.readColour())
    }
}
