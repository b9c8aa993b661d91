// The pieces that keep an unattended installation observable: systemd notifications over a
// real datagram socket, resident memory, frame-time percentiles.

import Foundation
import Testing
@testable import neurolume

// Serialized: the memory figures must not see another test's allocations.
@Suite(.serialized)
struct OperationTests {
    @Test func notificationsReachTheSocket() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("notify-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        let listener = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        #expect(listener >= 0)
        defer { close(listener); unlink(path) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(bound == 0)

        let notifier = try #require(ServiceNotifier(environment: ["NOTIFY_SOCKET": path,
                                                                  "WATCHDOG_USEC": "2000000"]))
        #expect(notifier.watchdogInterval == 1)
        #expect(notifier.send("READY=1"))
        notifier.keepAlive(now: 10)
        notifier.keepAlive(now: 10.5)  // within the interval: no second ping

        var buffer = [UInt8](repeating: 0, count: 256)
        let first = recv(listener, &buffer, buffer.count, Int32(MSG_DONTWAIT))
        #expect(String(decoding: buffer[0..<max(first, 0)], as: UTF8.self) == "READY=1")
        let second = recv(listener, &buffer, buffer.count, Int32(MSG_DONTWAIT))
        #expect(String(decoding: buffer[0..<max(second, 0)], as: UTF8.self) == "WATCHDOG=1")
        #expect(recv(listener, &buffer, buffer.count, Int32(MSG_DONTWAIT)) == -1)
    }

    @Test func withoutSystemdThereIsNoNotifier() {
        #expect(ServiceNotifier(environment: [:]) == nil)
    }

    @Test func residentMemoryIsReadAndGrowsWithTouchedPages() throws {
        let before = try #require(ResourceUsage.residentBytes())
        let block = UnsafeMutablePointer<UInt8>.allocate(capacity: 64 << 20)
        defer { block.deallocate() }
        block.initialize(repeating: 1, count: 64 << 20)
        let after = try #require(ResourceUsage.residentBytes())
        #expect(after - before > 32 << 20)
    }

    @Test func heapFiguresFollowAnAllocation() {
        let size = 64 << 20
        let before = ResourceUsage.heapBytesInUse()
        let block = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        block.initialize(repeating: 1, count: size)
        let during = ResourceUsage.heapBytesInUse()
        #expect(during - before > size - (4 << 20))
        #expect(ResourceUsage.heapBytesHeld() >= during)
        block.deallocate()
        #expect(during - ResourceUsage.heapBytesInUse() > size - (4 << 20))
    }

    @Test func frameTimeQuantiles() {
        var statistics = FrameTimeStatistics(capacity: 100)
        #expect(statistics.quantile(0.5) == nil)
        for millisecond in 1...100 { statistics.record(Double(millisecond) / 1000) }
        #expect(statistics.quantile(0.5) == 0.051 || statistics.quantile(0.5) == 0.050)
        #expect(statistics.quantile(0.99) == 0.099)
        statistics.record(5)  // replaces the oldest (1 ms)
        #expect(statistics.quantile(1) == 5)
    }
}

/// The soak's reports fall where the loop starts over: the same point of the installation's
/// cycle.
struct SoakScheduleTests {
    @Test func reportsWaitForTheCycleToStartOver() {
        var schedule = SoakSchedule(warmUp: 60, end: 180)
        #expect(schedule.due(at: 30, cycleStarted: true) == nil)
        #expect(schedule.due(at: 61, cycleStarted: false) == nil)
        #expect(schedule.due(at: 62, cycleStarted: true) == "warm")
        #expect(schedule.due(at: 63, cycleStarted: true) == nil)
        #expect(schedule.due(at: 125, cycleStarted: true) == "")
        #expect(schedule.due(at: 181, cycleStarted: false) == nil)
        #expect(schedule.due(at: 183, cycleStarted: true) == "end")
    }

    @Test func anOverdueReportIsTakenAnyway() {
        var schedule = SoakSchedule(warmUp: 60, end: 600)
        #expect(schedule.due(at: 119, cycleStarted: false) == nil)
        #expect(schedule.due(at: 121, cycleStarted: false) == "warm")
    }

    @Test func aShortSoakReportsOnlyItsEnd() {
        var schedule = SoakSchedule(warmUp: 60, end: 30)
        #expect(schedule.due(at: 31, cycleStarted: true) == "end")
    }
}
