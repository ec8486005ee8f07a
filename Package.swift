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
    ],
    targets: [
        .target(name: "OnRecordCore"),
        .target(
            name: "OnRecordStore",
            dependencies: ["OnRecordCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "onrecord",
            dependencies: [
                "OnRecordCore", "OnRecordStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "onrecord-bench", dependencies: ["OnRecordCore"], path: "Sources/onrecord-bench"),
        .testTarget(
            name: "OnRecordCoreTests",
            dependencies: ["OnRecordCore"],
            path: "Tests/OnRecordCoreTests"
        ),
        .testTarget(
            name: "OnRecordStoreTests",
            dependencies: ["OnRecordStore", "OnRecordCore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/OnRecordStoreTests"
        ),
        .testTarget(
            name: "OnRecordCLITests",
            dependencies: ["onrecord", "OnRecordCore", "OnRecordStore"],
            path: "Tests/OnRecordCLITests"
        ),
    ]
)

for target in package.targets {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
