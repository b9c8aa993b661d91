// Why a recording could not start or had to stop, each with a hint the shell can show as is.

/// A refused or broken recording.
///
/// Thrown by `VideoRecorder.init` and `VideoFolder` when a recording cannot start; carried by
/// `VideoRecorder.State.failed` and `RecordingResult.failure` when one stops early. The program
/// is expected to report it and go on without recording.
public enum RecordingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No `ffmpeg` at the given path, or none on `$PATH` (`searched` lists where it looked).
    case ffmpegNotFound(searched: [String])
    /// A folder for the output could not be made.
    case cannotCreateFolder(path: String, reason: String)
    /// A file name could not be reserved in the folder.
    case cannotCreateFile(path: String, reason: String)
    /// Frames of this size cannot be encoded (a minimized window reads back as 0x0).
    case invalidSize(width: Int, height: Int)
    /// The child process could not be started.
    case launchFailed(path: String, reason: String)
    /// FFmpeg exited before it was told to finish: killed, a disk that filled, a bad argument.
    /// `status` is the exit status, or the signal number when `bySignal`; `log` is the tail
    /// of its standard error.
    case ffmpegEnded(status: Int32, bySignal: Bool, log: String)
    /// Writing frames to FFmpeg failed for a reason other than FFmpeg having ended.
    case writeFailed(reason: String)

    /// One sentence on what went wrong.
    public var message: String {
        switch self {
        case .ffmpegNotFound(let searched):
            let places = searched.isEmpty ? "an empty PATH" : searched.joined(separator: ":")
            return "ffmpeg not found (looked in \(places))"
        case .cannotCreateFolder(let path, let reason):
            return "cannot create the recordings folder \(path): \(reason)"
        case .cannotCreateFile(let path, let reason):
            return "cannot create \(path): \(reason)"
        case .invalidSize(let width, let height):
            return "cannot record frames of \(width)x\(height) pixels"
        case .launchFailed(let path, let reason):
            return "cannot start \(path): \(reason)"
        case .ffmpegEnded(let status, let bySignal, let log):
            let how = bySignal ? "was killed by signal \(status)" : "exited with status \(status)"
            let detail = log.isEmpty ? "" : ": \(log)"
            return "ffmpeg \(how) while recording\(detail)"
        case .writeFailed(let reason):
            return "writing frames to ffmpeg failed: \(reason)"
        }
    }

    /// What the user can do about it.
    public var hint: String {
        switch self {
        case .ffmpegNotFound:
            return "install ffmpeg (apt-get install ffmpeg) or give its path"
        case .cannotCreateFolder, .cannotCreateFile:
            return "check the folder's permissions and free space, or configure another folder"
        case .invalidSize:
            return "record a window of at least 2x2 pixels"
        case .launchFailed:
            return "check that the ffmpeg file is an executable program"
        case .ffmpegEnded(_, _, let log) where log.contains("libx264"):
            return "this ffmpeg was built without libx264; install a build with it "
                + "(Debian and Ubuntu's ffmpeg package has it)"
        case .ffmpegEnded:
            return "check free disk space and ffmpeg's message; what was written stays playable"
        case .writeFailed:
            return "check free disk space; what was written stays playable"
        }
    }

    public var description: String { "\(message) (hint: \(hint))" }
}
