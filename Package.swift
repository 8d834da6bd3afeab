// swift-tools-version:6.2
import PackageDescription

// Every Swift target: Swift 6 mode (strict concurrency), warnings are errors.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .treatAllWarnings(as: .error),
]
// Targets that must not contain unsafe code: the compiler enforces it.
let safe = strict + [.strictMemorySafety()]

let package = Package(
    name: "lede",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "lede", targets: ["lede"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Header-only: epoll, eventfd, signalfd, timerfd and the GNU prototypes Glibc's module hides.
        .systemLibrary(name: "CLinux", path: "Sources/CLinux"),
        // zlib (zlib1g-dev), with inline wrappers for the gzip init macros.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // The store's only unsafe code, in small scoped functions: gzip through zlib and
        // durable file writes (temp file, fsync, rename, fsync of the folder).
        .target(name: "LedeSystem", dependencies: ["CZlib"], swiftSettings: strict),
        // libssl/libcrypto plus static inline wrappers for macros Swift cannot import.
        .systemLibrary(
            name: "COpenSSL",
            path: "Sources/COpenSSL",
            pkgConfig: "openssl",
            providers: [.apt(["libssl-dev"])]
        ),
        // A small, fast JSON writer (and string escaping) shared by every layer that renders JSON.
        .target(name: "LedeJSON", swiftSettings: safe),
        // Pure protocol code: parser, response head writer, router, problem documents.
        // Gregorian day counts shared by HTTP dates, log timestamps and the timeline.
        .target(name: "LedeCalendar", swiftSettings: safe),
        .target(name: "LedeHTTP", dependencies: ["LedeJSON", "LedeCalendar"], swiftSettings: safe),
        // Sockets, epoll loops, connections, timers, signals, TLS: the only unsafe Swift code.
        .target(
            name: "LedeNet",
            dependencies: ["CLinux", "COpenSSL", "LedeHTTP", "LedeTelemetry", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        // Logs (JSON lines through swift-log), Prometheus metrics, request ids.
        .target(
            name: "LedeTelemetry",
            dependencies: ["LedeJSON", "LedeHTTP", "LedeCalendar", .product(name: "Logging", package: "swift-log")],
            swiftSettings: safe
        ),
        // Text -> sentences, entities, timeline. Pure and synchronous. Its word lists are plain
        // files found at run time (ResourceLocator), not SwiftPM resources: Bundle.module would
        // link all of Foundation and ICU into `lede`.
        .target(name: "LedeExtract", dependencies: ["LedeCalendar"], exclude: ["Resources"], swiftSettings: safe),
        // Corpus on disk <-> immutable in-memory snapshots.
        .target(name: "LedeStore", dependencies: ["LedeExtract", "LedeJSON", "LedeSystem"], swiftSettings: safe),
        // Routes, handlers and JSON views joining the store to the router.
        .target(
            name: "LedeAPI",
            dependencies: ["LedeHTTP", "LedeJSON", "LedeStore", "LedeExtract", .product(name: "Logging", package: "swift-log")],
            swiftSettings: safe
        ),
        // Throughput benchmark of the extractor, run by scripts/bench-extract (not a product).
        .executableTarget(name: "BenchExtract", dependencies: ["LedeExtract"], swiftSettings: strict),
        .executableTarget(
            name: "lede",
            dependencies: [
                "LedeNet", "LedeAPI", "LedeStore", "LedeExtract", "LedeHTTP", "LedeTelemetry", "LedeJSON",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "LedeJSONTests", dependencies: ["LedeJSON"], swiftSettings: strict),
        .testTarget(name: "LedeTelemetryTests", dependencies: ["LedeTelemetry"], swiftSettings: strict),
        .testTarget(name: "LedeHTTPTests", dependencies: ["LedeHTTP", "LedeCalendar"], swiftSettings: strict),
        // Fixtures shared by test targets: self-signed certificates, hand-built extractions.
        .target(name: "LedeTestSupport", dependencies: ["LedeExtract"], path: "Tests/LedeTestSupport", swiftSettings: strict),
        .testTarget(name: "LedeNetTests", dependencies: ["LedeNet", "LedeHTTP", "LedeTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "LedeExtractTests",
            dependencies: ["LedeExtract"],
            resources: [.copy("DevSet")],
            swiftSettings: strict
        ),
        .testTarget(name: "LedeStoreTests", dependencies: ["LedeStore", "LedeExtract", "LedeTestSupport", "LedeSystem", "LedeJSON"], swiftSettings: strict),
        .testTarget(name: "LedeAPITests", dependencies: ["LedeAPI", "LedeHTTP", "LedeStore", "LedeTestSupport", "LedeSystem", "LedeExtract"], swiftSettings: strict),
        // End to end: builds and starts the real `lede` binary on 127.0.0.1:0.
        .testTarget(name: "LedeE2ETests", dependencies: ["lede", "LedeNet", "LedeHTTP", "LedeTelemetry", "LedeTestSupport"], swiftSettings: strict),
    ]
)
