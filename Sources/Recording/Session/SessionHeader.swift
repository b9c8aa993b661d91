// The first line of every session log file: what wrote it and the scene the session starts
// from, so a replay can set the same scene up before applying the events.

import Foundation

/// A session log's header line.
public struct SessionHeader: Sendable, Hashable, Codable {
    /// The format this build writes and the newest it reads.
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    /// The version of the program that wrote the log, for the reader's information.
    public var appVersion: String
    /// Tells sessions apart, so rotated files of different sessions are never joined.
    public var sessionID: String
    /// When the session started; written to the second, in UTC.
    public var createdAt: Date
    /// 0 for the file a session starts in; each file started by rotation counts up, and its
    /// header repeats the others' fields so every file reads on its own.
    public var part: Int
    /// The frame of the first event the file can hold: 0 in part 0, the frame at which it
    /// took over in later parts.
    public var firstFrame: Int
    /// The initial scene, seed included, as the executable describes it; opaque here.
    public var scene: JSONValue

    public init(appVersion: String, createdAt: Date = Date(), scene: JSONValue,
                sessionID: String = UUID().uuidString,
                formatVersion: Int = SessionHeader.currentFormatVersion, part: Int = 0,
                firstFrame: Int = 0) {
        self.formatVersion = formatVersion
        self.appVersion = appVersion
        self.sessionID = sessionID
        self.createdAt = createdAt
        self.part = part
        self.firstFrame = firstFrame
        self.scene = scene
    }
}
