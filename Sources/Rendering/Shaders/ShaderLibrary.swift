// All of the program's shaders, compiled from one folder, and optionally recompiled when their
// files change. A failed recompile keeps the last good program and records the error.

import Foundation
import Learning

/// The compiled programs. Create, query and reload on the GL thread only.
public final class ShaderLibrary {
    public let folder: URL
    private var programs: [ProgramID: ShaderProgram] = [:]
    /// Modification dates of each program's files when it was last built.
    private var stamps: [ProgramID: [URL: Date]] = [:]
    private var errors: [ProgramID: ShaderError] = [:]
    private var lastCheck = Date.distantPast
    /// Per-pixel surface programs written out for one network shape, newest last.
    private var unrolled: [UnrolledBuild] = []
    private var unrolledError: ShaderError?
    /// Shapes kept compiled: an installation's loop comes back to each of its scenes.
    private static let unrolledShapesKept = 8
    /// The fragment stage's vec4 uniforms, less a few for those beside the parameters.
    private lazy var unrolledRoom = GL.fragmentUniformVectors - 16

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
            ?? unrolledError?.description
    }

    /// The surface program for `shape` written out in straight-line code (UnrolledNetwork),
    /// built on first use; nil when the net is too large for it, or the build failed (logged
    /// once per shape): callers then take the looping program.
    public func unrolledSurface(for shape: NetworkShape) -> ShaderProgram? {
        if let index = unrolled.firstIndex(where: { $0.shape == shape }) {
            return unrolled[index].program
        }
        guard let network = UnrolledNetwork(shape: shape, availableVectors: unrolledRoom) else {
            return nil
        }
        let vertex = folder.appendingPathComponent(ProgramID.surfaceLogits.vertexFile)
        let fragment = folder.appendingPathComponent("surface_unrolled.frag")
        let program: ShaderProgram?
        do {
            program = try ShaderProgram(vertex: vertex, fragment: fragment,
                                        generated: [UnrolledNetwork.includeName: network.source])
            unrolledError = nil
            Log.debug("shaders", "built the unrolled surface program for \(shape)")
        } catch {
            program = nil
            unrolledError = error
            Log.error("shaders", "\(error)\nthe \(network.shape) surface takes the looping program")
        }
        let files = program?.files ?? [vertex, fragment]
        unrolled.append(UnrolledBuild(shape: shape, program: program,
                                      stamps: currentStamps(files: files)))
        if unrolled.count > Self.unrolledShapesKept { unrolled.removeFirst() }
        return program
    }

    /// Rebuilds any program whose files changed on disk, at most every `interval` seconds.
    /// A failure logs once, keeps the previous program and shows in `errorMessage`.
    public func reloadChanged(interval: TimeInterval = 0.25) {
        let now = Date()
        guard now.timeIntervalSince(lastCheck) >= interval else { return }
        lastCheck = now

        // Written-out programs are rebuilt at their next use when their template changed.
        if unrolled.contains(where: { currentStamps(files: Array($0.stamps.keys)) != $0.stamps }) {
            unrolled.removeAll()
            unrolledError = nil
        }
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

/// One shape's written-out surface program (nil when it failed to build), with the dates of
/// the files it was built from.
private struct UnrolledBuild {
    let shape: NetworkShape
    let program: ShaderProgram?
    let stamps: [URL: Date]
}
