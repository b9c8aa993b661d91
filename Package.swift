// swift-tools-version:6.0
// Neurolume: a network learning live on the GPU. Learning is pure Swift; Rendering and Recording
// hold the GL and video layers; the neurolume executable ties them to a window and a command line.
import PackageDescription

/// Release builds of the numeric code target the building machine's processor (AVX2 and FMA
/// where it has them): the trainer's throughput target depends on 8-wide vectors, and a build
/// is always made on the machine that runs it. `native` falls back to the baseline elsewhere.
let numericFlags: [SwiftSetting] = [
    .unsafeFlags(["-target-cpu", "native"]),
    .unsafeFlags(["-Ounchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "Neurolume",
    targets: [
        .systemLibrary(
            name: "CGLFW",
            pkgConfig: "glfw3",
            providers: [.apt(["libglfw3-dev"])]
        ),
        .systemLibrary(
            name: "CEpoxy",
            pkgConfig: "epoxy",
            providers: [.apt(["libepoxy-dev"])]
        ),

        .target(name: "Learning", swiftSettings: numericFlags),
        .target(name: "Rendering", dependencies: ["Learning", "CEpoxy", "CGLFW"]),
        .target(name: "Recording", dependencies: ["Learning"]),
        .executableTarget(
            name: "neurolume",
            dependencies: ["Learning", "Rendering", "Recording", "CGLFW"],
            swiftSettings: numericFlags
        ),

        // An offscreen GL context for tests, skipping (or failing on CI) without a display.
        .target(
            name: "RenderingTestSupport",
            dependencies: ["Rendering", "Learning"],
            path: "Tests/RenderingTestSupport"
        ),
        // Real GL under Xvfb and Mesa's llvmpipe; depends on the executable so the error
        // tests can run the built binary.
        .testTarget(
            name: "RenderingTests",
            dependencies: ["Rendering", "Learning", "RenderingTestSupport", "neurolume"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
