// Matching moves sent to the trainer with the frames whose snapshots contain them.

import Learning
import Testing
@testable import neurolume

struct EditLatencyTests {
    @Test func aMoveCountsOnceItsPositionOrALaterOneIsDrawn() {
        var latency = EditLatency()
        latency.sent(7, to: SIMD2(0.1, 0), eventTime: 1.000, frame: 0)
        latency.sent(7, to: SIMD2(0.2, 0), eventTime: 1.010, frame: 0)
        latency.sent(7, to: SIMD2(0.3, 0), eventTime: 1.020, frame: 1)

        let stale = [DataPoint(id: 7, position: .zero, label: 0)]
        #expect(latency.frameDrawn(0, snapshotPoints: stale, at: 1.015).isEmpty)

        // The second move is in: it and the first (which it supersedes) are measured.
        let second = [DataPoint(id: 7, position: SIMD2(0.2, 0), label: 0)]
        let measured = latency.frameDrawn(1, snapshotPoints: second, at: 1.030)
        #expect(measured.map(\.position) == [SIMD2(0.1, 0), SIMD2(0.2, 0)])
        #expect(abs(measured[0].seconds - 0.030) < 1e-9)
        #expect(measured.map(\.frames) == [2, 2])
        #expect(latency.frameCounts == [0, 0, 2])
        #expect(latency.pending.count == 1)

        // A point deleted meanwhile leaves nothing to wait for, and nothing measured.
        #expect(latency.frameDrawn(2, snapshotPoints: [], at: 1.040).isEmpty)
        #expect(latency.pending.isEmpty)
        #expect(latency.all.count == 2)
    }

    @Test func summaryQuantiles() throws {
        let summary = try #require(EditLatency.summary((1...100).map { Double($0) }))
        #expect(summary.median == 51 || summary.median == 50)
        #expect(summary.worst == 100)
        #expect(EditLatency.summary([]) == nil)
    }
}
