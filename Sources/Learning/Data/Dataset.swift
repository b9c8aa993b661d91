// Labelled points in the plotting square, with the mapping from the data's own coordinates, so
// that a pixel of the surface and a point of the data always agree.

/// A stable name for one data point, kept across moves and across other points' deletion.
public typealias PointID = UInt32

/// Which split a point belongs to.
public enum SplitRole: String, Sendable, Codable {
    case train
    case test
}

/// One labelled point. `position` is in plotting coordinates, [-1, 1]² for generated and
/// loaded data; a dragged point may leave the square.
public struct DataPoint: Sendable, Equatable, Codable {
    public var id: PointID
    public var position: SIMD2<Float>
    public var label: Int
    public var role: SplitRole

    public init(id: PointID, position: SIMD2<Float>, label: Int, role: SplitRole = .train) {
        self.id = id
        self.position = position
        self.label = label
        self.role = role
    }
}

/// An affine map from the data's own coordinates into the plotting square:
/// plot = (data - center) · scale.
public struct Normalization: Sendable, Equatable, Codable {
    public var center: SIMD2<Float>
    public var scale: Float

    public static let identity = Normalization(center: .zero, scale: 1)

    public init(center: SIMD2<Float>, scale: Float) {
        self.center = center
        self.scale = scale
    }

    /// The map that fits `points` into [-1 + margin, 1 - margin]², keeping the aspect ratio.
    public init(fitting points: [SIMD2<Float>], margin: Float = 0.05) {
        guard let first = points.first else {
            self = .identity
            return
        }
        var low = first, high = first
        for point in points {
            low = pointwiseMin(low, point)
            high = pointwiseMax(high, point)
        }
        let halfExtent = max((high - low).max() / 2, 1e-6)
        self.init(center: (low + high) / 2, scale: (1 - margin) / halfExtent)
    }

    public func toPlot(_ data: SIMD2<Float>) -> SIMD2<Float> { (data - center) * scale }
    public func toData(_ plot: SIMD2<Float>) -> SIMD2<Float> { plot / scale + center }
}

/// A classification problem in the plane: points with class labels and a train/test split.
public struct Dataset: Sendable, Equatable {
    /// A short name for captions, e.g. "spiral" or the CSV file's name.
    public var name: String
    public var points: [DataPoint]
    public var classNames: [String]
    public var normalization: Normalization

    public var classCount: Int { classNames.count }

    public init(name: String, points: [DataPoint], classNames: [String],
                normalization: Normalization = .identity) {
        self.name = name
        self.points = points
        self.classNames = classNames
        self.normalization = normalization
    }

    /// Labels 0..<classCount named "0", "1", ….
    public init(name: String, points: [DataPoint], classCount: Int,
                normalization: Normalization = .identity) {
        self.init(name: name, points: points,
                  classNames: (0..<classCount).map(String.init), normalization: normalization)
    }

    public var trainPoints: [DataPoint] { points.filter { $0.role == .train } }
    public var testPoints: [DataPoint] { points.filter { $0.role == .test } }

    /// The next unused point id.
    public var nextPointID: PointID { (points.map(\.id).max() ?? 0) &+ 1 }

    /// A copy whose points are split at random: `testFraction` of them (rounded) become test
    /// points, the rest train points.
    public func split(testFraction: Float, seed: UInt64) -> Dataset {
        precondition((0...0.9).contains(testFraction), "test fraction \(testFraction) not in 0...0.9")
        var generator = SeededGenerator(seed: seed)
        var order = Array(points.indices)
        order.shuffle(using: &generator)
        let testCount = Int((Float(points.count) * testFraction).rounded())

        var result = self
        for (rank, index) in order.enumerated() {
            result.points[index].role = rank < testCount ? .test : .train
        }
        return result
    }

    /// Raw (data-space) positions mapped into the plotting square with a fitted normalization;
    /// ids are 1, 2, … in order.
    public static func fitted(name: String, raw: [(SIMD2<Float>, Int)],
                              classNames: [String]) -> Dataset {
        let normalization = Normalization(fitting: raw.map(\.0))
        let points = raw.enumerated().map { index, sample in
            DataPoint(id: PointID(index + 1), position: normalization.toPlot(sample.0),
                      label: sample.1)
        }
        return Dataset(name: name, points: points, classNames: classNames,
                       normalization: normalization)
    }
}
