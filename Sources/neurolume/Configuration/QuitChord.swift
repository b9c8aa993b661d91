// The key combination that ends an installation. A bare Esc or Q would let any visitor stop
// the show, so quitting takes a chord such as ctrl+shift+q, held together.

import CGLFW

/// Modifiers plus one key, written like "ctrl+shift+q".
struct QuitChord: Equatable, CustomStringConvertible {
    /// Each group is satisfied when any of its keys is down (a modifier's left or right key).
    let keyGroups: [[Int32]]
    let description: String

    static let standard = try! QuitChord(parsing: "ctrl+shift+q")

    private static let modifiers: [String: [Int32]] = [
        "ctrl": [GLFW_KEY_LEFT_CONTROL, GLFW_KEY_RIGHT_CONTROL],
        "shift": [GLFW_KEY_LEFT_SHIFT, GLFW_KEY_RIGHT_SHIFT],
        "alt": [GLFW_KEY_LEFT_ALT, GLFW_KEY_RIGHT_ALT],
        "super": [GLFW_KEY_LEFT_SUPER, GLFW_KEY_RIGHT_SUPER],
    ]

    /// Parses "mod+mod+key": at least one modifier, and a letter, a digit, "escape" or F1…F12.
    init(parsing text: String) throws(OptionsError) {
        let parts = text.lowercased().split(separator: "+").map(String.init)
        let hint = "expected modifiers and a key, like ctrl+shift+q (modifiers: ctrl, shift, "
            + "alt, super)"
        guard parts.count >= 2, let last = parts.last, let key = Self.key(named: last) else {
            throw OptionsError("'\(text)': \(hint)")
        }
        var groups: [[Int32]] = []
        for name in parts.dropLast() {
            guard let group = Self.modifiers[name] else {
                throw OptionsError("'\(text)': '\(name)' is not a modifier; \(hint)")
            }
            groups.append(group)
        }
        keyGroups = groups + [[key]]
        description = parts.joined(separator: "+")
    }

    private static func key(named name: String) -> Int32? {
        if name == "escape" || name == "esc" { return GLFW_KEY_ESCAPE }
        if name.count == 1, let scalar = name.unicodeScalars.first {
            if ("a"..."z").contains(name) { return GLFW_KEY_A + Int32(scalar.value - 97) }
            if ("0"..."9").contains(name) { return GLFW_KEY_0 + Int32(scalar.value - 48) }
        }
        if name.hasPrefix("f"), let number = Int32(name.dropFirst()), (1...12).contains(number) {
            return GLFW_KEY_F1 + number - 1
        }
        return nil
    }

    /// Whether every group has a key down, asked of `isDown` (glfwGetKey in the window).
    func isHeld(_ isDown: (Int32) -> Bool) -> Bool {
        keyGroups.allSatisfy { group in group.contains(where: isDown) }
    }
}
