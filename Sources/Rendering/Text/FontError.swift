// Why text could not be set up: no usable font installed, or FreeType refusing a font file.
import CFreeType

/// A font that could not be found, opened or rasterized. Recoverable: the HUD can go without
/// text while the network still trains and draws.
public struct FontError: Error, Equatable, CustomStringConvertible {
    /// What failed, with the font file or family where there is one.
    public var message: String
    /// How to fix it, when we know: which package to install, for instance.
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String {
        guard let hint else { return message }
        return "\(message); \(hint)"
    }

    /// The usual fix on Debian and Ubuntu when fontconfig finds nothing usable.
    static let installHint = "install a scalable font, e.g. `apt-get install fonts-dejavu-core`"

    /// A FreeType call that returned `code`, named with the call and the font file.
    static func freetype(_ call: String, _ code: FT_Error, file: String) -> FontError {
        let text = String(cString: cft_error_text(code))
        return FontError("\(file): \(call) failed: \(text) (FreeType error \(code))")
    }
}
