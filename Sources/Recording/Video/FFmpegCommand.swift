// The FFmpeg invocation that turns raw RGBA frames on stdin into an H.264 MP4: where the program
// is, and the argument list (never a shell string, so no path needs quoting).

import Foundation

/// How one recording runs FFmpeg.
public struct FFmpegCommand: Sendable, Equatable {
    /// Absolute path of the `ffmpeg` executable.
    public var executable: String
    public var arguments: [String]
    /// The encoded size: the frame size cropped to even numbers (see `encodedSize`).
    public var outputWidth: Int
    public var outputHeight: Int

    /// How much CPU the encoder may spend per frame.
    public enum Speed: Sendable, Equatable {
        /// x264's ultrafast preset: a live recording shares the processor with the renderer
        /// (llvmpipe renders on every core), and veryfast took about three times as long.
        case live
        /// veryfast: offline renders, where the encoder only competes with itself.
        case offline

        var preset: String { self == .live ? "ultrafast" : "veryfast" }

        /// One encoder thread for live recording: the renderer needs the other cores, and
        /// x264's frame threads add work of their own.
        var threads: [String] { self == .live ? ["-threads", "1"] : [] }
    }

    /// When each frame is shown in the video.
    public enum Timing: Sendable, Equatable {
        /// Frame n at n / fps: offline renders, which make exactly one frame per video frame.
        case fixed
        /// Each frame at the moment FFmpeg receives it, repeated or dropped by FFmpeg to a
        /// constant `fps`: a live window draws at whatever rate the renderer manages, and the
        /// video must still play in real time without the pipe carrying duplicate frames.
        case wallClock
    }

    /// The command for frames of `width`x`height` RGBA8 pixels, bottom row first (as
    /// `glReadPixels` returns them), at `fps` frames per second, written to `output`.
    public init(executable: String, width: Int, height: Int, fps: Int, output: String,
                speed: Speed = .offline, timing: Timing = .fixed) {
        let (outputWidth, outputHeight) = Self.encodedSize(width: width, height: height)
        self.executable = executable
        self.outputWidth = outputWidth
        self.outputHeight = outputHeight

        // Flip first, then crop, so the row lost to an odd height is the picture's bottom one.
        var filters = ["vflip"]
        if outputWidth != width || outputHeight != height {
            filters.append("crop=\(outputWidth):\(outputHeight):0:0")
        }
        let inputTiming = timing == .fixed
            ? ["-r", "\(fps)"] : ["-use_wallclock_as_timestamps", "1"]
        let outputTiming = timing == .fixed ? [] : ["-fps_mode", "cfr", "-r", "\(fps)"]
        arguments = [
            "-hide_banner", "-loglevel", "error", "-nostats", "-y",
            "-f", "rawvideo", "-pix_fmt", "rgba", "-s", "\(width)x\(height)",
        ] + inputTiming + [
            "-i", "-",
            "-vf", filters.joined(separator: ","),
        ] + outputTiming + [
            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", speed.preset, "-crf", "18",
        ] + speed.threads + [
            // A keyframe a second, each starting a fragment with its own index, flushed to the
            // file at once: a killed FFmpeg or a full disk loses about the last second, where a
            // plain MP4 (even with +faststart) is unplayable without the index written at the
            // end. Without -flush_packets, fragments wait in a 32 KiB buffer, which at small
            // sizes is the whole recording. The cost is a few percent of file size.
            "-g", "\(max(fps, 1))",
            "-movflags", "+frag_keyframe+empty_moov+default_base_moof", "-flush_packets", "1",
            // Named, since the movflags are MP4's whatever the file is called.
            "-f", "mp4", output,
        ]
    }

    /// The size H.264 in yuv420p can encode: both sides rounded down to even numbers.
    ///
    /// yuv420p stores colour at half resolution, so odd sides are refused. Cropping the last
    /// column or row keeps every other pixel as drawn; padding would add a black line at the
    /// edge, and scaling would resample and soften the whole picture.
    public static func encodedSize(width: Int, height: Int) -> (width: Int, height: Int) {
        (width & ~1, height & ~1)
    }

    /// Finds `ffmpeg`: `explicitPath` when given, else the first executable `ffmpeg` in the
    /// colon-separated `searchPath` (normally `$PATH`).
    public static func locate(explicitPath: String?, searchPath: String?) throws(RecordingError)
        -> String
    {
        if let explicitPath {
            guard isProgram(explicitPath) else { throw .ffmpegNotFound(searched: [explicitPath]) }
            return explicitPath
        }

        // Empty entries mean the current directory in POSIX shells; a recorder should not pick
        // up a stray ./ffmpeg, so they are skipped along with other relative entries.
        let folders = (searchPath ?? "").split(separator: ":").map(String.init)
        for folder in folders where folder.hasPrefix("/") {
            let candidate = (folder as NSString).appendingPathComponent("ffmpeg")
            if isProgram(candidate) { return candidate }
        }
        throw .ffmpegNotFound(searched: folders)
    }

    /// An executable regular file (folders have execute bits too).
    private static func isProgram(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            && !isFolder.boolValue && FileManager.default.isExecutableFile(atPath: path)
    }
}
