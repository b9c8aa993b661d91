// Which key does what, and the steps the keys take through learning rates, widths and layers.

import CGLFW
import Learning
import Rendering
import Testing
@testable import neurolume

struct KeysAndControlsTests {
    private func key(_ key: Int32, _ character: Character? = nil,
                     _ modifiers: KeyModifiers = [], repeating: Bool = false) -> InputEvent {
        .key(key: key, character: character, modifiers: modifiers, isRepeat: repeating, time: 0)
    }

    @Test func charactersFollowTheLayoutAndKeysWithoutOneTheirPosition() {
        #expect(KeyMap.action(for: .character("+", time: 0)) == .raiseLearningRate)
        #expect(KeyMap.action(for: .character("-", time: 0)) == .lowerLearningRate)
        #expect(KeyMap.action(for: .character("?", time: 0)) == .toggleHelp)
        #expect(KeyMap.action(for: .character("]", time: 0)) == .widerLayers)
        #expect(KeyMap.action(for: .character("l", time: 0)) == .addLayer)
        #expect(KeyMap.action(for: .character("L", time: 0)) == .removeLayer)
        #expect(KeyMap.action(for: .character("G", time: 0)) == .toggleLogLoss)
        #expect(KeyMap.action(for: .character("v", time: 0)) == .toggleRecording)
        #expect(KeyMap.action(for: .character("p", time: 0)) == .screenshot)

        #expect(KeyMap.action(for: key(GLFW_KEY_SPACE)) == .togglePause)
        #expect(KeyMap.action(for: key(GLFW_KEY_TAB)) == .cycleView)
        #expect(KeyMap.action(for: key(GLFW_KEY_BACKSPACE)) == .deletePoint)
        #expect(KeyMap.action(for: key(GLFW_KEY_3, "\"")) == .pickClass(2),
                "digits by position: AZERTY's top row without Shift")
        #expect(KeyMap.action(for: key(GLFW_KEY_KP_1)) == .pickClass(0))
        #expect(KeyMap.action(for: key(GLFW_KEY_SPACE, repeating: true)) == nil)
        // A letter key's own event does nothing: its character event carries the command.
        #expect(KeyMap.action(for: key(GLFW_KEY_S, "s")) == nil)
    }

    @Test func undoFollowsTheLetterOnTheKey() {
        // On AZERTY the key GLFW calls W is labelled Z.
        #expect(KeyMap.action(for: key(GLFW_KEY_W, "z", .control)) == .undo)
        #expect(KeyMap.action(for: key(GLFW_KEY_W, "z", [.control, .shift])) == .redo)
        #expect(KeyMap.action(for: key(GLFW_KEY_Z, nil, .control)) == .undo)
        #expect(KeyMap.action(for: key(GLFW_KEY_Y, "y", .control)) == .redo)
        #expect(KeyMap.action(for: key(GLFW_KEY_Z, "z", .control, repeating: true)) == .undo,
                "holding Ctrl+Z keeps undoing")
    }

    @Test func everyActionIsInTheHelp() {
        let keys = KeyMap.help.map(\.keys).joined(separator: " ")
        for needed in ["Space", "S", "R", "N", "D", "A", "+", "[", "L, Shift+L", "O", "C", "Tab",
                       "F", "H, ?", "E", "G", "K", "Ctrl+Z", "1 … 8"] {
            #expect(keys.contains(needed), "\(needed) is missing from the help")
        }
        #expect(HelpText.usage.contains("Ctrl+Z, Ctrl+Shift+Z"))
    }

    @Test func learningRatesStepAlongOneTwoFive() {
        #expect(SceneControls.learningRate(after: 0.01, up: true) == 0.02)
        #expect(SceneControls.learningRate(after: 0.02, up: true) == 0.05)
        #expect(SceneControls.learningRate(after: 0.05, up: true) == 0.1)
        #expect(SceneControls.learningRate(after: 0.01, up: false) == 0.005)
        #expect(SceneControls.learningRate(after: 0.003, up: true) == 0.005)
        #expect(SceneControls.learningRate(after: 1, up: false) == 0.5)
        var rate: Float = 0.01
        for _ in 0..<12 { rate = SceneControls.learningRate(after: rate, up: true) }
        #expect(rate <= 100)
    }

    @Test func widthsAndLayersStepWithinLimits() throws {
        let shape = try NetworkShape(parsing: "2-100-3", activation: .tanh)
        #expect(SceneControls.shape(shape, wider: true)?.description == "2-128-3")
        #expect(SceneControls.shape(shape, wider: false)?.description == "2-64-3")
        let widest = try NetworkShape(parsing: "2-256-3", activation: .relu)
        #expect(SceneControls.shape(widest, wider: true) == nil)

        let deeper = try #require(SceneControls.shape(shape, addingLayer: true))
        #expect(deeper.description == "2-100-100-3")
        #expect(deeper.hiddenActivations == [.tanh, .tanh])
        let none = try #require(SceneControls.shape(shape, addingLayer: false))
        #expect(none.description == "2-3")
        #expect(SceneControls.shape(none, addingLayer: false) == nil)
        #expect(SceneControls.shape(none, addingLayer: true)?.description == "2-16-3")

        #expect(SceneControls.next(after: OptimizerKind.adam, in: OptimizerKind.allCases) == .sgd)
    }
}
