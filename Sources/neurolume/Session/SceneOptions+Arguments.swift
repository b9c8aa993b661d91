// The scene flags written back out, so a session log's header can carry the scene it started
// from in the same words the command line uses, and replay parses them with the same checks.

import Learning

extension SceneOptions {
    /// Flags that `parse` turns back into these options.
    var arguments: [String] {
        var result = ["--dataset", dataset.rawValue, "--points", String(pointsPerClass),
                      "--classes", String(classes), "--seed", String(seed),
                      "--activation", activation.rawValue, "--lr", String(learningRate),
                      "--optimizer", optimizer.rawValue, "--batch", batch.map(String.init) ?? "full",
                      "--step-rate", String(stepRate)]
        if let noise { result += ["--noise", String(noise)] }
        if let net { result += ["--net", net] }
        switch regularization {
        case .none: result += ["--reg", "none"]
        case .l2(let strength): result += ["--reg", "l2:\(strength)"]
        case .l1(let strength): result += ["--reg", "l1:\(strength)"]
        }
        return result
    }

    /// Options parsed from `arguments`, scene flags only.
    init(arguments: [String]) throws(OptionsError) {
        self.init()
        var reader = ArgumentReader(arguments)
        while let flag = reader.take() {
            guard try parse(flag, &reader) else {
                throw OptionsError("'\(flag)' is not a scene option")
            }
        }
    }
}
