// Test support for the video tests: runs the real `ffprobe` and `ffmpeg` on a recorded file and
// makes synthetic frames, so checks look at what a player would see.

import Foundation

/// What `ffprobe` says about the first video stream of a file.
struct VideoProbe: Decodable {
    var codecName: String
    var width: Int
    var height: Int
    var pixelFormat: String
    /// Frames decoded by `-count_frames`: the frames a player can actually show.
    var frameCount: Int

    /// Probes `path`; nil when ffprobe finds no decodable video stream.
    static func probe(_ path: String) -> VideoProbe? {
        let output = run("/usr/bin/env", [
            "ffprobe", "-v", "error", "-select_streams", "v:0", "-count_frames",
            "-show_entries", "stream=codec_name,width,height,pix_fmt,nb_read_frames",
            "-of", "json", path,
        ])
        struct Streams: Decodable { var streams: [[String: Value]] }
        enum Value: Decodable {
            case text(String), number(Int)
            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let number = try? container.decode(Int.self) { self = .number(number) } else {
                    self = .text(try container.decode(String.self))
                }
            }
            var text: String? { if case .text(let text) = self { text } else { nil } }
            var number: Int? {
                switch self {
                case .number(let number): number
                case .text(let text): Int(text)
                }
            }
        }
        guard let stream = (try? JSONDecoder().decode(Streams.self, from: output))?.streams.first,
              let codec = stream["codec_name"]?.text, let width = stream["width"]?.number,
              let height = stream["height"]?.number, let format = stream["pix_fmt"]?.text,
              let frames = stream["nb_read_frames"]?.number else { return nil }
        return VideoProbe(codecName: codec, width: width, height: height, pixelFormat: format,
                          frameCount: frames)
    }

    /// The first frame of `path` decoded to RGB24, top row first.
    static func firstFrameRGB(_ path: String) -> [UInt8] {
        [UInt8](run("/usr/bin/env", [
            "ffmpeg", "-v", "error", "-i", path, "-frames:v", "1", "-f", "rawvideo",
            "-pix_fmt", "rgb24", "-",
        ]))
    }

    /// Runs a program and returns its stdout (stderr is dropped).
    static func run(_ executable: String, _ arguments: [String]) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return Data() }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}

/// RGBA8 test frames: a colour ramp that moves with the frame index, so the encoder sees motion
/// as it would in a real recording rather than a still picture it compresses to nothing.
struct TestFrames {
    let width: Int
    let height: Int

    func frame(_ index: Int) -> [UInt8] {
        var pixels = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let offset = (y * width + x) * 4
                pixels[offset] = UInt8(truncatingIfNeeded: x + index * 3)
                pixels[offset + 1] = UInt8(truncatingIfNeeded: y + index)
                pixels[offset + 2] = UInt8(truncatingIfNeeded: (x + y) / 2 + index * 5)
            }
        }
        return pixels
    }
}

/// A fresh folder under the system temporary folder, for one test's files.
func makeTemporaryFolder(_ name: String) -> String {
    let path = NSTemporaryDirectory() + "neurolume-tests/\(name)-\(UUID().uuidString.prefix(8))"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
