// swift-tools-version: 6.0
// StandIn — a virtual livestream host engine. Module map and dependency direction:
// standin (CLI) → ControlAPI → Playout → stages (Scripting, Speech, Compositor, MediaIO) → StandInCore.
// Only Speech, Compositor (glyphs) and MediaIO import the C targets.
import PackageDescription

let package = Package(
    name: "StandIn",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "standin", targets: ["standin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    ],
    targets: [
        // C libraries, found by pkg-config; scripts/setup installs the apt providers.
        .systemLibrary(
            name: "CFFmpeg", path: "Sources/CFFmpeg", pkgConfig: "libavformat",
            providers: [.apt(["libavcodec-dev", "libavformat-dev", "libavutil-dev", "libswscale-dev", "libswresample-dev"])]),
        .systemLibrary(
            name: "CEspeakNG", path: "Sources/CEspeakNG", pkgConfig: "espeak-ng",
            providers: [.apt(["libespeak-ng-dev"])]),
        .systemLibrary(
            name: "CFreeType", path: "Sources/CFreeType", pkgConfig: "freetype2",
            providers: [.apt(["libfreetype-dev"])]),

        // Domain model and file loading: no I/O beyond reading the user's files, no C.
        .target(name: "StandInCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Rundown planning: rotation, human shifts, promos, handoffs. Pure: no I/O, times in samples.
        .target(name: "Scheduler", dependencies: ["StandInCore"]),
        // Persona templates → lines.
        .target(name: "Scripting", dependencies: [
            "StandInCore", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // Viewer questions: FAQ retrieval, answer lines through the guardrails, the question queue. Pure.
        .target(name: "Guide", dependencies: ["StandInCore", "Scripting"]),
        // espeak-ng: PCM, word/phoneme timings, visemes.
        .target(name: "Speech", dependencies: ["StandInCore", "CEspeakNG"]),
        // Frames: layers, avatar, text via FreeType.
        .target(name: "Compositor", dependencies: ["StandInCore", "CFreeType"]),
        // libav: image decode, resample, scale, encode, mux.
        .target(name: "MediaIO", dependencies: ["StandInCore", "CFFmpeg", .product(name: "Logging", package: "swift-log")]),
        // The engine: segments rendered to audio + frames, encoded, written.
        .target(name: "Playout", dependencies: [
            "StandInCore", "Scripting", "Scheduler", "Guide", "Speech", "Compositor", "MediaIO",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "CoreMetrics", package: "swift-metrics"),
        ]),
        // The operator's HTTP control API inside `standin stream`: auth, routes, Prometheus metrics.
        .target(name: "ControlAPI", dependencies: [
            "Playout", "Guide", "Scheduler", "StandInCore",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        // Viewers' comments from the platforms: connectors (webhook, Twitch IRC, YouTube Live Chat), each
        // with its own reconnect loop; choosing what the host answers; reactions. Feeds the control desk.
        .target(name: "Comments", dependencies: [
            "Playout", "Guide", "Scripting", "StandInCore",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "CoreMetrics", package: "swift-metrics"),
        ]),
        // Persona versions on disk: save, history, diff, roll back, the published pointer. No HTTP.
        .target(name: "PersonaStore", dependencies: ["StandInCore", .product(name: "Yams", package: "Yams")]),
        // The persona authoring page: sign-in, editor, live validation, previews (Hummingbird routes).
        .target(name: "Studio", dependencies: [
            "PersonaStore", "StandInCore", "Scripting", "Playout", "MediaIO", "Speech",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "standin", dependencies: [
            "Playout", "MediaIO", "ControlAPI", "Comments", "StandInCore", "Scripting", "Scheduler", "Studio", "PersonaStore",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // Shared by the test targets: running the binary, probing and decoding media with the ffmpeg CLIs.
        .target(name: "TestSupport", dependencies: [.product(name: "Logging", package: "swift-log")], path: "Tests/TestSupport"),
        .testTarget(name: "StandInCoreTests", dependencies: ["StandInCore", "TestSupport"]),
        .testTarget(name: "SchedulerTests", dependencies: ["Scheduler", "StandInCore", "TestSupport"]),
        .testTarget(name: "ScriptingTests", dependencies: ["Scripting", "StandInCore", "TestSupport"]),
        .testTarget(name: "GuideTests", dependencies: ["Guide", "StandInCore", "Scripting", "TestSupport"]),
        .testTarget(name: "SpeechTests", dependencies: ["Speech", "StandInCore", "TestSupport"]),
        .testTarget(name: "CompositorTests", dependencies: ["Compositor", "StandInCore", "TestSupport"]),
        .testTarget(name: "MediaIOTests", dependencies: ["MediaIO", "StandInCore", "TestSupport"]),
        .testTarget(name: "PlayoutTests", dependencies: [
            "Playout", "MediaIO", "Scheduler", "StandInCore", "TestSupport", .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "ControlAPITests", dependencies: [
            "ControlAPI", "Playout", "Guide", "StandInCore", "TestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "CommentsTests", dependencies: [
            "Comments", "Playout", "Guide", "Scripting", "StandInCore", "TestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "PersonaStoreTests", dependencies: ["PersonaStore", "StandInCore", "TestSupport"]),
        .testTarget(name: "StudioTests", dependencies: [
            "Studio", "PersonaStore", "StandInCore", "Scripting", "TestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Logging", package: "swift-log"),
            "MediaIO",
        ]),
        .testTarget(name: "EndToEndTests", dependencies: [
            "Playout", "PersonaStore", "Compositor", "Speech", "Scripting", "StandInCore", "TestSupport",
        ]),
    ],
    swiftLanguageModes: [.v6]
)
