// Why a shader could not be used, with enough context to fix it without a debugger: the file,
// the line, the driver's own words and the offending source.

/// A shader that could not be found, read, compiled or linked.
public enum ShaderError: Error, CustomStringConvertible, Equatable {
    /// No folder with the shaders was found; `searched` lists every place tried, in order.
    case folderNotFound(searched: [String])
    case unreadable(file: String, reason: String)
    /// `line` is 1-based in `file`; 0 when the driver's log gave none. `excerpt` is the source
    /// around the line, numbered.
    case compile(file: String, line: Int, log: String, excerpt: String)
    case link(files: [String], log: String)

    public var description: String {
        switch self {
        case .folderNotFound(let searched):
            return "no Shaders/ folder found; looked in:\n"
                + searched.map { "  \($0)" }.joined(separator: "\n")
                + "\nrun from the source tree, keep Shaders/ next to the binary, "
                + "or pass --shaders DIR"
        case .unreadable(let file, let reason):
            return "\(file): cannot read shader: \(reason)"
        case .compile(let file, let line, let log, let excerpt):
            let place = line > 0 ? "\(file):\(line)" : file
            return "\(place): shader compile failed\n\(indent(log))"
                + (excerpt.isEmpty ? "" : "\n\(excerpt)")
        case .link(let files, let log):
            return "\(files.joined(separator: " + ")): shader link failed\n\(indent(log))"
        }
    }

    /// A one-line form for an on-screen banner.
    public var summary: String {
        description.split(separator: "\n").prefix(2).joined(separator: " ")
    }
}

private func indent(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: true)
        .map { "  " + $0 }.joined(separator: "\n")
}
