// swift-tools-version: 6.0
import Foundation
import PackageDescription

let package = Package(
    name: "bontot",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bontot", targets: ["bontot"]),
        .library(name: "BonTotKit", targets: ["BonTotKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CBonTotSystem"),
        .executableTarget(name: "EmbedTemplates"),
        .plugin(
            name: "EmbedTemplatesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedTemplates"]
        ),
        // The built-in theme: the files of `templates/`, embedded as Swift source by the plugin.
        // The folder is a target's own so that SwiftPM plans the build again, and runs the
        // plugin with the new list of files, when a file is added to it or removed from it.
        .target(
            name: "BonTotTheme",
            path: "templates",
            plugins: ["EmbedTemplatesPlugin"]
        ),
        .target(
            name: "BonTotOffice",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "BonTotKit",
            dependencies: [
                "BonTotOffice",
                "BonTotTheme",
                "CCmark",
                "CBonTotSystem",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "BonTotServe",
            dependencies: [
                "BonTotKit",
                "CBonTotSystem",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "bontot",
            dependencies: [
                "BonTotKit",
                "BonTotServe",
                "BonTotOffice",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "BonTotFuzzing",
            dependencies: ["BonTotKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "BonTotKitTests",
            dependencies: ["BonTotKit", "BonTotOffice", "BonTotFuzzing", "BonTotServe", "bontot"]
        ),
    ]
)

// `make fuzz`: the libFuzzer target, declared only when asked for, so that `swift build` and
// `swift test` never see an executable without a `main` (libFuzzer brings its own). The library
// and the harness are then compiled with libFuzzer's coverage; the build tool and the command
// line are not (a second `main` would not link).
if ProcessInfo.processInfo.environment["BONTOT_FUZZ"] != nil {
    for target in package.targets where ["BonTotOffice", "BonTotKit", "BonTotFuzzing"].contains(target.name) {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-sanitize=fuzzer"])]
    }
    package.targets.append(.executableTarget(
        name: "BonTotFuzz",
        dependencies: ["BonTotFuzzing"],
        swiftSettings: [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer"])],
        linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]
    ))
}
