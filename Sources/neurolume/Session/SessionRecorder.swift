// Writes what happens in the live window to a session log: the scene it started from, then
// every command sent to the trainer with the frame and time it was sent at.

import Foundation
import Learning
import Recording
import Rendering

/// The session log of one live run. Main thread only.
final class SessionRecorder {
    /// Event kinds this program writes.
    enum Kind {
        static let command = "command"
        /// A change of view or of the neuron lines.
        static let view = "view"
        /// The last event: the session's length, so a render knows where to stop.
        static let end = "end"
    }

    private let writer: SessionLogWriter
    let path: String

    /// Opens `path` (rotating an older log there) with a header describing `scene`.
    init(path: String, scene: SceneOptions) throws(SessionLogError) {
        let header = SessionHeader(appVersion: HelpText.version,
                                   scene: ["arguments": .array(scene.arguments.map { .string($0) })])
        writer = try SessionLogWriter(path: path, header: header)
        self.path = path
    }

    /// Logs `command`, sent at `frame`, `time` seconds into the session.
    func record(_ command: TrainerCommand, frame: Int, time: Double) {
        writer.append(SessionEvent(frame: frame, kind: Kind.command,
                                   payload: command.json.merging(["t": .number(time)])))
    }

    /// Logs a change of what is shown, at `frame`, `time` seconds into the session.
    func record(_ view: ViewState, frame: Int, time: Double) {
        writer.append(SessionEvent(frame: frame, kind: Kind.view,
                                   payload: view.json.merging(["t": .number(time)])))
    }

    /// Logs the end of the session and closes the file.
    func finish(frame: Int, time: Double) {
        writer.append(SessionEvent(frame: frame, kind: Kind.end, payload: ["t": .number(time)]))
        writer.close()
        if let failure = writer.failure {
            Log.error("session", "\(failure); the log in \(path) stops there")
        }
    }
}
