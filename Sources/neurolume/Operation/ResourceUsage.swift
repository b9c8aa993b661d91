// What the health log line reports about the process itself.

import CMalloc
import Foundation

enum ResourceUsage {
    /// Resident memory in bytes, from /proc/self/statm (pages × page size); nil off Linux.
    static func residentBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
            return nil
        }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Bytes the C heap has handed out and not yet taken back (glibc's mallinfo2: arena chunks
    /// plus the large blocks it maps on its own). Beside resident memory it tells heap growth
    /// from memory mapped outside malloc or freed but kept by the allocator.
    static func heapBytesInUse() -> Int {
        let info = mallinfo2()
        return Int(info.uordblks + info.hblkhd)
    }

    /// Bytes the C heap holds from the system, in use or not (arenas plus mapped blocks).
    /// Growing while `heapBytesInUse` stays flat means fragmentation, not a leak.
    static func heapBytesHeld() -> Int {
        let info = mallinfo2()
        return Int(info.arena + info.hblkhd)
    }
}

/// Frame times over a window, for the median and 99th percentile in the health line.
struct FrameTimeStatistics {
    private var samples: [Double] = []
    private let capacity: Int
    private var next = 0

    init(capacity: Int = 4096) {
        self.capacity = capacity
        samples.reserveCapacity(capacity)
    }

    /// Adds one frame's duration in seconds, replacing the oldest once full.
    mutating func record(_ seconds: Double) {
        if samples.count < capacity {
            samples.append(seconds)
        } else {
            samples[next] = seconds
        }
        next = (next + 1) % capacity
    }

    /// The `fraction` quantile (0.5 for the median) of the recorded frame times, nil if empty.
    func quantile(_ fraction: Double) -> Double? {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        let index = min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))
        return sorted[index]
    }

    mutating func reset() {
        samples.removeAll(keepingCapacity: true)
        next = 0
    }
}
