// The running `ffmpeg` child: its stdin pipe for frames, the tail of its stderr for the reason it
// failed, and its exit, published together once both the pipe and the process have ended.

import Foundation
import Synchronization

/// How the child ended.
struct ChildExit: Sendable, Equatable {
    /// The exit status, or the signal number when `bySignal`.
    var status: Int32
    var bySignal: Bool
    /// The last lines it wrote to stderr, trimmed.
    var log: String

    var succeeded: Bool { !bySignal && status == 0 }
}

/// One FFmpeg run.
///
/// Thread rules: `inputDescriptor` belongs to the one writer thread, which closes it with
/// `closeInput`; the rest may be called from any thread.
final class FFmpegProcess: Sendable {
    /// The write end of the child's stdin. Close-on-exec, so children started later by other
    /// parts of the program do not inherit it and hold the pipe open after we close it.
    let inputDescriptor: Int32
    let processIdentifier: Int32
    private let process: Process
    private let exit = Mutex<ChildExit?>(nil)
    private let ended = DispatchSemaphore(value: 0)
    private let inputClosed = Atomic<Bool>(false)

    /// Bytes of stderr kept: enough for a few error lines, bounded whatever FFmpeg prints.
    private static let logLimit = 2048

    /// Starts `command`.
    init(command: FFmpegCommand) throws(RecordingError) {
        // Our ends of both pipes are close-on-exec; the child's ends become its fd 0 and 2
        // through dup2, which clears the flag on the copies.
        guard let input = Self.makePipe() else {
            throw .launchFailed(path: command.executable, reason: String(cString: strerror(errno)))
        }
        guard let errors = Self.makePipe() else {
            let reason = String(cString: strerror(errno))
            close(input.read)
            close(input.write)
            throw .launchFailed(path: command.executable, reason: reason)
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: command.executable)
        process.arguments = command.arguments
        process.standardInput = FileHandle(fileDescriptor: input.read, closeOnDealloc: false)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(fileDescriptor: errors.write, closeOnDealloc: false)
        do {
            try Self.runWithNoSignalsBlocked(process)
        } catch {
            for end in [input.read, input.write, errors.read, errors.write] { close(end) }
            throw .launchFailed(path: command.executable, reason: "\(error)")
        }
        // The child holds its own copies now; ours would keep the pipes from ever ending.
        close(input.read)
        close(errors.write)

        self.process = process
        inputDescriptor = input.write
        processIdentifier = process.processIdentifier

        // Reads stderr to its end (the child exiting closes it), then reaps the child and
        // publishes both together, so whoever sees the exit also sees the complete message.
        let logDescriptor = errors.read
        let thread = Thread { [self] in
            let log = Self.readTail(of: logDescriptor)
            close(logDescriptor)
            process.waitUntilExit()
            let bySignal = process.terminationReason == .uncaughtSignal
            let result = ChildExit(status: process.terminationStatus, bySignal: bySignal, log: log)
            exit.withLock { $0 = result }
            ended.signal()
        }
        thread.name = "neurolume.ffmpeg-stderr"
        thread.start()
    }

    /// The exit, once the child has ended.
    var exitStatus: ChildExit? { exit.withLock { $0 } }

    /// Closes our end of stdin: FFmpeg sees end of input, encodes what it has and finishes the
    /// file. Called by the writer thread (or after it has stopped); a second call does nothing.
    func closeInput() {
        guard !inputClosed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        close(inputDescriptor)
    }

    /// Waits up to `seconds` for the child to end; nil if it is still running.
    func waitForExit(seconds: Double) -> ChildExit? {
        guard ended.wait(timeout: .now() + seconds) == .success else { return nil }
        ended.signal()  // later waiters return at once
        return exitStatus
    }

    /// Sends `signal` to the child unless it has been seen to exit (its pid may be reused then).
    func send(_ signal: Int32) {
        exit.withLock { exit in
            if exit == nil { kill(processIdentifier, signal) }
        }
    }

    /// Starts `process` from a fresh thread that blocks no signals.
    ///
    /// HACK: swift-corelibs-foundation's `Process.run` (Swift 6.3) spawns the child with the
    /// calling thread's signal mask. Dispatch worker threads block nearly every signal, so an
    /// FFmpeg started from one ignored SIGTERM and SIGINT for its whole life. The thread lives
    /// only as long as the spawn.
    private static func runWithNoSignalsBlocked(_ process: Process) throws {
        let outcome = Mutex<Result<Void, any Error>?>(nil)
        let spawned = DispatchSemaphore(value: 0)
        let thread = Thread {
            var none = sigset_t()
            sigemptyset(&none)
            pthread_sigmask(SIG_SETMASK, &none, nil)
            let result = Result { try process.run() }
            outcome.withLock { $0 = result }
            spawned.signal()
        }
        thread.name = "neurolume.ffmpeg-spawn"
        thread.start()
        spawned.wait()
        try outcome.withLock { $0 }?.get()
    }

    /// A pipe with both ends close-on-exec, or nil with `errno` set.
    ///
    /// Glibc's `pipe2` would set the flag atomically but Swift's Glibc module does not export
    /// it; a child spawned by another thread between the two calls could inherit an end, which
    /// would only delay FFmpeg seeing the end of its input until that child exits.
    private static func makePipe() -> (read: Int32, write: Int32)? {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    /// The last `logLimit` bytes read from `descriptor` until end of file, as trimmed text.
    private static func readTail(of descriptor: Int32) -> String {
        var tail: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            tail.append(contentsOf: chunk[0..<count])
            if tail.count > 2 * logLimit { tail.removeFirst(tail.count - logLimit) }
        }
        if tail.count > logLimit { tail.removeFirst(tail.count - logLimit) }
        return String(decoding: tail, as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
