// The clock the pulses run on: a wave of light per so many training steps, integrated over
// real seconds so the look is the same at 30 and at 144 frames per second.

/// The phase of the circuit's waves. One whole turn of `phase` carries a forward pulse from
/// the inputs to the outputs and a gradient pulse back. Any thread; one owner.
public struct TrainingPace: Sendable {
    /// Training steps per wave.
    public var stepsPerWave: Double = 150
    /// Waves per second never exceed this, so fast training reads as steady pulsing rather
    /// than a strobe, and the cost of a frame never depends on the training speed.
    public var fastest: Double = 1.2
    /// Waves per second while training is paused or slower than this.
    public var slowest: Double = 0.15
    /// Where the waves are, in turns; starts mid-flight so a single frame shows pulses.
    public private(set) var phase: Double = 0.3
    private var lastTime: Double?

    public init() {}

    /// Waves per second for a trainer running at `stepsPerSecond`.
    public func rate(stepsPerSecond: Double, isPaused: Bool) -> Double {
        guard !isPaused else { return slowest }
        return min(max(stepsPerSecond / stepsPerWave, slowest), fastest)
    }

    /// Advances to `time` (monotonic seconds). A jump of more than a quarter second (a stalled
    /// or first frame) advances a quarter second at most.
    public mutating func advance(to time: Double, stepsPerSecond: Double, isPaused: Bool) {
        defer { lastTime = time }
        guard let lastTime else { return }
        let elapsed = min(max(time - lastTime, 0), 0.25)
        phase += elapsed * rate(stepsPerSecond: stepsPerSecond, isPaused: isPaused)
        phase -= phase.rounded(.down)
    }
}
