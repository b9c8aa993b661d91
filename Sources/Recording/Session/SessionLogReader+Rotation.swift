// A session that outgrew one file: its rotated parts read back as one log, oldest first.

extension SessionLogReader {
    /// Reads the session whose newest part is `path` (`session.jsonl`), joined with the rotated
    /// parts before it (`session.1.jsonl`, `session.2.jsonl`…).
    ///
    /// Older files are taken while they continue the same session (same `sessionID`, part
    /// numbers counting down to 0); a file from another session ends the walk. If the first
    /// parts were deleted by rotation, a warning says from which frame the events start: a
    /// replay from there starts from the initial scene, so it is close but not exact.
    public static func readSession(path: String) throws(SessionLogError) -> SessionLog {
        var newest = try read(path: path)
        var parts = [newest]
        var index = 1
        while parts[0].header.part > 0 {
            let older = SessionLogWriter.rotatedPath(path, index)
            guard let log = try? read(path: older),
                  log.header.sessionID == newest.header.sessionID,
                  log.header.part == parts[0].header.part - 1 else { break }
            parts.insert(log, at: 0)
            index += 1
        }

        newest.header = parts[0].header
        newest.events = parts.flatMap(\.events)
        newest.warnings = parts.flatMap(\.warnings)
        if parts[0].header.part > 0 {
            let oldest = index == 1 ? path : SessionLogWriter.rotatedPath(path, index - 1)
            newest.warnings.insert(SessionLogWarning(
                file: oldest, line: 1,
                "the session's first \(parts[0].header.part) part(s) were rotated away; events "
                + "start at frame \(parts[0].header.firstFrame), on the initial scene"), at: 0)
        }
        return newest
    }
}
