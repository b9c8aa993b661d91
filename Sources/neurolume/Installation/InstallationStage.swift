// What an installation adds to each frame: it moves the attract loop along, fades from the old
// scene's last picture to the new one, morphs the old scene's weights into the new scene's
// when the two nets have one shape, keeps the HUD to a caption and lets the picture drift.
// The live window and the soak test both draw through it.

import Learning
import Rendering

/// The installation's per-frame picture work. GL (render) thread only.
final class InstallationStage {
    let show: InstallationShow
    private let scene: SceneRenderer
    private let fade: CrossFade
    private let startTime: Double
    /// Multiplies the drift's clock too, so a fast soak test exercises it.
    private let speed: Double
    /// Scenes started since the stage began (not counting the first).
    private(set) var sceneChanges = 0
    /// The outgoing scene's weights and when the morph from them began.
    private var morph: (from: Network, start: Double)?

    init(settings: InstallationSettings, scene: SceneRenderer, library: ShaderLibrary,
         now: Double, speed: Double = 1, send: @escaping (TrainerCommand) -> Void) {
        show = InstallationShow(settings: settings, now: now, speed: speed, send: send)
        self.scene = scene
        fade = CrossFade(library: library, duration: settings.fadeSeconds)
        startTime = now
        self.speed = speed
        scene.hud?.mode = .caption
        // The first scene's view from the start, as every later scene gets its own.
        if let view = show.currentScene.view { scene.view = view }
    }

    /// Call before drawing the frame. On a scene change, draws `snapshot` (the outgoing
    /// scene's latest) into the fade's frame so the next frames can fade from it.
    func prepare(now: Double, snapshot: TrainingSnapshot, size: (width: Int, height: Int),
                 contentScale: Float) throws -> SceneChange? {
        let elapsed = (now - startTime) * speed
        scene.drift = BurnInDrift.offset(elapsed: elapsed, uiScale: scene.layout.uiScale)
        scene.palette = Palette.dark.rotatingHue(by: BurnInDrift.hue(elapsed: elapsed))

        guard let change = show.update(now: now, snapshot: snapshot) else { return nil }
        sceneChanges += 1
        // The old scene's buffers are gone; days of scenes must not pile up their holes.
        HeapUpkeep.trim()
        let outgoingView = scene.view
        fade.duration = show.settings.fadeSeconds
        if size.width > 0 && size.height > 0 {
            let target = try fade.begin(width: size.width, height: size.height, now: now)
            try scene.draw(snapshot, target: target, contentScale: contentScale, now: now)
        }
        // The new scene's view from the next frame on, after the old picture is kept.
        scene.view = show.currentScene.view ?? outgoingView
        morph = (snapshot.network, now)
        return change
    }

    /// What to draw of `snapshot` at `now`: during the fade after a scene change, a network
    /// on its way from the old scene's last weights to the new scene's current ones (eased
    /// like the fade) when both have one shape; otherwise the snapshot itself.
    func displayed(_ snapshot: TrainingSnapshot, now: Double) -> TrainingSnapshot {
        guard let morph else { return snapshot }
        let duration = show.settings.fadeSeconds
        let progress = duration > 0 ? (now - morph.start) / duration : 1
        guard progress < 1,
              let network = Network.blend(from: morph.from, to: snapshot.network,
                                          weight: Float(smoothstep(progress))) else {
            self.morph = nil
            return snapshot
        }
        return snapshot.replacingNetwork(with: network)
    }

    /// Gives the scene back what the stage changed: the full HUD, the palette and the
    /// undrifted layout. For leaving installation mode.
    func leave() {
        scene.hud?.mode = .full
        scene.palette = .dark
        scene.drift = .zero
    }

    /// Call after the scene is drawn into `target`: lays the fading old scene over it.
    func finish(target: RenderTarget, now: Double) {
        fade.draw(over: target, now: now)
    }
}

/// 0 at 0, 1 at 1, flat at both ends: the ease the cross-fade uses too.
private func smoothstep(_ t: Double) -> Double {
    let x = min(max(t, 0), 1)
    return x * x * (3 - 2 * x)
}
