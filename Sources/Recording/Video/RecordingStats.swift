// What a recording has done so far and how fast, for the log line at stop, the on-screen
// counters and `neurolume bench record`.

/// Counters of one recording, read at one moment.
public struct RecordingStats: Sendable, Equatable {
    /// Frames piped to FFmpeg in full.
    public var framesWritten: Int
    /// Frames refused because the writer was behind (or had stopped); each shortens the video
    /// by one frame, since FFmpeg stamps frames at the fixed input rate.
    public var framesDropped: Int
    /// Raw RGBA bytes piped to FFmpeg.
    public var bytesWritten: Int
    /// Seconds from the first frame handed over to the last one written.
    public var seconds: Double
    /// Seconds the writer spent inside `write` calls: near `seconds` means FFmpeg is the
    /// bottleneck (the pipe was full), far below means frames arrive slower than it encodes.
    public var writeSeconds: Double

    public init(framesWritten: Int = 0, framesDropped: Int = 0, bytesWritten: Int = 0,
                seconds: Double = 0, writeSeconds: Double = 0) {
        self.framesWritten = framesWritten
        self.framesDropped = framesDropped
        self.bytesWritten = bytesWritten
        self.seconds = seconds
        self.writeSeconds = writeSeconds
    }

    /// Frames written per second of recording; 0 before two frames.
    public var framesPerSecond: Double {
        seconds > 0 ? Double(framesWritten) / seconds : 0
    }

    /// Raw bytes piped per second, in MB/s (10^6 bytes).
    public var megabytesPerSecond: Double {
        seconds > 0 ? Double(bytesWritten) / seconds / 1e6 : 0
    }
}
