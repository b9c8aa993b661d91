// Writing frames to PNG files. The Recording library's libpng writer replaces this stand-in.

import Foundation

enum PNGOutput {
    /// Writes `rgba` (`width * height * 4` bytes, rows bottom up as GL reads them) to `path`.
    // TODO(recording): swap this ImageMagick pipe for Recording's PNGFile.write(path:width:
    // height:rgba:flipVertically:) when that library lands; until then `convert` must be on
    // PATH, which the development machines have.
    static func write(path: String, width: Int, height: Int, rgba: [UInt8]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["convert", "-size", "\(width)x\(height)", "-depth", "8", "rgba:-",
                             "-flip", "PNG32:\(path)"]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(rgba))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw OptionsError("-o \(path): could not write the PNG (convert exited with "
                               + "status \(process.terminationStatus))")
        }
    }
}
