// The desktop's named folders from `~/.config/user-dirs.dirs`, read the way xdg-user-dir reads
// them. Foundation does not: it takes the quotes and the literal `$HOME` as part of the path.

/// The `XDG_*_DIR` entries of a `user-dirs.dirs` file, with `$HOME` expanded.
///
/// The file is a shell fragment of lines like `XDG_VIDEOS_DIR="$HOME/Videos"`: `#` comments,
/// double quotes with backslash escapes, and values that are either `$HOME` followed by a path
/// or absolute. Other values are skipped, as xdg-user-dir skips them; a later line for the same
/// key wins, as it would when the shell sources the file. A folder set to `$HOME` itself is how
/// the desktop marks it disabled, and resolves to the home folder, as xdg-user-dir answers.
struct UserDirectories: Equatable {
    /// Absolute folder paths by key, e.g. `XDG_VIDEOS_DIR`.
    var folders: [String: String] = [:]

    init(parsing text: String, home: String) {
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let trimmed = line.trimmingSpaces()
            guard !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else {
                continue
            }
            let key = trimmed[..<equals].trimmingSpaces()
            guard let raw = Self.value(trimmed[trimmed.index(after: equals)...]),
                  let folder = Self.expand(raw, home: home) else { continue }
            folders[String(key)] = folder
        }
    }

    /// `XDG_VIDEOS_DIR`, if the file names one.
    var videos: String? { folders["XDG_VIDEOS_DIR"] }

    /// The value after `=`: the text inside double quotes with escapes undone, or an unquoted
    /// word; nil when a quote is left open.
    private static func value(_ text: Substring) -> String? {
        let text = text.trimmingSpaces()
        guard text.first == "\"" else {
            return String(text.prefix { $0 != " " && $0 != "\t" && $0 != "#" })
        }
        var result = ""
        var escaped = false
        for character in text.dropFirst() {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return result
            } else {
                result.append(character)
            }
        }
        return nil
    }

    /// `$HOME`, `$HOME/…` and `${HOME}/…` become paths under `home`; absolute paths stay.
    private static func expand(_ value: String, home: String) -> String? {
        for variable in ["$HOME", "${HOME}"] where value.hasPrefix(variable) {
            let rest = value.dropFirst(variable.count)
            if rest.isEmpty || rest == "/" { return home }
            guard rest.hasPrefix("/") else { return nil }  // $HOMEWORK is another variable
            return home.hasSuffix("/") ? home + rest.dropFirst() : home + rest
        }
        return value.hasPrefix("/") ? value : nil
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    fileprivate func trimmingSpaces() -> Substring {
        let isText: (Character) -> Bool = { $0 != " " && $0 != "\t" }
        guard let first = firstIndex(where: isText), let last = lastIndex(where: isText) else {
            return ""
        }
        return self[first...last]
    }
}
