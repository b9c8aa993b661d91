// Reading flag values off the argument list, with messages that name the flag.

/// A cursor over the arguments.
struct ArgumentReader {
    private let arguments: [String]
    private var index = 0

    init(_ arguments: [String]) {
        self.arguments = arguments
    }

    var peek: String? { index < arguments.count ? arguments[index] : nil }

    mutating func skip() { index += 1 }

    mutating func take() -> String? {
        defer { index += 1 }
        return peek
    }

    /// The value after `flag`; a missing value is an error naming the flag.
    mutating func value(for flag: String) throws(OptionsError) -> String {
        guard let value = take() else { throw OptionsError("\(flag) needs a value") }
        return value
    }

    mutating func integer(for flag: String, in range: ClosedRange<Int>) throws(OptionsError)
        -> Int {
        let text = try value(for: flag)
        guard let number = Int(text), range.contains(number) else {
            throw OptionsError("\(flag) '\(text)': expected a whole number in "
                               + "\(range.lowerBound)...\(range.upperBound)")
        }
        return number
    }

    mutating func float(for flag: String, in range: ClosedRange<Float>) throws(OptionsError)
        -> Float {
        let text = try value(for: flag)
        guard let number = Float(text), number.isFinite, range.contains(number) else {
            throw OptionsError("\(flag) '\(text)': expected a number in "
                               + "\(range.lowerBound)...\(range.upperBound)")
        }
        return number
    }

    /// One of `choices`, by name.
    mutating func choice<T>(for flag: String, _ choices: [(String, T)]) throws(OptionsError)
        -> T {
        let text = try value(for: flag)
        guard let match = choices.first(where: { $0.0 == text.lowercased() }) else {
            throw OptionsError("\(flag) '\(text)': expected one of "
                               + choices.map(\.0).joined(separator: ", "))
        }
        return match.1
    }

    /// "WIDTHxHEIGHT" in pixels, each 16...16384.
    mutating func size(for flag: String) throws(OptionsError) -> (width: Int, height: Int) {
        let text = try value(for: flag)
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (16...16384).contains(width), (16...16384).contains(height) else {
            throw OptionsError("\(flag) '\(text)': expected WIDTHxHEIGHT, like 1920x1080")
        }
        return (width, height)
    }
}
