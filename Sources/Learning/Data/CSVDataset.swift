// Reads `x,y,label` files: people bring their own points. A header line is optional; labels
// may be any strings and become class indices.

import Foundation

extension Dataset {
    /// Loads points from a CSV file of `x,y,label` rows. Throws an error naming the file and
    /// line for anything it cannot use.
    public static func load(csvFile path: String) throws(DatasetError) -> Dataset {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw DatasetError(file: path, "cannot be read: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DatasetError(file: path, "is not UTF-8 text")
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try parse(csv: text, file: path, name: name)
    }

    /// Parses CSV text; `file` only names the source in errors.
    public static func parse(csv text: String, file: String,
                             name: String) throws(DatasetError) -> Dataset {
        var rows: [(position: SIMD2<Float>, label: String)] = []
        var sawHeader = false

        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated() {
            let lineNumber = offset + 1
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }

            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 3 else {
                throw DatasetError(file: file, line: lineNumber,
                                   "expected 3 fields (x,y,label), found \(fields.count)")
            }

            // The first row may be a header: a row whose coordinates are not numbers.
            if rows.isEmpty && !sawHeader && Float(fields[0]) == nil && Float(fields[1]) == nil {
                sawHeader = true
                continue
            }
            let position = try coordinates(fields, file: file, line: lineNumber)
            guard !fields[2].isEmpty else {
                throw DatasetError(file: file, line: lineNumber, "the label is empty")
            }
            rows.append((position, fields[2]))
        }

        guard !rows.isEmpty else { throw DatasetError(file: file, "has no data rows") }
        let classNames = orderedLabels(rows.map(\.label))
        guard classNames.count >= 2 else {
            throw DatasetError(file: file, "has only one class ('\(classNames[0])'); "
                               + "a classifier needs at least 2")
        }
        guard classNames.count <= DatasetSpec.classCountRange.upperBound else {
            throw DatasetError(file: file, "has \(classNames.count) classes; at most "
                               + "\(DatasetSpec.classCountRange.upperBound) are supported")
        }

        let classIndex = Dictionary(uniqueKeysWithValues: classNames.enumerated().map { ($1, $0) })
        return Dataset.fitted(name: name, raw: rows.map { ($0.position, classIndex[$0.label]!) },
                              classNames: classNames)
    }

    /// Parses fields 0 and 1 as finite numbers.
    private static func coordinates(_ fields: [String], file: String,
                                    line: Int) throws(DatasetError) -> SIMD2<Float> {
        var values = SIMD2<Float>()
        for (column, axis) in ["x", "y"].enumerated() {
            guard let value = Float(fields[column]) else {
                throw DatasetError(file: file, line: line,
                                   "\(axis) '\(fields[column])' is not a number")
            }
            guard value.isFinite else {
                throw DatasetError(file: file, line: line,
                                   "\(axis) is \(fields[column]); coordinates must be finite")
            }
            values[column] = value
        }
        return values
    }

    /// Class names in index order: numerically when every label is an integer (so "0" is class
    /// 0 and files written by this program load back unchanged), else in order of appearance.
    private static func orderedLabels(_ labels: [String]) -> [String] {
        var seen = Set<String>()
        let unique = labels.filter { seen.insert($0).inserted }
        if unique.allSatisfy({ Int($0) != nil }) {
            return unique.sorted { Int($0)! < Int($1)! }
        }
        return unique
    }

    /// The points as CSV text in data coordinates, with a header; `parse` reads it back.
    public func csvText() -> String {
        var text = "x,y,label\n"
        for point in points {
            let data = normalization.toData(point.position)
            text += "\(data.x),\(data.y),\(classNames[point.label])\n"
        }
        return text
    }
}
