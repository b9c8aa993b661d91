// `neurolume screenshot`: train a scene for N steps, draw one frame offscreen, save a PNG.

import Foundation
import Learning
import Recording
import Rendering

struct ScreenshotCommand {
    let options: Options

    func run() throws {
        let context = try OffscreenContext(shaderFolder: options.shaderFolder)
        // The hidden window owns the GL context; it must outlive every GL call below.
        defer { withExtendedLifetime(context) {} }
        let snapshot = try options.scene.trainedSnapshot(steps: options.steps)
        Log.info("screenshot", "step \(snapshot.step), train loss "
                 + "\(snapshot.evaluation.trainLoss), accuracy \(snapshot.evaluation.trainAccuracy)")

        let (width, height) = options.size
        let frame = try Framebuffer(width: width, height: height, format: .rgba8)
        let scene = SceneRenderer(library: context.library)
        scene.loss.isLogarithmic = options.logarithmicLoss
        try scene.draw(snapshot, target: .offscreen(frame))
        try GL.checkError("drawing the screenshot")

        guard let path = options.outputPath else { return }
        try PNGFile.write(path: path, width: width, height: height, rgba: frame.readColour(),
                          flipVertically: true)
        Log.info("screenshot", "wrote \(path) (\(width)x\(height), surface "
                 + "\(scene.surface.method.rawValue))")
    }
}
