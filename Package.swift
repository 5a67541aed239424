// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Nintei",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "nintei", targets: ["nintei"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "NinteiCore"),
        .target(
            name: "NinteiStore",
            dependencies: [
                "NinteiCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "NinteiTerminal", dependencies: ["CNcursesw"]),
        .target(name: "NinteiTestSupport", path: "Sources/NinteiTestSupport"),
        .target(name: "NinteiApp", dependencies: ["NinteiCore", "NinteiStore", "NinteiTerminal"]),
        .executableTarget(
            name: "nintei",
            dependencies: [
                "NinteiApp", "NinteiCore", "NinteiStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: times what an officer waits for on a synthetic office of 100 000 cases.
        .executableTarget(
            name: "nintei-bench",
            dependencies: ["NinteiApp", "NinteiCore", "NinteiStore", "NinteiTerminal"]
        ),
        .testTarget(name: "NinteiCoreTests", dependencies: ["NinteiCore", "NinteiStore", "NinteiTestSupport"]),
        .testTarget(name: "NinteiStoreTests", dependencies: ["NinteiStore", "NinteiCore", "NinteiTestSupport"]),
        .testTarget(name: "NinteiTerminalTests", dependencies: ["NinteiTerminal", "NinteiTestSupport"], exclude: ["Snapshots"]),
        .testTarget(
            name: "NinteiAppTests",
            dependencies: ["NinteiApp", "NinteiTerminal", "NinteiCore", "NinteiStore", "NinteiTestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "EndToEndTests",
            // NinteiApp for its import batch size; GRDB to read a store as the test's own witness.
            dependencies: ["nintei", "NinteiApp", "NinteiTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
