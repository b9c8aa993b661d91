// Which font the HUD asks fontconfig for: families in order of preference, and a weight.

/// A font wanted by family name, resolved to a file by `FontLocator`.
///
/// Families are tried in order; a generic name last ("sans-serif", "monospace") lets the
/// desktop's own choice stand in when the preferred family is not installed.
public struct FontRequest: Sendable, Hashable, CustomStringConvertible {
    public var families: [String]
    public var bold: Bool

    public init(families: [String], bold: Bool = false) {
        precondition(!families.isEmpty, "FontRequest needs at least one family name")
        self.families = families
        self.bold = bold
    }

    /// Labels and titles: a clean sans with wide language coverage.
    public static let interface = FontRequest(families: ["DejaVu Sans", "sans-serif"])

    /// Numbers that change every frame (step, loss): equal digit widths keep them from jiggling.
    public static let monospace = FontRequest(families: ["DejaVu Sans Mono", "monospace"])

    public var description: String {
        families.joined(separator: ", ") + (bold ? " (bold)" : "")
    }
}
