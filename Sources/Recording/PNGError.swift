// Why a PNG could not be written or read, with the file it concerns.

/// A failed PNG read or write. `description` reads "path: reason", as compilers print errors.
public struct PNGError: Error, Equatable, CustomStringConvertible {
    /// The broad cause, for callers that react differently to each.
    public enum Kind: Sendable, Equatable {
        /// The file could not be opened: a missing folder, no permission, no such file.
        case cannotOpen
        /// The file exists but does not start with the PNG signature.
        case notPNG
        /// libpng refused the data: a corrupt or truncated file, or a write error.
        case libpng
        /// Memory ran out, or a write failed when the file was closed (disk full).
        case resources
    }

    /// The file named by the caller, as given.
    public var path: String
    public var kind: Kind
    /// The reason in words: strerror's text, libpng's text, or our own.
    public var reason: String

    public init(path: String, kind: Kind, reason: String) {
        self.path = path
        self.kind = kind
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
