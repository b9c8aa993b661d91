// The hand-over between render thread and writer: order kept, a full queue refusing rather than
// waiting, and a close that releases a producer stuck waiting for room.

import Foundation
import Synchronization
import Testing
@testable import Recording

struct FrameQueueTests {
    private func push(_ queue: FrameQueue, _ value: UInt8, wait: Bool = false)
        -> FrameQueue.PushOutcome
    {
        [UInt8](repeating: value, count: queue.frameBytes).withUnsafeBytes {
            queue.push($0, wait: wait)
        }
    }

    @Test func keepsOrderAndRefusesWhenFull() {
        let queue = FrameQueue(frameBytes: 16, capacity: 3)
        #expect(push(queue, 1) == .queued)
        #expect(push(queue, 2) == .queued)
        #expect(push(queue, 3) == .queued)
        #expect(push(queue, 4) == .full)

        let first = queue.pop()!
        #expect(queue.bytes(of: first).allSatisfy { $0 == 1 })
        queue.release(first)
        #expect(push(queue, 5) == .queued)

        var seen: [UInt8] = []
        queue.close()
        while let slot = queue.pop() {
            seen.append(queue.bytes(of: slot)[0])
            queue.release(slot)
        }
        #expect(seen == [2, 3, 5])
        #expect(push(queue, 6) == .closed)
    }

    @Test func closeReleasesAProducerWaitingForRoom() {
        let queue = FrameQueue(frameBytes: 16, capacity: 1)
        #expect(push(queue, 1) == .queued)
        let outcome = Mutex<FrameQueue.PushOutcome?>(nil)
        let returned = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let result = [UInt8](repeating: 2, count: 16).withUnsafeBytes {
                queue.push($0, wait: true)
            }
            outcome.withLock { $0 = result }
            returned.signal()
        }
        usleep(50_000)
        #expect(outcome.withLock { $0 } == nil)  // still waiting: the only slot is taken

        queue.close()
        #expect(returned.wait(timeout: .now() + 5) == .success)
        #expect(outcome.withLock { $0 } == .closed)
        #expect(queue.pop().map { queue.bytes(of: $0)[0] } == 1)
    }
}
