// The installation-only part of the configuration: the scenes the attract loop cycles through,
// how long a visitor's pause lasts, the quit chord and the cross-fade. These have no flags;
// they live under the "installation" key of the configuration file.

import Rendering

/// One scene of the attract loop: the scene flags, a view and how long it may run.
struct InstallationScene {
    var scene: SceneOptions
    /// The view the scene is shown in; nil keeps the current view.
    var view: SceneView?
    /// The longest the scene runs, in seconds; convergence or divergence ends it sooner.
    var seconds: Double
}

/// How the installation behaves between scenes and around visitors.
struct InstallationSettings {
    /// Seconds without input after which a visitor's pause ends and the loop resumes.
    var idleSeconds = 60.0
    var quitChord = QuitChord.standard
    /// Length of the cross-fade between scenes, in seconds.
    var fadeSeconds = 1.5
    /// Seconds without mouse movement before the cursor hides.
    var cursorHideSeconds = 3.0
    var scenes = InstallationScene.builtIn

    static let idleRange: ClosedRange<Double> = 1...86_400
    static let fadeRange: ClosedRange<Double> = 0...10
    static let cursorRange: ClosedRange<Double> = 0.5...3600
    static let secondsRange: ClosedRange<Double> = 1...86_400
}

extension InstallationScene {
    /// The loop used when the configuration names no scenes: five problems, each with an
    /// architecture that solves it in well under a minute. Moons and xor share one net, so
    /// the change between them morphs the trained weights instead of only fading.
    static let builtIn: [InstallationScene] = [
        ("spiral", "3", "2-32-32-3", "relu", "0.01", 90),
        ("moons", "2", "2-16-16-2", "tanh", "0.02", 60),
        ("xor", "2", "2-16-16-2", "tanh", "0.02", 60),
        ("circles", "2", "2-8-2", "relu", "0.03", 45),
        ("checkerboard", "2", "2-48-48-2", "relu", "0.01", 120),
    ].map { dataset, classes, net, activation, rate, seconds in
        // Known-good literals: a failure here is a programming mistake.
        let scene = try! SceneOptions(arguments: ["--dataset", dataset, "--classes", classes,
                                                  "--net", net, "--activation", activation,
                                                  "--lr", rate])
        return InstallationScene(scene: scene, view: nil, seconds: seconds)
    }
}
