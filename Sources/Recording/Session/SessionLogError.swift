// What is wrong with a session log, and where, printed as compilers print it so editors and
// terminals can jump to the line.

/// A session log that cannot be read or written, with the file and line where there is one.
public struct SessionLogError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// 1-based, if the problem is on a line.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// "file:line: message".
    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}

/// Something the reader worked around: the log still loaded, minus what the warning names.
public struct SessionLogWarning: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// "file:line: warning: message".
    public var description: String { "\(file):\(line): warning: \(message)" }
}
