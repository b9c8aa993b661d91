// Typed reads from a JSON payload, each refusal naming the member at fault.

import Learning
import Recording

/// Reads the members of one JSON object.
struct PayloadReader {
    let object: JSONValue

    init(_ object: JSONValue) {
        self.object = object
    }

    func value(_ key: String) throws(PayloadError) -> JSONValue {
        guard let value = object[key] else { throw PayloadError("missing '\(key)'") }
        return value
    }

    func string(_ key: String) throws(PayloadError) -> String {
        guard let text = try value(key).stringValue else {
            throw PayloadError("'\(key)' must be a string")
        }
        return text
    }

    func optionalString(_ key: String) throws(PayloadError) -> String? {
        guard let value = object[key], value != .null else { return nil }
        return try string(key)
    }

    /// A finite number.
    func number(_ key: String) throws(PayloadError) -> Double {
        guard let number = try value(key).doubleValue, number.isFinite else {
            throw PayloadError("'\(key)' must be a finite number")
        }
        return number
    }

    func optionalNumber(_ key: String) throws(PayloadError) -> Double? {
        guard let value = object[key], value != .null else { return nil }
        return try number(key)
    }

    func integer(_ key: String) throws(PayloadError) -> Int {
        guard let number = try value(key).intValue else {
            throw PayloadError("'\(key)' must be a whole number")
        }
        return number
    }

    func optionalInteger(_ key: String) throws(PayloadError) -> Int? {
        guard let value = object[key], value != .null else { return nil }
        return try integer(key)
    }

    func pointID(_ key: String) throws(PayloadError) -> PointID {
        guard let id = PointID(exactly: try integer(key)) else {
            throw PayloadError("'\(key)' is not a point id")
        }
        return id
    }

    func numbers(_ key: String) throws(PayloadError) -> [Double] {
        guard case .array(let items) = try value(key) else {
            throw PayloadError("'\(key)' must be an array of numbers")
        }
        var numbers: [Double] = []
        for item in items {
            guard let number = item.doubleValue, number.isFinite else {
                throw PayloadError("'\(key)' must hold only finite numbers")
            }
            numbers.append(number)
        }
        return numbers
    }

    func strings(_ key: String) throws(PayloadError) -> [String] {
        guard case .array(let items) = try value(key) else {
            throw PayloadError("'\(key)' must be an array of strings")
        }
        var strings: [String] = []
        for item in items {
            guard let text = item.stringValue else {
                throw PayloadError("'\(key)' must hold only strings")
            }
            strings.append(text)
        }
        return strings
    }

    /// A value of a string-backed enumeration, by its raw value.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type)
        throws(PayloadError) -> T where T.RawValue == String {
        let text = try string(key)
        guard let value = T(rawValue: text) else {
            let names = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw PayloadError("'\(key)' is '\(text)'; expected one of \(names)")
        }
        return value
    }
}
