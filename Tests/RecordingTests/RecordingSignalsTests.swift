// Signals turned into calls: SIGUSR1 and SIGUSR2 sent to this test process stand in for SIGINT
// and SIGTERM, which would stop the test runner if the handler failed to catch them. One test
// at a time, since a signal sent to the process reaches every source watching it.

import Foundation
import Synchronization
import Testing
@testable import Recording

@Suite(.serialized)
struct RecordingSignalsTests {
    @Test func aSignalToThisProcessCallsTheHandlerOnItsQueue() throws {
        let queue = DispatchQueue(label: "signals-test")
        let received = Mutex<[Int32]>([])
        let arrived = DispatchSemaphore(value: 0)
        let signals = RecordingSignals(signals: [SIGUSR1, SIGUSR2], queue: queue) { number in
            dispatchPrecondition(condition: .onQueue(queue))
            received.withLock { $0.append(number) }
            arrived.signal()
        }

        kill(getpid(), SIGUSR1)
        #expect(arrived.wait(timeout: .now() + 5) == .success)
        kill(getpid(), SIGUSR2)
        #expect(arrived.wait(timeout: .now() + 5) == .success)
        signals.cancel()

        #expect(received.withLock { $0 } == [SIGUSR1, SIGUSR2])
    }

    @Test func aSecondCatcherWorksAfterTheFirstIsCancelled() {
        // Dispatch installs its handler once per signal; a later catcher must not displace it.
        let arrived = DispatchSemaphore(value: 0)
        let first = RecordingSignals(signals: [SIGUSR1], queue: .global()) { _ in }
        first.cancel()
        let second = RecordingSignals(signals: [SIGUSR1], queue: .global()) { _ in
            arrived.signal()
        }
        kill(getpid(), SIGUSR1)
        #expect(arrived.wait(timeout: .now() + 5) == .success)
        second.cancel()
    }

    @Test func aRecordingFinishedFromTheHandlerIsPlayable() throws {
        // What the program does on SIGTERM: finish the file from the handler, then exit (here:
        // carry on and probe it).
        let path = makeTemporaryFolder("signal-finish") + "/finished.mp4"
        let recorder = try VideoRecorder(path: path, width: 64, height: 48, fps: 10)
        let frames = TestFrames(width: 64, height: 48)
        for index in 0..<12 { recorder.append(frames.frame(index), whenFull: .wait) }

        let finished = Mutex<RecordingResult?>(nil)
        let done = DispatchSemaphore(value: 0)
        let signals = RecordingSignals(signals: [SIGUSR1], queue: .global()) { _ in
            finished.withLock { $0 = recorder.finish() }
            done.signal()
        }
        kill(getpid(), SIGUSR1)
        #expect(done.wait(timeout: .now() + 20) == .success)
        signals.cancel()

        let result = try #require(finished.withLock { $0 })
        #expect(result.failure == nil)
        #expect(VideoProbe.probe(path)?.frameCount == 12)
    }
}
