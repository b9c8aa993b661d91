// Hands the newest snapshot from the trainer thread to the render thread without either ever
// waiting: a triple buffer of references whose ownership moves by one atomic exchange.

import Synchronization

/// A wait-free single-producer, single-consumer mailbox that always holds the newest value.
///
/// Three slots: the producer owns one, the consumer owns one, and the third is "shared". The
/// producer writes its slot and swaps it with the shared one; the consumer, when the shared
/// slot is marked fresh, swaps its own with it. A slot is touched only by its current owner,
/// so references in it need no lock. A mutex-protected reference was the simpler option, but
/// a render thread must never stall behind a trainer that is preempted inside the lock.
///
/// `publish` may be called from one thread at a time, and `latest` from one thread at a time.
final class SnapshotExchange<Value: AnyObject & Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value>

    /// Bits 0-1: the shared slot's index; bit 2: set when it holds a value not yet taken.
    private let shared: Atomic<Int>
    private static var freshBit: Int { 4 }

    /// Producer-only and consumer-only indices, kept apart so neither thread writes the other's.
    private let producerSlot: UnsafeMutablePointer<Int>
    private let consumerSlot: UnsafeMutablePointer<Int>

    init(initial: Value) {
        slots = .allocate(capacity: 3)
        slots.initialize(repeating: initial, count: 3)
        shared = Atomic(1)
        producerSlot = .allocate(capacity: 1)
        producerSlot.initialize(to: 0)
        consumerSlot = .allocate(capacity: 1)
        consumerSlot.initialize(to: 2)
    }

    deinit {
        slots.deinitialize(count: 3)
        slots.deallocate()
        producerSlot.deallocate()
        consumerSlot.deallocate()
    }

    /// Makes `value` the newest. Producer thread only.
    func publish(_ value: Value) {
        slots[producerSlot.pointee] = value
        let previous = shared.exchange(producerSlot.pointee | Self.freshBit,
                                       ordering: .acquiringAndReleasing)
        producerSlot.pointee = previous & 3
    }

    /// The newest published value. Consumer thread only.
    func latest() -> Value {
        if shared.load(ordering: .relaxed) & Self.freshBit != 0 {
            let previous = shared.exchange(consumerSlot.pointee, ordering: .acquiringAndReleasing)
            consumerSlot.pointee = previous & 3
        }
        return slots[consumerSlot.pointee]
    }
}
