// Where recordings and screenshots go: the user's videos folder as the desktop names it in
// `user-dirs.dirs`, or one the user configured, with timestamped names that never overwrite.

import Foundation

/// The folder that recordings and screenshots are saved in.
///
/// Thread rules: a value type; `reserveFile` may be called from any thread, and two processes
/// reserving at the same moment still get different names.
public struct VideoFolder: Sendable, Equatable {
    public var path: String

    public init(path: String) {
        self.path = path
    }

    /// The configured folder if there is one, else the desktop's videos folder
    /// (`XDG_VIDEOS_DIR`), else `~/Videos`.
    ///
    /// `environment` supplies `HOME` and `XDG_CONFIG_HOME` (tests pass a fake home). A
    /// configured path starting with `~/` is taken relative to home.
    public static func resolve(configured: String? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment)
        -> VideoFolder
    {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        if let configured, !configured.isEmpty {
            if configured == "~" { return VideoFolder(path: home) }
            if configured.hasPrefix("~/") {
                return VideoFolder(path: join(home, String(configured.dropFirst(2))))
            }
            return VideoFolder(path: configured)
        }

        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? join(home, ".config")
        if let text = try? String(contentsOfFile: join(configHome, "user-dirs.dirs"),
                                  encoding: .utf8),
           let videos = UserDirectories(parsing: text, home: home).videos {
            return VideoFolder(path: videos)
        }
        return VideoFolder(path: join(home, "Videos"))
    }

    /// A file name for something made at `date`, like `neurolume-2026-12-03_16-20-05.mp4`,
    /// with `-2`, `-3`… added when taken. The file is created empty (so no one else takes the
    /// name) and the folder made if missing; the caller overwrites it.
    ///
    /// `timeZone` is the one the name is written in: the user's, so names match the clock.
    public func reserveFile(extension fileExtension: String, prefix: String = "neurolume",
                            date: Date = Date(), timeZone: TimeZone = .current)
        throws(RecordingError) -> String
    {
        try Self.createFolder(path)

        let stem = "\(prefix)-\(Self.timestamp(date, timeZone: timeZone))"
        for attempt in 1... {
            let name = attempt == 1 ? stem : "\(stem)-\(attempt)"
            let candidate = Self.join(path, "\(name).\(fileExtension)")
            // O_EXCL makes taking the name atomic: no check-then-create race with another
            // instance saving in the same second.
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 {
                close(descriptor)
                return candidate
            }
            guard errno == EEXIST else {
                throw .cannotCreateFile(path: candidate, reason: String(cString: strerror(errno)))
            }
        }
        preconditionFailure("an unbounded range of attempts ran out")
    }

    /// `2026-12-03_16-20-05`: sorts by time, and has no colons, which some file systems and
    /// tools refuse in names.
    static func timestamp(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                            from: date)
        func two(_ value: Int?) -> String {
            let value = value ?? 0
            return value < 10 ? "0\(value)" : "\(value)"
        }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day))_"
            + "\(two(parts.hour))-\(two(parts.minute))-\(two(parts.second))"
    }

    /// Creates `folder` and any missing parents, like `mkdir -p`, reporting the first one
    /// that fails with the system's reason (Foundation's error names neither).
    static func createFolder(_ folder: String) throws(RecordingError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
           isFolder.boolValue { return }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != folder { try createFolder(parent) }
        guard mkdir(folder, 0o755) == 0 else {
            let reason = errno == EEXIST ? "a file of that name is in the way"
                : String(cString: strerror(errno))
            throw .cannotCreateFolder(path: folder, reason: reason)
        }
    }

    private static func join(_ folder: String, _ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }
}
