// Reading GLSL compiler logs, whose formats differ by driver: Mesa writes "0:12(5): error",
// NVIDIA "0(12) : error", AMD "ERROR: 0:12: ...". The first number is the source string.

import Foundation

enum DriverLog {
    /// The source-string number and 1-based line of the first located message, if any, as
    /// ShaderSource numbers them.
    static func firstLocation(in log: String) -> (string: Int, line: Int)? {
        for line in log.split(separator: "\n") {
            if let found = location(in: Substring(line)) { return found }
        }
        return nil
    }

    private static func location(in line: Substring) -> (string: Int, line: Int)? {
        reported(in: line).map { ShaderSource.place(string: $0.string, line: $0.line) }
    }

    /// The numbers as the driver wrote them.
    private static func reported(in line: Substring) -> (string: Int, line: Int)? {
        var text = line
        if text.hasPrefix("ERROR: ") { text = text.dropFirst(7) }
        let digits = text.prefix { $0.isNumber }
        guard let string = Int(digits) else { return nil }
        let rest = text.dropFirst(digits.count)
        guard let separator = rest.first, separator == ":" || separator == "(" else { return nil }
        let lineDigits = rest.dropFirst().prefix { $0.isNumber }
        guard let number = Int(lineDigits) else { return nil }
        return (string, number)
    }

    /// The log with each leading "N:L" location replaced by that file's name and own line.
    static func naming(_ log: String, files: [String]) -> String {
        log.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            guard let found = location(in: line), files.indices.contains(found.string) else {
                return String(line)
            }
            let prefix = line.hasPrefix("ERROR: ") ? "ERROR: " : ""
            let afterString = line.dropFirst(prefix.count).drop { $0.isNumber }
            let separator = afterString.prefix(1)
            let rest = afterString.dropFirst().drop { $0.isNumber }
            return prefix + files[found.string] + separator + String(found.line) + rest
        }.joined(separator: "\n")
    }

    /// Lines `line - 4 ... line + 2` of `lines`, numbered, with the located line marked.
    static func excerpt(_ lines: [String], around line: Int) -> String {
        guard !lines.isEmpty else { return "" }
        let first = max(line - 4, 1)
        let last = min(line + 2, lines.count)
        guard first <= last else { return "" }
        return (first...last).map { number in
            let mark = number == line ? ">" : " "
            let label = String(number).leftPadded(to: 4)
            return "  \(mark)\(label) | \(lines[number - 1])"
        }.joined(separator: "\n")
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
