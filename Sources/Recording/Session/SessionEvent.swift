// One line of a session log after the header: something that changed what the program shows,
// stamped with the frame at which it happened, so a replay applies it at the same frame.

/// An input or parameter change.
///
/// `kind` and `payload` belong to the executable (for instance `"key"` with `{"key": "space"}`,
/// or `"command"` with `{"learningRate": 0.1}`); Recording stores and returns them unread.
public struct SessionEvent: Sendable, Hashable, Codable {
    /// The frame the change takes effect at, counted from 0 at the start of the session.
    public var frame: Int
    public var kind: String
    public var payload: JSONValue

    public init(frame: Int, kind: String, payload: JSONValue = .null) {
        self.frame = frame
        self.kind = kind
        self.payload = payload
    }

    private enum CodingKeys: String, CodingKey {
        case frame, kind, payload
    }

    /// A missing payload reads as null, so hand-written logs can leave it out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        frame = try container.decode(Int.self, forKey: .frame)
        kind = try container.decode(String.self, forKey: .kind)
        payload = try container.decodeIfPresent(JSONValue.self, forKey: .payload) ?? .null
    }
}
