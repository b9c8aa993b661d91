// Reads one shader stage from disk and splices in its `#include "file.glsl"` lines, keeping a
// map from GLSL source-string numbers back to files so driver errors name the right file.

import Foundation

/// One stage's text, ready for glShaderSource, with the files it came from.
///
/// Each included file is given its own source-string number through `#line 1 N`, and the
/// including file resumes with `#line L 0`; GLSL 3.30 numbers the line after `#line L` as L.
/// Includes nest at most a few levels deep and a file is included at most once per stage.
public struct ShaderSource: Sendable {
    /// The stage file, as given.
    public let url: URL
    /// The assembled text.
    public let text: String
    /// Source-string number → file; entry 0 is the stage file itself.
    public let files: [URL]

    /// Loads `url` and its includes (looked up in the same folder).
    public init(url: URL) throws(ShaderError) {
        var files = [url]
        self.url = url
        self.text = try Self.assemble(url, number: 0, files: &files, depth: 0)
        self.files = files
    }

    /// The lines of source string `number`, for showing an error in context.
    public func lines(ofSourceString number: Int) -> [String] {
        guard files.indices.contains(number),
              let text = try? String(contentsOf: files[number], encoding: .utf8) else { return [] }
        return text.components(separatedBy: "\n")
    }

    private static func assemble(_ url: URL, number: Int, files: inout [URL],
                                 depth: Int) throws(ShaderError) -> String {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ShaderError.unreadable(file: url.path, reason: error.localizedDescription)
        }

        var output: [String] = []
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            guard let name = includedName(line) else {
                output.append(line)
                continue
            }
            let includeURL = url.deletingLastPathComponent().appendingPathComponent(name)
            guard depth < 4, !files.contains(includeURL) else {
                throw ShaderError.compile(file: url.path, line: index + 1,
                                          log: "include of \(name) nests too deep or repeats",
                                          excerpt: "")
            }
            files.append(includeURL)
            let includedNumber = files.count - 1
            output.append("#line 1 \(includedNumber)")
            output.append(try assemble(includeURL, number: includedNumber, files: &files,
                                       depth: depth + 1))
            output.append("#line \(index + 2) \(number)")
        }
        return output.joined(separator: "\n")
    }

    /// The file name in `#include "name"`, or nil for any other line.
    private static func includedName(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("#include") else { return nil }
        let parts = trimmed.split(separator: "\"")
        return parts.count >= 2 ? String(parts[1]) : nil
    }
}
