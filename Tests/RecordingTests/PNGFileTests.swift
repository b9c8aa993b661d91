// PNGFile against real files in a fresh temporary folder: exact round trips, the vertical flip
// for GL readback, and errors that name the file.
import Foundation
import Recording
import Testing

@Suite struct PNGFileTests {
    /// A folder of its own per test instance, so parallel tests never share a file.
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("neurolume-png-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// A 5x3 image whose every byte differs from its neighbours, alpha included, so a swapped
    /// channel, row or column shows up as a mismatch.
    static func pattern(width: Int, height: Int) -> [UInt8] {
        (0..<(width * height * 4)).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    }

    @Test func roundTripKeepsEveryByte() throws {
        let path = folder.appendingPathComponent("round.png").path
        let rgba = Self.pattern(width: 5, height: 3)

        try PNGFile.write(path: path, width: 5, height: 3, rgba: rgba, flipVertically: false)
        let image = try PNGFile.read(path: path)

        #expect(image.width == 5)
        #expect(image.height == 3)
        #expect(image.rgba == rgba)
    }

    @Test func flipWritesRowsBottomFirst() throws {
        let path = folder.appendingPathComponent("flip.png").path
        let (width, height) = (5, 3)
        let rgba = Self.pattern(width: width, height: height)

        try PNGFile.write(
            path: path, width: width, height: height, rgba: rgba, flipVertically: true)
        let image = try PNGFile.read(path: path)

        let stride = width * 4
        for row in 0..<height {
            let written = image.rgba[(row * stride)..<((row + 1) * stride)]
            let source = height - 1 - row
            #expect(Array(written) == Array(rgba[(source * stride)..<((source + 1) * stride)]))
        }
    }

    @Test func missingFolderNamesThePath() {
        let path = folder.appendingPathComponent("no/such/folder/shot.png").path
        let rgba = [UInt8](repeating: 255, count: 4)

        let error = #expect(throws: PNGError.self) {
            try PNGFile.write(path: path, width: 1, height: 1, rgba: rgba, flipVertically: false)
        }
        #expect(error?.kind == .cannotOpen)
        #expect(error?.path == path)
        #expect(error?.description.hasPrefix(path) == true)
        #expect(error?.reason.contains("No such file or directory") == true)
    }

    @Test func nonPNGFileIsRefusedByName() throws {
        let path = folder.appendingPathComponent("notes.png").path
        try Data("step,loss\n1,0.5\n".utf8).write(to: URL(fileURLWithPath: path))

        let error = #expect(throws: PNGError.self) { try PNGFile.read(path: path) }
        #expect(error?.kind == .notPNG)
        #expect(error?.path == path)
        #expect(error?.description.contains(path) == true)
    }

    /// Files another program wrote: 8-bit grey (2x1: black, 200) and RGB without alpha
    /// (1x1: 10, 20, 30), made once with Python's zlib and written out byte for byte.
    @Test func greyAndRGBFilesReadAsRGBA() throws {
        let grey: [UInt8] = [
            137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 2, 0, 0, 0, 1,
            8, 0, 0, 0, 0, 209, 73, 32, 86, 0, 0, 0, 11, 73, 68, 65, 84, 120, 156, 99, 96, 56, 1,
            0, 0, 203, 0, 201, 105, 200, 195, 108, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
        ]
        let rgb: [UInt8] = [
            137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1,
            8, 2, 0, 0, 0, 144, 119, 83, 222, 0, 0, 0, 12, 73, 68, 65, 84, 120, 156, 99, 224, 18,
            145, 3, 0, 0, 104, 0, 61, 84, 8, 163, 247, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
        ]
        let greyPath = folder.appendingPathComponent("grey.png").path
        let rgbPath = folder.appendingPathComponent("rgb.png").path
        try Data(grey).write(to: URL(fileURLWithPath: greyPath))
        try Data(rgb).write(to: URL(fileURLWithPath: rgbPath))

        let greyImage = try PNGFile.read(path: greyPath)
        #expect(greyImage.width == 2 && greyImage.height == 1)
        #expect(greyImage.rgba == [0, 0, 0, 255, 200, 200, 200, 255])
        #expect(try PNGFile.read(path: rgbPath).rgba == [10, 20, 30, 255])
    }

    @Test func truncatedPNGReportsLibpngText() throws {
        let path = folder.appendingPathComponent("cut.png").path
        let rgba = Self.pattern(width: 16, height: 16)
        try PNGFile.write(path: path, width: 16, height: 16, rgba: rgba, flipVertically: false)
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: path))

        let error = #expect(throws: PNGError.self) { try PNGFile.read(path: path) }
        #expect(error?.kind == .libpng)
        #expect(error?.reason.isEmpty == false)
    }
}
