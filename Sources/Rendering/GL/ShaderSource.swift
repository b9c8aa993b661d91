// Reads one shader stage from disk and splices in its `#include "file.glsl"` lines, keeping a
// map from GLSL source-string numbers back to files so driver errors name the right file. An
// include can also name text the program generates (code written out for one network shape).

import Foundation

/// One stage's text, ready for glShaderSource, with the files it came from.
///
/// Each included file is given its own source-string number through `#line L N`, and the
/// including file resumes with `#line L M`; GLSL 3.30 numbers the line after `#line L` as L.
/// Mesa (22.3) keeps the line but reports every message in source string 0, so line numbers
/// carry the string too: line L of string N is numbered N * `linesPerString` + L, which
/// `place(string:line:)` takes apart whichever number a driver reports.
/// Includes nest at most a few levels deep and a file is included at most once per stage.
public struct ShaderSource: Sendable {
    /// The stage file, as given.
    public let url: URL
    /// The assembled text.
    public let text: String
    /// Source-string number → file; entry 0 is the stage file itself. A generated include
    /// is named as if it were a file in the stage's folder.
    public let files: [URL]
    /// Source-string number → that string's own text, before its includes were spliced in.
    private let texts: [String]

    /// Loads `url` and its includes: the texts in `generated` by name, else files in the same
    /// folder.
    public init(url: URL, generated: [String: String] = [:]) throws(ShaderError) {
        var assembly = Assembly(files: [url], texts: [""], generated: generated)
        self.url = url
        self.text = try Self.assemble(url, number: 0, into: &assembly, depth: 0)
        self.files = assembly.files
        self.texts = assembly.texts
    }

    /// Line numbers given to each source string start at its number times this.
    static let linesPerString = 100_000

    /// The source string and its own line for a location a driver reported.
    public static func place(string: Int, line: Int) -> (string: Int, line: Int) {
        line >= linesPerString ? (line / linesPerString, line % linesPerString) : (string, line)
    }

    /// The lines of source string `number`, for showing an error in context.
    public func lines(ofSourceString number: Int) -> [String] {
        guard texts.indices.contains(number) else { return [] }
        return texts[number].components(separatedBy: "\n")
    }

    /// What assembling a stage has gathered so far.
    private struct Assembly {
        var files: [URL]
        var texts: [String]
        let generated: [String: String]
    }

    private static func assemble(_ url: URL, number: Int, into assembly: inout Assembly,
                                 depth: Int) throws(ShaderError) -> String {
        let text: String
        if let generated = assembly.generated[url.lastPathComponent] {
            text = generated
        } else {
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw ShaderError.unreadable(file: url.path, reason: error.localizedDescription)
            }
        }
        assembly.texts[number] = text

        var output: [String] = []
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            guard let name = includedName(line) else {
                output.append(line)
                continue
            }
            let includeURL = url.deletingLastPathComponent().appendingPathComponent(name)
            guard depth < 4, !assembly.files.contains(includeURL) else {
                throw ShaderError.compile(file: url.path, line: index + 1,
                                          log: "include of \(name) nests too deep or repeats",
                                          excerpt: "")
            }
            assembly.files.append(includeURL)
            assembly.texts.append("")
            let includedNumber = assembly.files.count - 1
            output.append("#line \(includedNumber * Self.linesPerString + 1) \(includedNumber)")
            output.append(try assemble(includeURL, number: includedNumber, into: &assembly,
                                       depth: depth + 1))
            output.append("#line \(number * Self.linesPerString + index + 2) \(number)")
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
