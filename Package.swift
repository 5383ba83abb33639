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
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CSystem"),
        .executableTarget(name: "EmbedTemplates"),
        .plugin(
            name: "EmbedTemplatesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedTemplates"]
        ),
        .target(
            name: "BonTotKit",
            dependencies: [
                "CCmark",
                "CSystem",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTemplatesPlugin"]
        ),
        .executableTarget(
            name: "bontot",
            dependencies: [
                "BonTotKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "BonTotFuzzing",
            dependencies: ["BonTotKit"]
        ),
        .testTarget(
            name: "BonTotKitTests",
            dependencies: ["BonTotKit", "BonTotFuzzing"]
        ),
    ]
)

// `make fuzz`: the libFuzzer target, declared only when asked for, so that `swift build` and
// `swift test` never see an executable without a `main` (libFuzzer brings its own). The library
// and the harness are then compiled with libFuzzer's coverage; the build tool and the command
// line are not (a second `main` would not link).
if ProcessInfo.processInfo.environment["BONTOT_FUZZ"] != nil {
    for target in package.targets where ["BonTotKit", "BonTotFuzzing"].contains(target.name) {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-sanitize=fuzzer"])]
    }
    package.targets.append(.executableTarget(
        name: "BonTotFuzz",
        dependencies: ["BonTotFuzzing"],
        swiftSettings: [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer"])],
        linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]
    ))
}
