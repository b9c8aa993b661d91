// A configuration file that cannot be used. The program exits with status 78 (EX_CONFIG from
// sysexits.h) and starts nothing; a bad command line stays 64 (EX_USAGE).

/// A refused configuration, naming the file and the key path at fault.
struct ConfigurationError: Error, CustomStringConvertible {
    /// sysexits.h's EX_CONFIG.
    static let exitStatus: Int32 = 78

    let file: String
    /// Like "installation.scenes[2].lr"; nil when the whole file is at fault.
    let keyPath: String?
    let message: String

    var description: String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let keyPath else { return "\(name): \(message)" }
        return "\(name): key '\(keyPath)': \(message)"
    }
}
