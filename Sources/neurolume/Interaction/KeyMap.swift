// Which key does what, in one table that the key handling, the help overlay and --help all
// read, so the three never disagree.
//
// Letters and symbols follow the character the keyboard layout types (GLFW's character
// events): '+', '?', '[' and ']' sit in different places on different layouts, and a person
// presses the key that is labelled with them. Ctrl shortcuts follow the layout's label too,
// through glfwGetKeyName, because GLFW sends no characters while Ctrl is held. Keys without a
// character (Space, Tab, Esc, Delete, Backspace) and the digits 1 to 8 use GLFW key tokens,
// which are physical positions: the top row picks a class on AZERTY without Shift, the way
// games read it.

import CGLFW
import Rendering

/// Something a key asks for.
enum KeyAction: Equatable {
    case quit
    case togglePause
    case singleStep
    case resetWeights
    case newSample
    case cycleDataset
    case cycleActivation
    case raiseLearningRate
    case lowerLearningRate
    case widerLayers
    case narrowerLayers
    case addLayer
    case removeLayer
    case cycleOptimizer
    case clearPoints
    case cycleView
    case toggleFullScreen
    case toggleHelp
    case export
    case toggleLogLoss
    case toggleContour
    /// 0-based class for the next added point.
    case pickClass(Int)
    case undo
    case redo
    case deletePoint
    case toggleRecording
    case screenshot
}

enum KeyMap {
    /// The action for one input event, or nil when the event is not a command key.
    static func action(for event: InputEvent) -> KeyAction? {
        switch event {
        case .key(let key, let character, let modifiers, let isRepeat, _):
            return keyAction(key: key, character: character, modifiers: modifiers,
                             isRepeat: isRepeat)
        case .character(let character, _):
            return characterAction(character)
        default:
            return nil
        }
    }

    private static func keyAction(key: Int32, character: Character?, modifiers: KeyModifiers,
                                  isRepeat: Bool) -> KeyAction? {
        if modifiers.contains(.control) {
            // The layout's letter, else the US position (keys GLFW cannot name).
            let letter = character ?? (key == GLFW_KEY_Z ? "z" : key == GLFW_KEY_Y ? "y" : nil)
            switch letter {
            case "z": return modifiers.contains(.shift) ? .redo : .undo
            case "y": return .redo
            default: return nil
            }
        }
        guard !isRepeat else { return nil }
        switch key {
        case GLFW_KEY_ESCAPE: return .quit
        case GLFW_KEY_SPACE: return .togglePause
        case GLFW_KEY_TAB: return .cycleView
        case GLFW_KEY_DELETE, GLFW_KEY_BACKSPACE: return .deletePoint
        case GLFW_KEY_F1: return .toggleHelp
        case GLFW_KEY_1...GLFW_KEY_8: return .pickClass(Int(key - GLFW_KEY_1))
        case GLFW_KEY_KP_1...GLFW_KEY_KP_8: return .pickClass(Int(key - GLFW_KEY_KP_1))
        default: return nil
        }
    }

    /// Typed characters; these repeat while held, which suits + and − and [ and ].
    private static func characterAction(_ character: Character) -> KeyAction? {
        // Shift+L is the one place case matters: it undoes what L does.
        if character == "L" { return .removeLayer }
        switch character.lowercased() {
        case "q": return .quit
        case "s": return .singleStep
        case "r": return .resetWeights
        case "n": return .newSample
        case "d": return .cycleDataset
        case "a": return .cycleActivation
        case "+", "=": return .raiseLearningRate
        case "-", "_", "\u{2212}": return .lowerLearningRate
        case "]": return .widerLayers
        case "[": return .narrowerLayers
        case "l": return .addLayer
        case "o": return .cycleOptimizer
        case "c": return .clearPoints
        case "f": return .toggleFullScreen
        case "h", "?": return .toggleHelp
        case "e": return .export
        case "g": return .toggleLogLoss
        case "k": return .toggleContour
        case "v": return .toggleRecording
        case "p": return .screenshot
        default: return nil
        }
    }

    /// Every binding as (keys, what it does), in the order the help lists them.
    static let help: [(keys: String, action: String)] = [
        ("left drag", "move the point under the cursor"),
        ("left click", "add a point of the current class"),
        ("right click", "add a point of the next class"),
        ("middle click, Del, Backspace", "remove the highlighted point"),
        ("1 … 8", "pick the class for new points"),
        ("Ctrl+Z, Ctrl+Shift+Z", "undo, redo a point edit"),
        ("Space", "pause, resume training"),
        ("S", "one training step (pauses)"),
        ("R", "new weights"),
        ("N", "a new sample of the dataset"),
        ("D", "next dataset"),
        ("C", "clear all points"),
        ("A", "next activation"),
        ("O", "next optimizer"),
        ("+  -", "learning rate up, down"),
        ("[  ]", "hidden layers narrower, wider"),
        ("L, Shift+L", "add, remove a hidden layer"),
        ("G", "loss axis: log, linear"),
        ("K", "decision contour on, off"),
        ("Tab", "next view"),
        ("F", "full screen"),
        ("E", "export points (CSV) and network (JSON)"),
        ("V", "start, stop recording a video"),
        ("P", "save a PNG of the window"),
        ("H, ?, F1", "this help"),
        ("Esc, Q", "close help, or quit"),
        ("drop a file", "load points (.csv) or a network (.json)"),
    ]
}
