// What each key does in the live window (KeyMap says which key is which). Every change is
// sent to the trainer as a command and said on screen for a moment.

import Foundation
import Learning
import Rendering

extension RenderLoop {
    mutating func perform(_ action: KeyAction) {
        let snapshot = trainer.latestSnapshot()
        let shape = snapshot.network.shape
        switch action {
        case .quit:
            // An installation quits only on its chord, so a visitor cannot end the show.
            if showsHelp {
                showsHelp = false
            } else if operation?.stage == nil {
                window.requestClose()
            }
        case .togglePause:
            send(snapshot.isPaused ? .resume : .pause)
            say(snapshot.isPaused ? "training" : "paused")
        case .singleStep:
            send(.step(count: 1))
            say("one step (paused; Space resumes)")
        case .resetWeights:
            send(.resetWeights(seed: nil))
            say("new weights")
        case .newSample:
            guard var spec = generated else {
                return say("these points came from a file; D switches to a generated dataset")
            }
            spec.seed &+= 1
            replaceGenerated(spec, current: snapshot.dataset)
        case .cycleDataset:
            var spec = generated ?? options.scene.datasetSpec
            let kind = SceneControls.next(after: generated?.kind ?? spec.kind,
                                          in: DatasetKind.allCases)
            spec = DatasetSpec(kind: kind, pointsPerClass: spec.pointsPerClass,
                               classCount: options.scene.classes, noise: nil, seed: spec.seed)
            replaceGenerated(spec, current: snapshot.dataset)
        case .cycleActivation:
            let activation = SceneControls.next(after: shape.hiddenActivations.first ?? .relu,
                                                in: Activation.allCases)
            send(.setActivation(activation))
            say(shape.hiddenActivations.isEmpty ? "no hidden layers to activate (L adds one)"
                : "activation \(activation.rawValue)")
        case .raiseLearningRate, .lowerLearningRate:
            let rate = SceneControls.learningRate(after: snapshot.settings.learningRate,
                                                  up: action == .raiseLearningRate)
            send(.setLearningRate(rate))
            say(String(format: "learning rate %g", rate))
        case .widerLayers, .narrowerLayers:
            change(shape, to: SceneControls.shape(shape, wider: action == .widerLayers),
                   otherwise: shape.layerSizes.count > 2 ? "no wider or narrower step from here"
                       : "no hidden layers to resize (L adds one)")
        case .addLayer, .removeLayer:
            change(shape, to: SceneControls.shape(shape, addingLayer: action == .addLayer),
                   otherwise: action == .addLayer
                       ? "at most \(NetworkShape.maximumHiddenLayers) hidden layers"
                       : "no hidden layer left to remove")
        case .cycleOptimizer:
            let kind = SceneControls.next(after: snapshot.settings.optimizer,
                                          in: OptimizerKind.allCases)
            send(.setOptimizer(kind))
            say("optimizer \(kind.rawValue)")
        case .clearPoints:
            var empty = snapshot.dataset
            empty.points = []
            replacePoints(snapshot.dataset, with: empty)
        case .cycleView:
            cycleView()
        case .toggleFullScreen:
            window.toggleFullScreen()
            say(window.isFullScreen ? "full screen (F for a window)" : "window")
        case .toggleHelp:
            showsHelp.toggle()
        case .export:
            export(snapshot)
        case .toggleLogLoss:
            var state = viewState
            state.logarithmicLoss.toggle()
            show(state)
            say(scene.loss.isLogarithmic ? "loss axis logarithmic" : "loss axis linear")
        case .toggleContour:
            var state = viewState
            state.showsContour.toggle()
            show(state)
            say(scene.showsContour ? "contour on" : "contour off")
        case .pickClass(let label):
            guard label < snapshot.dataset.classCount else {
                return say("this dataset has \(snapshot.dataset.classCount) classes")
            }
            editor.currentClass = label
            say("new points: class \(label + 1) (\(snapshot.dataset.classNames[label])); "
                + "right click adds class \((label + 1) % snapshot.dataset.classCount + 1)")
        case .undo:
            guard let edit = editor.undo() else { return say("nothing to undo") }
            apply(edit, prefix: "undo: ")
        case .redo:
            guard let edit = editor.redo() else { return say("nothing to redo") }
            apply(edit, prefix: "redo: ")
        case .deletePoint:
            if let edit = editor.deleteHighlighted(in: pointerScene(snapshot)) { apply(edit) }
        case .toggleNeuronPlanes:
            var state = viewState
            state.showsNeuronPlanes.toggle()
            show(state)
            say(scene.showsNeuronPlanes ? "each first-layer neuron's line w·x + b = 0"
                : "neuron lines off")
        case .toggleRecording:
            toggleRecording()
        case .screenshot:
            screenshotRequested = true
        }
    }

    /// Tab: the next view (all, surface, circuit, waves, field).
    private mutating func cycleView() {
        var state = viewState
        state.view = state.view.next
        show(state)
        say("view: \(scene.view.rawValue)")
    }

    /// Sends a new architecture, or says why there is none.
    private mutating func change(_ shape: NetworkShape, to new: NetworkShape?,
                                 otherwise reason: String) {
        guard let new else { return say(reason) }
        send(.setShape(new))
        say("network \(new) (new weights)")
    }

    /// A freshly generated dataset in place of the current points, undoably.
    private mutating func replaceGenerated(_ spec: DatasetSpec, current: Dataset) {
        do {
            let dataset = try spec.generate().split(testFraction: options.scene.testFraction,
                                                    seed: spec.seed &+ 1)
            replacePoints(current, with: renumbered(dataset))
            generated = spec
        } catch {
            say("\(error)", isError: true)
        }
    }

    private mutating func export(_ snapshot: TrainingSnapshot) {
        do {
            let written = try SceneExport.write(snapshot, folder: options.exportFolder)
            Log.info("export", "wrote points to \(written.points) and the network to "
                     + written.network)
            say("saved \(written.points) and \(written.network)")
        } catch {
            say("export failed: \(error)", isError: true)
        }
    }
}
