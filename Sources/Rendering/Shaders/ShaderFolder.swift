// Finding the Shaders/ folder at run time: given on the command line, next to the binary, or
// in the source tree above the binary or the working directory.

import Foundation

/// Where the GLSL files are read from.
public enum ShaderFolder {
    /// The folder to use. `explicit` (from `--shaders`) wins and must exist; otherwise the
    /// first of: `<binary dir>/Shaders`, then `Shaders/` beside a `Package.swift` in any folder
    /// above the binary, then above the working directory.
    public static func locate(explicit: String? = nil,
                              executable: URL? = Self.executableURL,
                              workingDirectory: URL = URL(fileURLWithPath:
                                  FileManager.default.currentDirectoryPath))
        throws(ShaderError) -> URL {
        if let explicit {
            let url = URL(fileURLWithPath: explicit).standardizedFileURL
            guard isDirectory(url) else { throw .folderNotFound(searched: [url.path]) }
            return url
        }

        var searched: [String] = []
        var candidates: [URL] = []
        if let binaryFolder = executable?.deletingLastPathComponent() {
            candidates.append(binaryFolder.appendingPathComponent("Shaders"))
            candidates += sourceTreeCandidates(above: binaryFolder)
        }
        candidates += sourceTreeCandidates(above: workingDirectory)

        for candidate in candidates {
            let path = candidate.standardizedFileURL.path
            guard !searched.contains(path) else { continue }
            searched.append(path)
            if isDirectory(candidate) { return candidate.standardizedFileURL }
        }
        throw .folderNotFound(searched: searched)
    }

    /// The running binary, resolved through symlinks.
    public static var executableURL: URL? {
        let link = URL(fileURLWithPath: "/proc/self/exe")
        return (try? FileManager.default.destinationOfSymbolicLink(atPath: link.path))
            .map { URL(fileURLWithPath: $0) } ?? Bundle.main.executableURL
    }

    /// `folder/Shaders` for every ancestor `folder` holding a Package.swift, nearest first.
    private static func sourceTreeCandidates(above start: URL) -> [URL] {
        var result: [URL] = []
        var folder = start.standardizedFileURL
        while true {
            let manifest = folder.appendingPathComponent("Package.swift").path
            if FileManager.default.fileExists(atPath: manifest) {
                result.append(folder.appendingPathComponent("Shaders"))
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return result
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }
}
