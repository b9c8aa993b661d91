// The built-in classification problems. Each draws from its own seeded generator, so the same
// parameters always give the same points.

import Foundation

/// The shape of a generated problem.
public enum DatasetKind: String, CaseIterable, Sendable, Codable {
    /// K arms winding out from the centre (the cs231n spiral).
    case spiral
    /// Two classes in opposite quadrants.
    case xor
    /// K concentric rings, the innermost a disc.
    case circles
    /// K Gaussian clusters on a circle.
    case blobs
    /// Two interleaved half circles.
    case moons
    /// A 4×4 board coloured by (column + row) mod K.
    case checkerboard

    /// The noise each kind uses when none is given.
    public var defaultNoise: Float {
        switch self {
        case .spiral: return 0.2
        case .xor: return 0.05
        case .circles: return 0.05
        case .blobs: return 0.15
        case .moons: return 0.1
        case .checkerboard: return 0
        }
    }

    /// Whether the kind is defined for exactly two classes.
    public var isBinary: Bool { self == .xor || self == .moons }
}

/// Everything that determines a generated dataset.
public struct DatasetSpec: Sendable, Equatable, Codable {
    public var kind: DatasetKind
    public var pointsPerClass: Int
    public var classCount: Int
    /// Kind-specific jitter: angle noise in radians for the spiral, a standard deviation in
    /// data units for the others. Nil means the kind's default.
    public var noise: Float?
    public var seed: UInt64

    public static let pointsPerClassRange = 1...5000
    public static let classCountRange = 2...8

    public init(kind: DatasetKind, pointsPerClass: Int = 100, classCount: Int = 3,
                noise: Float? = nil, seed: UInt64 = 1) {
        self.kind = kind
        self.pointsPerClass = pointsPerClass
        self.classCount = kind.isBinary ? 2 : classCount
        self.noise = noise
        self.seed = seed
    }

    /// The cs231n case study's data: 100 points on each of 3 spiral arms.
    public static let cs231nSpiral = DatasetSpec(kind: .spiral, pointsPerClass: 100,
                                                 classCount: 3, seed: 0)

    /// Draws the points, fitted into the plotting square, all in the train split.
    public func generate() throws(DatasetError) -> Dataset {
        guard Self.pointsPerClassRange.contains(pointsPerClass) else {
            throw DatasetError("points per class must be in \(Self.pointsPerClassRange), "
                               + "not \(pointsPerClass)")
        }
        guard Self.classCountRange.contains(classCount) else {
            throw DatasetError("class count must be in \(Self.classCountRange), not \(classCount)")
        }
        if kind == .checkerboard && classCount > 7 {
            throw DatasetError("a 4×4 checkerboard has colours for at most 7 classes")
        }
        let noise = self.noise ?? kind.defaultNoise
        guard noise.isFinite, (0...2).contains(noise) else {
            throw DatasetError("noise must be in 0...2, not \(noise)")
        }

        var generator = SeededGenerator(seed: seed)
        var raw: [(SIMD2<Float>, Int)] = []
        raw.reserveCapacity(pointsPerClass * classCount)
        for label in 0..<classCount {
            for index in 0..<pointsPerClass {
                let point = samplePoint(label: label, index: index, noise: noise,
                                        generator: &generator)
                raw.append((point, label))
            }
        }
        return Dataset.fitted(name: kind.rawValue, raw: raw,
                              classNames: (0..<classCount).map(String.init))
    }

    /// One point of class `label`; `index` runs over 0..<pointsPerClass.
    private func samplePoint(label: Int, index: Int, noise: Float,
                             generator: inout SeededGenerator) -> SIMD2<Float> {
        let fraction = pointsPerClass > 1 ? Float(index) / Float(pointsPerClass - 1) : 0
        let jitter = { (g: inout SeededGenerator) in
            SIMD2<Float>(g.nextNormal(), g.nextNormal()) * noise
        }
        switch kind {
        case .spiral:
            // cs231n: radius linspace(0, 1), angle linspace(4j, 4(j+1)) plus noise·randn.
            let angle = 4 * (Float(label) + fraction) + noise * generator.nextNormal()
            return fraction * SIMD2(sin(angle), cos(angle))

        case .xor:
            // Class 0 in quadrants (+,+) and (-,-); class 1 in the other two.
            let magnitude = SIMD2(generator.nextFloat(in: 0.1...1), generator.nextFloat(in: 0.1...1))
            let flip: Float = generator.nextUnitFloat() < 0.5 ? 1 : -1
            let signs = label == 0 ? SIMD2<Float>(flip, flip) : SIMD2<Float>(flip, -flip)
            return magnitude * signs + jitter(&generator)

        case .circles:
            let band = (Float(label) + (label == 0 ? 0 : 0.2) + 0.6 * generator.nextUnitFloat())
            let radius = band / Float(classCount) + noise * generator.nextNormal()
            let angle = 2 * Float.pi * generator.nextUnitFloat()
            return radius * SIMD2(cos(angle), sin(angle))

        case .blobs:
            let angle = Float.pi / 2 + 2 * Float.pi * Float(label) / Float(classCount)
            return 0.6 * SIMD2(cos(angle), sin(angle)) + jitter(&generator)

        case .moons:
            let angle = Float.pi * generator.nextUnitFloat()
            let arc = label == 0
                ? SIMD2(cos(angle), sin(angle))
                : SIMD2(1 - cos(angle), 0.5 - sin(angle))
            return arc + jitter(&generator)

        case .checkerboard:
            return checkerboardPoint(label: label, generator: &generator) + jitter(&generator)
        }
    }

    /// A uniform point in [-1, 1]² whose 4×4 cell has (column + row) mod K == label.
    private func checkerboardPoint(label: Int, generator: inout SeededGenerator) -> SIMD2<Float> {
        let cells = 4
        let matching = (0..<cells * cells).filter { ($0 % cells + $0 / cells) % classCount == label }
        let cell = matching[Int(generator.next() % UInt64(matching.count))]
        let corner = SIMD2(Float(cell % cells), Float(cell / cells)) * (2 / Float(cells)) - 1
        let offset = SIMD2(generator.nextUnitFloat(), generator.nextUnitFloat()) * (2 / Float(cells))
        return corner + offset
    }
}
