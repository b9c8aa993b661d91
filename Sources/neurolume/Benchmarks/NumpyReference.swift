// The cs231n case study as its readers know it, in numpy, timed in the same benchmark run so
// that the comparison is a ratio measured under the same machine load.

import Foundation

enum NumpyReference {
    /// The case study's training loop, as published in the cs231n notes, timed over 2,000 steps
    /// after 200 of warm-up; prints steps per second.
    static let script = """
        import time, numpy as np
        np.random.seed(0)
        N, D, K, h = 100, 2, 3, 100
        X = np.zeros((N * K, D)); y = np.zeros(N * K, dtype='uint8')
        for j in range(K):
            ix = range(N * j, N * (j + 1))
            r = np.linspace(0.0, 1, N)
            t = np.linspace(j * 4, (j + 1) * 4, N) + np.random.randn(N) * 0.2
            X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]; y[ix] = j
        W = 0.01 * np.random.randn(D, h); b = np.zeros((1, h))
        W2 = 0.01 * np.random.randn(h, K); b2 = np.zeros((1, K))
        step_size, reg, n = 1.0, 1e-3, X.shape[0]
        def step():
            global W, b, W2, b2
            hidden = np.maximum(0, np.dot(X, W) + b)
            scores = np.dot(hidden, W2) + b2
            exp_scores = np.exp(scores - scores.max(axis=1, keepdims=True))
            probs = exp_scores / np.sum(exp_scores, axis=1, keepdims=True)
            loss = np.sum(-np.log(probs[range(n), y])) / n + 0.5 * reg * (np.sum(W * W) + np.sum(W2 * W2))
            dscores = probs; dscores[range(n), y] -= 1; dscores /= n
            dW2 = np.dot(hidden.T, dscores); db2 = np.sum(dscores, axis=0, keepdims=True)
            dhidden = np.dot(dscores, W2.T); dhidden[hidden <= 0] = 0
            dW = np.dot(X.T, dhidden); db = np.sum(dhidden, axis=0, keepdims=True)
            dW2 += reg * W2; dW += reg * W
            W += -step_size * dW; b += -step_size * db; W2 += -step_size * dW2; b2 += -step_size * db2
            return loss
        for _ in range(200): step()
        start = time.perf_counter()
        for _ in range(2000): step()
        print(2000 / (time.perf_counter() - start))
        """

    /// Steps per second of the numpy loop, or nil without python3 and numpy.
    static func stepsPerSecond() -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        // One thread, like the trainer it is compared with.
        var environment = ProcessInfo.processInfo.environment
        for name in ["OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"] {
            environment[name] = "1"
        }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Double(String(decoding: data, as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
