// A network part way between two of the same shape: what the installation shows while one
// scene's trained weights morph into the next scene's, so the decision boundary flows from
// one to the other instead of jumping.

extension Network {
    /// `(1 - weight) · from + weight · to`, parameter by parameter; nil when the two differ in
    /// shape (layer sizes or activations), where no in-between network exists.
    public static func blend(from: Network, to: Network, weight: Float) -> Network? {
        guard from.shape == to.shape else { return nil }
        // Written so that weight 0 and 1 give the two ends exactly.
        let parameters = zip(from.parameters, to.parameters).map { start, end in
            start * (1 - weight) + end * weight
        }
        return Network(shape: to.shape, parameters: parameters)
    }
}
