// Font files found the way the desktop finds them: fontconfig matches a family name to a file,
// substituting a similar font when the named one is missing.
import CFontconfig

/// Resolves a `FontRequest` to a font file through fontconfig.
///
/// Any thread may call `locate`; fontconfig guards its shared configuration itself. Each call
/// runs a full match (a millisecond or so), so callers resolve once and keep the result.
public enum FontLocator {
    /// A font file chosen by fontconfig, and what it says the file holds.
    public struct Match: Sendable, Hashable {
        /// Absolute path of the font file.
        public var path: String
        /// Which face of a collection (.ttc) to open; 0 for a single-face file.
        public var faceIndex: Int
        /// The family and style the file declares, e.g. "DejaVu Sans", "Book": for logs.
        public var family: String
        public var style: String

        /// A file chosen some other way, a `--font` option say; family and style only label it.
        public init(path: String, faceIndex: Int = 0, family: String = "", style: String = "") {
            self.path = path
            self.faceIndex = faceIndex
            self.family = family
            self.style = style
        }
    }

    /// The best scalable, upright font for `request`.
    ///
    /// - Throws: `FontError` with an install hint when fontconfig cannot start or no scalable
    ///   font is installed at all. A missing preferred family is not an error: fontconfig
    ///   substitutes the closest installed one, and `Match.family` says which.
    public static func locate(_ request: FontRequest) throws(FontError) -> Match {
        guard FcInit() == FcTrue else {
            throw FontError("fontconfig could not load its configuration",
                            hint: "install the fontconfig package and a font")
        }
        guard let pattern = FcPatternCreate() else {
            throw FontError("fontconfig could not allocate a pattern")
        }
        defer { FcPatternDestroy(pattern) }

        // Families in order of preference, upright, and scalable only: bitmap fonts come in
        // fixed sizes and cannot follow the content scale.
        for family in request.families {
            FcPatternAddString(pattern, FC_FAMILY, family)
        }
        FcPatternAddInteger(pattern, FC_WEIGHT, request.bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)
        FcPatternAddInteger(pattern, FC_SLANT, FC_SLANT_ROMAN)
        FcPatternAddBool(pattern, FC_SCALABLE, FcTrue)
        FcConfigSubstitute(nil, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)

        var result = FcResultNoMatch
        guard let match = FcFontMatch(nil, pattern, &result) else {
            throw FontError("no font found for \(request)", hint: FontError.installHint)
        }
        defer { FcPatternDestroy(match) }

        // fontconfig answers with its nearest font even when that one is a bitmap font.
        var scalable: FcBool = FcFalse
        guard let path = string(match, FC_FILE),
              FcPatternGetBool(match, FC_SCALABLE, 0, &scalable) == FcResultMatch,
              scalable == FcTrue
        else {
            throw FontError("no scalable font found for \(request)", hint: FontError.installHint)
        }
        var index: Int32 = 0
        if FcPatternGetInteger(match, FC_INDEX, 0, &index) != FcResultMatch {
            index = 0
        }
        return Match(path: path, faceIndex: Int(index), family: string(match, FC_FAMILY) ?? "?",
                     style: string(match, FC_STYLE) ?? "?")
    }

    /// The first string value of `property` in `pattern`, copied out before fontconfig frees it.
    static func string(_ pattern: OpaquePointer, _ property: String) -> String? {
        var value: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(pattern, property, 0, &value) == FcResultMatch, let value else {
            return nil
        }
        return String(cString: value)
    }
}
