// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "ladder",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "LadderKit", targets: ["LadderKit"]),
        .executable(name: "ladder", targets: ["ladder"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // `swift package generate-documentation --target LadderKit` (DocC); a plugin only, never linked.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // `ladder serve` only (target LadderServer); LadderKit never links these.
        // Without the default ConfigurationSupport trait: no swift-configuration to build.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0", traits: []),
        // The web pages' templates (target LadderServer only): logic-less, HTML-escaping by default.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The PostgreSQL engine (target LadderPostgres only); LadderKit never links it.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(
            name: "LadderKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "LadderServer",
            dependencies: [
                "LadderKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "LadderPostgres",
            dependencies: [
                "LadderKit",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
        ),
        .executableTarget(
            name: "ladder",
            dependencies: [
                "LadderKit",
                "LadderServer",
                "LadderPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Times reading and parsing alone (scripts/bench.sh); not shipped.
        .executableTarget(name: "ladder-bench-parse", dependencies: ["LadderKit"]),
        // Counts find's and show's library reads, warm (scripts/bench-find-callgrind.sh); not shipped.
        .executableTarget(name: "ladder-bench-find", dependencies: ["LadderKit"]),
        .testTarget(
            name: "LadderKitTests",
            // LadderPostgres: the statistics suites also run on PostgreSQL when LADDER_TEST_POSTGRES is set.
            dependencies: ["LadderKit", "LadderPostgres", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "LadderServerTests",
            dependencies: [
                "LadderServer", "LadderKit", "LadderPostgres",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(name: "ladderTests", dependencies: ["ladder", "LadderKit", "LadderPostgres"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LadderPostgresTests", dependencies: ["LadderPostgres", "LadderKit"]),
    ]
)
