// All of the program's shaders, compiled from one folder, and optionally recompiled when their
// files change. A failed recompile keeps the last good program and records the error.

import Foundation

/// The compiled programs. Create, query and reload on the GL thread only.
public final class ShaderLibrary {
    public let folder: URL
    private var programs: [ProgramID: ShaderProgram] = [:]
    /// Modification dates of each program's files when it was last built.
    private var stamps: [ProgramID: [URL: Date]] = [:]
    private var errors: [ProgramID: ShaderError] = [:]
    private var lastCheck = Date.distantPast

    /// Compiles every program in `folder`; throws the first failure.
    public init(folder: URL) throws(ShaderError) {
        self.folder = folder
        for id in ProgramID.allCases {
            try build(id)
        }
    }

    public subscript(id: ProgramID) -> ShaderProgram {
        programs[id]!
    }

    /// The newest error from a reload, for an on-screen banner; nil when every program built.
    public var errorMessage: String? {
        ProgramID.allCases.lazy.compactMap { self.errors[$0]?.description }.first
    }

    /// Rebuilds any program whose files changed on disk, at most every `interval` seconds.
    /// A failure logs once, keeps the previous program and shows in `errorMessage`.
    public func reloadChanged(interval: TimeInterval = 0.25) {
        let now = Date()
        guard now.timeIntervalSince(lastCheck) >= interval else { return }
        lastCheck = now

        for id in ProgramID.allCases where hasChanged(id) {
            do {
                try build(id)
                errors[id] = nil
                Log.info("shaders", "reloaded the \(id.rawValue) program")
            } catch {
                // Remember the dates anyway, so a broken file is reported once, not per frame.
                stamps[id] = currentStamps(files: stampedFiles(id))
                errors[id] = error
                Log.error("shaders", "\(error)\nkeeping the last good \(id.rawValue) program")
            }
        }
    }

    private func build(_ id: ProgramID) throws(ShaderError) {
        let program = try ShaderProgram(
            vertex: folder.appendingPathComponent(id.vertexFile),
            geometry: id.geometryFile.map { folder.appendingPathComponent($0) },
            fragment: folder.appendingPathComponent(id.fragmentFile))
        programs[id] = program
        stamps[id] = currentStamps(files: program.files)
    }

    private func stampedFiles(_ id: ProgramID) -> [URL] {
        stamps[id].map { Array($0.keys) } ?? []
    }

    private func hasChanged(_ id: ProgramID) -> Bool {
        guard let known = stamps[id] else { return true }
        return currentStamps(files: Array(known.keys)) != known
    }

    private func currentStamps(files: [URL]) -> [URL: Date] {
        var result: [URL: Date] = [:]
        for file in files {
            let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
            result[file] = attributes?[.modificationDate] as? Date ?? .distantPast
        }
        return result
    }
}
