// The outcome of one recording, handed back by `VideoRecorder.finish()`.

/// What `VideoRecorder.finish()` reports.
public struct RecordingResult: Sendable, Equatable {
    /// The MP4 file; it exists and plays whenever `stats.framesWritten` is above zero and FFmpeg
    /// got far enough to write a fragment.
    public var path: String
    public var stats: RecordingStats
    /// Why the recording stopped early, or nil when it ran until `finish()`.
    public var failure: RecordingError?
    /// Size of the MP4 in bytes after FFmpeg ended (0 if it is missing).
    public var fileBytes: Int
    /// Seconds from the start of FFmpeg to its end, encoding of the last queued frames included.
    public var totalSeconds: Double

    public init(path: String, stats: RecordingStats, failure: RecordingError?, fileBytes: Int,
                totalSeconds: Double) {
        self.path = path
        self.stats = stats
        self.failure = failure
        self.fileBytes = fileBytes
        self.totalSeconds = totalSeconds
    }
}
