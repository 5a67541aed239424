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
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        // The office's configuration file (nintei.toml): a wrapper of toml++.
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The text catalogues: each module's `<Type>.catalogue` (UIText.catalogue …), Japanese and
        // English side by side, turned into Swift at build time by the plugin's generator.
        .target(name: "TextCatalogue"),
        .executableTarget(name: "TextCatalogueGenerator", dependencies: ["TextCatalogue"]),
        .plugin(name: "TextCataloguePlugin", capability: .buildTool(), dependencies: ["TextCatalogueGenerator"]),
        .target(name: "NinteiCore", plugins: ["TextCataloguePlugin"]),
        .target(
            name: "NinteiStore",
            dependencies: [
                "NinteiCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            plugins: ["TextCataloguePlugin"]
        ),
        // Printing and publishing: the HTML and text of packets, minutes, certificates, letters
        // and the published site, rendered from the store's values (never from its database).
        .target(name: "NinteiPrint", dependencies: ["NinteiCore", "NinteiStore"], plugins: ["TextCataloguePlugin"]),
        // The office server: owns the store, answers HTTP/1.1 + JSON on a Unix socket.
        .target(
            name: "NinteiServer",
            dependencies: [
                "NinteiCore", "NinteiStore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The office server's client: an `OfficeService` over the socket, blocking, for the terminal loop.
        .target(name: "NinteiClient", dependencies: ["NinteiCore", "NinteiStore"]),
        .target(name: "NinteiTerminal", dependencies: ["CNcursesw"]),
        .target(name: "NinteiTestSupport", path: "Sources/NinteiTestSupport"),
        .target(
            name: "NinteiApp",
            dependencies: ["NinteiCore", "NinteiStore", "NinteiPrint", "NinteiClient", "NinteiTerminal"],
            plugins: ["TextCataloguePlugin"]
        ),
        .executableTarget(
            name: "nintei",
            dependencies: [
                "NinteiApp", "NinteiCore", "NinteiStore", "NinteiServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `make bench`: times what an officer waits for on synthetic offices of 1 000 to 100 000 cases.
        .executableTarget(
            name: "nintei-bench",
            dependencies: [
                "NinteiApp", "NinteiCore", "NinteiStore", "NinteiTerminal", "NinteiServer", "NinteiClient",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "NinteiCoreTests", dependencies: ["NinteiCore", "NinteiStore", "NinteiTestSupport"]),
        .testTarget(name: "NinteiStoreTests", dependencies: ["NinteiStore", "NinteiPrint", "NinteiCore", "NinteiTestSupport"]),
        .testTarget(
            name: "NinteiServerTests",
            dependencies: [
                "NinteiServer", "NinteiClient", "NinteiStore", "NinteiCore", "NinteiApp", "NinteiTerminal", "NinteiTestSupport",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "NinteiTerminalTests", dependencies: ["NinteiTerminal", "NinteiTestSupport"], exclude: ["Snapshots"]),
        .testTarget(
            name: "NinteiAppTests",
            // TextCatalogue: the catalogue files' reader, the build plugin's own.
            dependencies: ["NinteiApp", "NinteiTerminal", "NinteiCore", "NinteiStore", "NinteiTestSupport", "TextCatalogue"],
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
