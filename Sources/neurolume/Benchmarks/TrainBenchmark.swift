// `neurolume bench train`: how fast one core trains the cs231n spiral net, and what fraction of
// the core's floating-point peak that is.

import Foundation
import Learning

/// Measures full-batch steps per second of the cs231n case study (300 points, 2-100-3 ReLU)
/// on the calling thread, then the same net under the threaded Trainer.
enum TrainBenchmark {
    static let runs = 7
    static let stepsPerRun = 4_000

    static func run() throws -> Int32 {
        let dataset = try DatasetSpec.cs231nSpiral.generate()
        let shape = try NetworkShape(parsing: "2-100-3", activation: .relu)
        let session = TrainingSession(dataset: dataset, shape: shape, settings: .cs231n, seed: 0)
        for _ in 0..<500 { session.advance() }  // warm caches and branch predictors

        var rates: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<stepsPerRun { session.advance() }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            rates.append(Double(stepsPerRun) / seconds)
        }
        let median = rates.sorted()[runs / 2]
        let flops = flopsPerStep(shape: shape, batch: dataset.points.count)
        let peak = CorePeak.current()

        print("bench train: cs231n spiral, \(dataset.points.count) points, \(shape) ReLU, "
              + "full batch, one thread")
        print("  steps/s (median of \(runs) runs of \(stepsPerRun)): \(Int(median))   "
              + "runs: \(rates.map { String(Int($0)) }.joined(separator: " "))")
        print("  FLOPs per step: \(flops) (multiply-adds ×2 in forward, weight and input "
              + "gradients; element-wise work not counted)")
        print(String(format: "  achieved: %.1f GFLOP/s = %.1f%% of one core's peak",
                     median * Double(flops) / 1e9,
                     100 * median * Double(flops) / peak.flopsPerSecond))
        print("  peak assumed: \(peak.description)")
        print("  after 10,000 steps: train accuracy "
              + String(format: "%.1f%%", 100 * accuracyAfterCaseStudy(dataset, shape)))
        print(String(format: "  threaded Trainer (publishing at 240 Hz): %.0f steps/s",
                     try threadedRate(dataset: dataset, shape: shape)))
        if let numpy = NumpyReference.stepsPerSecond() {
            print(String(format: "  numpy reference (the cs231n code, float64): %.0f steps/s; "
                         + "this trainer is %.1f× faster", numpy, median / numpy))
        } else {
            print("  numpy reference: skipped (python3 with numpy not found)")
        }
        return 0
    }

    /// 2·B·(Σ in·out) each for the forward pass and the weight gradients, plus the same for the
    /// input gradients of every layer but the first.
    static func flopsPerStep(shape: NetworkShape, batch: Int) -> Int {
        var total = 0
        for layer in 0..<shape.layerCount {
            let macs = batch * shape.layerSizes[layer] * shape.layerSizes[layer + 1]
            total += 2 * macs * (layer == 0 ? 2 : 3)
        }
        return total
    }

    private static func accuracyAfterCaseStudy(_ dataset: Dataset, _ shape: NetworkShape) -> Float {
        let session = TrainingSession(dataset: dataset, shape: shape, settings: .cs231n, seed: 0)
        for _ in 0..<10_000 { session.advance() }
        return session.evaluate().trainAccuracy
    }

    private static func threadedRate(dataset: Dataset, shape: NetworkShape) throws -> Double {
        let trainer = Trainer(configuration: TrainerConfiguration(
            dataset: dataset, shape: shape, settings: .cs231n, seed: 0))
        trainer.start()
        Thread.sleep(forTimeInterval: 0.2)
        let first = trainer.latestSnapshot().step
        let start = DispatchTime.now().uptimeNanoseconds
        Thread.sleep(forTimeInterval: 2)
        let steps = trainer.latestSnapshot().step - first
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        trainer.stop()
        return Double(steps) / seconds
    }
}

/// The single-core peak the benchmark compares against: vector width × FMA units × 2 × clock.
struct CorePeak {
    var flopsPerSecond: Double
    var description: String

    /// Reads the clock and vector features from /proc/cpuinfo. With AVX2 and FMA: 8 lanes ×
    /// 2 FMA pipes × 2 FLOPs = 32 FLOPs per cycle (Zen 2 and later, Haswell and later).
    static func current() -> CorePeak {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let flags = info.split(separator: "\n").first { $0.hasPrefix("flags") } ?? ""
        let hasFMA = flags.contains(" avx2") && flags.contains(" fma")
        let megahertz = info.split(separator: "\n").first { $0.hasPrefix("cpu MHz") }
            .flatMap { Double($0.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)) }
            ?? 3000
        let perCycle = hasFMA ? 32.0 : 8.0
        let model = info.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":").last!.trimmingCharacters(in: .whitespaces) } ?? "?"
        return CorePeak(
            flopsPerSecond: perCycle * megahertz * 1e6,
            description: String(format: "%@ at %.0f MHz × %.0f FLOPs/cycle (%@) = %.1f GFLOP/s",
                                model, megahertz, perCycle,
                                hasFMA ? "AVX2: 8 lanes × 2 FMA pipes × 2" : "SSE: 4 lanes × 2",
                                perCycle * megahertz / 1e3))
    }
}
