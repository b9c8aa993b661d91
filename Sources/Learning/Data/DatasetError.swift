// Why a dataset could not be made or read, with the file and line where there is one.

/// A refused dataset: a bad generator parameter, or a CSV file with a bad row.
public struct DatasetError: Error, Equatable, CustomStringConvertible {
    /// The file read, if any.
    public var file: String?
    /// The 1-based line in `file`, if the problem has one.
    public var line: Int?
    public var message: String

    public init(file: String? = nil, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// "file:line: message", as compilers print it, so editors and terminals can jump there.
    public var description: String {
        switch (file, line) {
        case let (file?, line?): return "\(file):\(line): \(message)"
        case let (file?, nil): return "\(file): \(message)"
        default: return message
        }
    }
}
