// swift-tools-version:6.0
// Neurolume: a network learning live on the GPU. Learning is pure Swift; Rendering and Recording
// hold the GL and video layers; the neurolume executable ties them to a window and a command line.
import PackageDescription

/// The numeric code targets the building machine's processor (AVX2 and FMA where it has them):
/// the trainer's throughput depends on 8-wide vectors, and a build is always made on the machine
/// that runs it. It is optimized in debug builds too, because unspecialized SIMD code runs about
/// a hundred times slower and the test suite trains real networks to convergence.
let numericFlags: [SwiftSetting] = [
    .unsafeFlags(["-target-cpu", "native"]),
    .unsafeFlags(["-O"], .when(configuration: .debug)),
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
        .systemLibrary(
            name: "CPNG",
            pkgConfig: "libpng",
            providers: [.apt(["libpng-dev"])]
        ),
        .systemLibrary(
            name: "CFreeType",
            pkgConfig: "freetype2",
            providers: [.apt(["libfreetype-dev"])]
        ),
        .systemLibrary(
            name: "CFontconfig",
            pkgConfig: "fontconfig",
            providers: [.apt(["libfontconfig-dev"])]
        ),
        // glibc's heap statistics (malloc.h), which Swift's Glibc module leaves out.
        .systemLibrary(name: "CMalloc"),
        // libpng's longjmp error handling, kept in C where it is safe.
        .target(name: "CPNGSupport", dependencies: ["CPNG"]),

        .target(name: "Learning", swiftSettings: numericFlags),
        .target(
            name: "Rendering",
            dependencies: ["Learning", "CEpoxy", "CGLFW", "CFreeType", "CFontconfig"]
        ),
        .target(name: "Recording", dependencies: ["Learning", "CPNGSupport"]),
        .executableTarget(
            name: "neurolume",
            dependencies: ["Learning", "Rendering", "Recording", "CGLFW", "CMalloc"],
            swiftSettings: numericFlags
        ),

        .testTarget(name: "LearningTests", dependencies: ["Learning"]),
        .testTarget(name: "RecordingTests", dependencies: ["Recording", "Learning"]),
        .testTarget(name: "TextTests", dependencies: ["Rendering", "Recording"]),
        .testTarget(
            name: "NeurolumeTests",
            dependencies: ["neurolume", "Learning", "Recording", "Rendering", "RenderingTestSupport"]
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
        .testTarget(name: "CircuitTests",
                    dependencies: ["Rendering", "Learning", "RenderingTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
