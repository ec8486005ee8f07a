// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "OnRecord",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "onrecord", targets: ["onrecord"]),
        .library(name: "OnRecordCore", targets: ["OnRecordCore"]),
        .library(name: "OnRecordStore", targets: ["OnRecordStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // SHA-256 of stored articles comes from swift-crypto, not a hash of our own.
        .target(name: "OnRecordCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "OnRecordHTML", dependencies: ["OnRecordCore", "CLibXML2"]),
        .target(
            name: "OnRecordStore",
            dependencies: [
                "OnRecordCore", .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API GRDB builds on: FTS5's extension API for the search ranking function.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "OnRecordIngest", dependencies: ["OnRecordCore", "OnRecordStore", "OnRecordHTML"]),
        .executableTarget(
            name: "onrecord",
            dependencies: [
                "OnRecordCore", "OnRecordStore", "OnRecordIngest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "onrecord-bench", dependencies: ["OnRecordCore"], path: "Sources/onrecord-bench"),
        // Query latency benchmark (scripts/bench-queries.sh); not a test.
        .executableTarget(
            name: "onrecord-querybench", dependencies: ["OnRecordCore", "OnRecordStore"],
            path: "Sources/onrecord-querybench"),
        .target(name: "OnRecordCorpus"),
        .executableTarget(name: "onrecord-corpus", dependencies: ["OnRecordCorpus"]),
        .testTarget(
            name: "OnRecordCoreTests",
            dependencies: ["OnRecordCore"],
            path: "Tests/OnRecordCoreTests"
        ),
        .testTarget(
            name: "OnRecordHTMLTests",
            dependencies: ["OnRecordHTML", "OnRecordCore"],
            path: "Tests/OnRecordHTMLTests",
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "OnRecordStoreTests",
            dependencies: [
                "OnRecordStore", "OnRecordCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: "Tests/OnRecordStoreTests"
        ),
        .testTarget(
            name: "OnRecordCLITests",
            dependencies: [
                "onrecord", "OnRecordCore", "OnRecordStore", "OnRecordIngest", "OnRecordCorpus",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Tests/OnRecordCLITests",
            // Golden files are read through #filePath, byte for byte (not bundled).
            exclude: ["Golden"]
        ),
    ]
)

// System library targets accept no build settings, so the upcoming features apply to Swift targets only.
for target in package.targets where target.type != .system {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("InternalImportsByDefault"),
            .enableUpcomingFeature("MemberImportVisibility"),
        ]
}
