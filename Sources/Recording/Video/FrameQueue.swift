// A fixed ring of frame buffers between the render thread and the writer thread, allocated once,
// so handing a frame over costs one copy and never an allocation or a wait on the pipe.

import Dispatch
import Synchronization

/// A bounded FIFO of equally sized byte buffers with one producer and one consumer.
///
/// Thread rules: `push` from one producer thread (the render thread); `close` from any thread;
/// `pop` and `release` from one consumer thread (the writer). A slot's bytes belong to whoever holds its
/// index: the producer between taking a free slot and queueing it, the consumer between `pop`
/// and `release`. Only the index lists are shared, under a mutex held for a few instructions.
final class FrameQueue: @unchecked Sendable {
    /// Bytes in one frame.
    let frameBytes: Int
    let capacity: Int
    /// `capacity` slots of `frameBytes` each, back to back; written by the slot's holder only.
    private let storage: UnsafeMutableRawPointer
    private let lists: Mutex<Lists>
    /// Counts free slots; `wait` policies block on it, `drop` policies try it without waiting.
    private let freeSlots = DispatchSemaphore(value: 0)
    /// Counts queued frames, plus one for `close`.
    private let queuedFrames = DispatchSemaphore(value: 0)

    private struct Lists {
        var free: [Int]
        /// Queued slots in order: a ring of `capacity` entries starting at `head`.
        var ring: [Int]
        var head = 0
        var count = 0
        var closed = false
    }

    /// What `push` did with a frame.
    enum PushOutcome: Equatable {
        case queued
        /// No free slot and the policy was not to wait.
        case full
        /// `close` was called before.
        case closed
    }

    init(frameBytes: Int, capacity: Int) {
        precondition(frameBytes > 0 && capacity > 0, "a frame queue needs room for a frame")
        self.frameBytes = frameBytes
        self.capacity = capacity
        storage = .allocate(byteCount: frameBytes * capacity, alignment: 64)
        lists = Mutex(Lists(free: Array(0..<capacity), ring: Array(repeating: 0, count: capacity)))
        // Counted up rather than created at `capacity`: libdispatch traps when a semaphore is
        // freed below its initial value, which a queue dropped mid-recording would be.
        for _ in 0..<capacity { freeSlots.signal() }
    }

    deinit {
        storage.deallocate()
    }

    /// Copies `frame` (exactly `frameBytes` long) into a free slot and queues it. With `wait`
    /// false it returns `.full` at once when every slot is taken; with `wait` true it blocks
    /// until the consumer releases one.
    func push(_ frame: UnsafeRawBufferPointer, wait: Bool) -> PushOutcome {
        precondition(frame.count == frameBytes,
                     "a frame of \(frame.count) bytes for a queue of \(frameBytes)-byte frames")
        if lists.withLock({ $0.closed }) { return .closed }
        if wait {
            freeSlots.wait()
        } else if freeSlots.wait(timeout: .now()) == .timedOut {
            return .full
        }

        // The semaphore guarantees a free index (or, after `close`, a wake-up with none);
        // only the producer removes from `free`.
        guard let slot = lists.withLock({ $0.closed ? nil : $0.free.removeLast() }) else {
            freeSlots.signal()  // pass the wake-up on
            return .closed
        }
        storage.advanced(by: slot * frameBytes)
            .copyMemory(from: frame.baseAddress!, byteCount: frameBytes)

        // Queued only while open: once closed, the consumer may already have left.
        let queued = lists.withLock { lists in
            if lists.closed {
                lists.free.append(slot)
                return false
            }
            lists.ring[(lists.head + lists.count) % capacity] = slot
            lists.count += 1
            return true
        }
        if queued {
            queuedFrames.signal()
        } else {
            freeSlots.signal()
        }
        return queued ? .queued : .closed
    }

    /// Tells the consumer that no more frames follow the ones queued, and wakes a producer
    /// waiting for a slot, which then returns `.closed`.
    func close() {
        lists.withLock { $0.closed = true }
        queuedFrames.signal()
        freeSlots.signal()
    }

    /// Waits for the oldest queued frame and returns its slot, or nil once the queue is closed
    /// and empty.
    func pop() -> Int? {
        // One signal per queued frame and one for `close`, so after each wait there is either
        // a frame or the end.
        queuedFrames.wait()
        return lists.withLock { lists in
            guard lists.count > 0 else {
                precondition(lists.closed, "a frame queue woke with nothing queued")
                return nil
            }
            let slot = lists.ring[lists.head]
            lists.head = (lists.head + 1) % lists.ring.count
            lists.count -= 1
            return slot
        }
    }

    /// The bytes of a popped slot, valid until `release`.
    func bytes(of slot: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: storage.advanced(by: slot * frameBytes), count: frameBytes)
    }

    /// Returns a popped slot to the producer.
    func release(_ slot: Int) {
        lists.withLock { $0.free.append(slot) }
        freeSlots.signal()
    }
}
