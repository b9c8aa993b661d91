// PNG screenshots and test images through libpng. The libpng calls live in the C target
// CPNGSupport, because libpng's longjmp on error must not cross Swift frames.
import CPNGSupport

/// Writes 8-bit RGBA images as PNG files, and reads any PNG back as 8-bit RGBA.
///
/// Both calls are synchronous file I/O and keep no state: any thread may call them, at the same
/// time as others. Pixels are row-major RGBA8, `width * 4` bytes a row, top row first unless a
/// call says otherwise.
public enum PNGFile {
    /// zlib level 3: screenshots and test images want speed; level 9 saves a few percent more
    /// at several times the time.
    static let compressionLevel: Int32 = 3

    /// Room for strerror's or libpng's text; both are one short line.
    static let messageCapacity = 512

    /// Writes `rgba` to `path` as an 8-bit RGBA PNG, replacing any file there.
    ///
    /// - Parameters:
    ///   - rgba: `width * height * 4` bytes, rows top first, or bottom first when
    ///     `flipVertically` is set (as glReadPixels gives them) so the file is upright.
    /// - Throws: `PNGError` naming `path`: `.cannotOpen` when the folder is missing or not
    ///   writable, `.libpng` or `.resources` when writing fails; no partial file is left.
    public static func write(
        path: String, width: Int, height: Int, rgba: [UInt8], flipVertically: Bool
    ) throws(PNGError) {
        precondition(width > 0 && height > 0, "PNG size \(width)x\(height): a PNG needs pixels")
        precondition(width <= Int(Int32.max) && height <= Int(Int32.max), "PNG size too large")
        precondition(
            rgba.count == width * height * 4,
            "PNG pixels: \(rgba.count) bytes for \(width)x\(height) RGBA8; expected width*height*4"
        )

        var message = [CChar](repeating: 0, count: messageCapacity)
        let status = rgba.withUnsafeBufferPointer { pixels in
            nlpng_write_rgba(
                path, Int32(width), Int32(height), pixels.baseAddress, flipVertically ? 1 : 0,
                compressionLevel, &message, messageCapacity)
        }
        if status != NLPNG_OK {
            throw error(status, path: path, message: message)
        }
    }

    /// Reads the PNG at `path` as 8-bit RGBA, rows top first, whatever its colour type and bit
    /// depth: grey becomes RGB, a missing alpha becomes 255, 16-bit samples keep their high
    /// byte. Meant for tests and tools; the program itself only writes.
    ///
    /// - Throws: `PNGError` naming `path`: `.cannotOpen`, `.notPNG` for a file without the PNG
    ///   signature, `.libpng` for a corrupt or truncated one.
    public static func read(
        path: String
    ) throws(PNGError) -> (width: Int, height: Int, rgba: [UInt8]) {
        var message = [CChar](repeating: 0, count: messageCapacity)
        var width: Int32 = 0
        var height: Int32 = 0
        var pixels: UnsafeMutablePointer<UInt8>?
        let status = nlpng_read_rgba(path, &width, &height, &pixels, &message, messageCapacity)
        guard status == NLPNG_OK, let pixels else {
            throw error(status, path: path, message: message)
        }
        defer { nlpng_free(pixels) }

        let count = Int(width) * Int(height) * 4
        let rgba = [UInt8](UnsafeBufferPointer(start: pixels, count: count))
        return (Int(width), Int(height), rgba)
    }

    /// Turns a CPNGSupport status and its message into a `PNGError` for `path`.
    static func error(_ status: NLPNGStatus, path: String, message: [CChar]) -> PNGError {
        let kind: PNGError.Kind
        switch status {
        case NLPNG_CANNOT_OPEN: kind = .cannotOpen
        case NLPNG_NOT_PNG: kind = .notPNG
        case NLPNG_OUT_OF_MEMORY, NLPNG_IO: kind = .resources
        default: kind = .libpng
        }
        let text = message.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let reason = text.isEmpty ? "failed without a message from libpng" : text
        return PNGError(path: path, kind: kind, reason: reason)
    }
}
