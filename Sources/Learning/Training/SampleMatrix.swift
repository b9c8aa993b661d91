// A dataset split (train or test) as the trainer reads it: features feature-major and labels as
// class indices, in buffers that stay put between edits.

/// `count` samples with `featureCount` features each: `features[f * count + s]`, `labels[s]`.
/// Immutable after creation; rebuilt (outside a training step) when the points change.
final class SampleMatrix {
    let count: Int
    let featureCount: Int
    let features: UnsafeMutablePointer<Float>
    let labels: UnsafeMutablePointer<Int32>

    init(points: [DataPoint]) {
        count = points.count
        featureCount = 2
        features = Kernels.allocateAligned(2 * count)
        labels = .allocate(capacity: max(count, 1))
        for (sample, point) in points.enumerated() {
            features[sample] = point.position.x
            features[count + sample] = point.position.y
            labels[sample] = Int32(point.label)
        }
    }

    deinit {
        features.deallocate()
        labels.deallocate()
    }
}
