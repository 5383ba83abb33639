import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// A build killed at any moment (SIGKILL: no chance to clean up) leaves the old site or the new
/// one, whole, in `output/`, never a mixture and never none; the next build removes what the
/// killed one left beside the output. Runs the real executable on the demonstration site, whose
/// input is switched between two versions, and kills builds as they print each step.
final class KilledBuildTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "bontot-killed-\(UUID().uuidString)")
        let repository = BuiltSite.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder.appending(path: "site"), withIntermediateDirectories: true)
        for item in ["site.yaml", "content"] {
            try FileManager.default.copyItem(at: repository.appending(path: item), to: folder.appending(path: "site/" + item))
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private var site: URL { folder.appending(path: "site") }
    private var output: URL { site.appending(path: "output") }
    private let edited = "content/stories"

    /// Switches the site's input to version A or B: B adds one story, which changes many pages.
    private func useVersion(_ b: Bool) throws {
        let story = site.appending(path: "content/stories/them-mot-bai.md")
        if b {
            try "---\ntitle: Thêm một gương sáng\nkind: tap-the\ndate: 2026-09-20\nbranch: \(try anyBranch())\nsummary: Bài thêm cho phép thử.\n---\n\nNội dung.\n"
                .write(to: story, atomically: true, encoding: .utf8)
        } else {
            try? FileManager.default.removeItem(at: story)
        }
    }

    private func anyBranch() throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: site.appending(path: "content/branches").path)
        return try XCTUnwrap(names.filter { $0.hasSuffix(".yaml") }.sorted().first).replacingOccurrences(of: ".yaml", with: "")
    }

    private func start(clean: Bool, output: FileHandle = .nullDevice) throws -> Process {
        let process = Process()
        process.executableURL = try BontotProcess.executable()
        process.arguments = ["build", "--site", site.path] + (output == .nullDevice ? ["--quiet"] : []) + (clean ? ["--clean"] : [])
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func buildWhole(clean: Bool = true) throws -> OutputTree {
        let process = try start(clean: clean)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "a whole build succeeds")
        return OutputTree(output)
    }

    /// Where a build is killed: when it prints step `k` of its progress (`[k/5] …`, each printed
    /// as the step begins; the fifth writes and publishes), or when it prints what it read, once
    /// the new site is published.
    private enum KillPoint: CustomStringConvertible {
        case step(Int)
        case published

        func isReached(by line: String, steps: inout Int) -> Bool {
            switch self {
            case .step(let k):
                if line.hasPrefix("[") { steps += 1 }
                return line.hasPrefix("[") && steps == k
            case .published:
                return line.hasPrefix("Đã đọc:")
            }
        }

        var description: String {
            switch self {
            case .step(let k): "at step \(k)"
            case .published: "after publishing"
            }
        }
    }

    /// Kills builds, clean and incremental, at every step and after publishing: each must leave
    /// the old site or the new one whole, and one killed after publishing leaves the new one. The
    /// build prints its progress only to a terminal, so it runs in one (a pseudo-terminal).
    func testABuildKilledAtAnyStepLeavesTheOldOrTheNewSiteWhole() throws {
        try useVersion(false)
        let siteA = try buildWhole()
        try useVersion(true)
        let siteB = try buildWhole()
        XCTAssertNotEqual(siteA, siteB, "the two versions differ")

        var current = true
        var outcomes: [String] = []
        for clean in [true, false] {
            for point in [KillPoint.step(1), .step(2), .step(3), .step(4), .step(5), .published] {
                // The input becomes the version not published, so that every build changes the site.
                let old = OutputTree(output)
                current = old == siteA
                try useVersion(current)
                let new = current ? siteB : siteA
                let terminal = try PseudoTerminal()
                let process = try start(clean: clean, output: terminal.child)
                try terminal.closeChildSide()
                var steps = 0, reached = false, printed: [String] = []
                while let line = terminal.readLine() {
                    printed.append(line)
                    if point.isReached(by: line, steps: &steps) {
                        reached = true
                        break
                    }
                }
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                terminal.close()
                XCTAssertTrue(reached, "the build (clean: \(clean)) never printed the line to be killed \(point): \(printed)")
                let tree = OutputTree(output)
                if tree == new {
                    outcomes.append("new")
                } else if tree == old {
                    outcomes.append("old")
                    if case .published = point { XCTFail("killed after publishing (clean: \(clean)), yet the old site is left") }
                } else {
                    XCTFail("after a kill \(point) (clean: \(clean)), output/ is neither the old site nor the new one whole: "
                            + "\(tree.files.count) files against \(siteA.files.count) and \(siteB.files.count)")
                    outcomes.append("?")
                }
            }
        }
        XCTAssertTrue(outcomes.contains("old"), "a build killed before publishing leaves the old site: \(outcomes)")

        let final = try buildWhole(clean: false)
        XCTAssertEqual(final, current ? siteB : siteA, "the build after the kills publishes the current version")
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("output.bontot-") && $0 != ".output.bontot-spare" }
        XCTAssertEqual(beside, [], "the next build removed what the killed ones left")
    }

    func testTwoBuildsAtOnceTakeTurnsAndBothSucceed() throws {
        try useVersion(true)
        let whole = try buildWhole()
        let first = try start(clean: true), second = try start(clean: true)
        first.waitUntilExit()
        second.waitUntilExit()
        XCTAssertEqual([first.terminationStatus, second.terminationStatus], [0, 0])
        XCTAssertEqual(OutputTree(output), whole)
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("output.bontot-") && $0 != ".output.bontot-spare" }
        XCTAssertEqual(beside, [])
    }
}

/// A pseudo-terminal for a child's standard output, so that it prints as it does to a user's
/// terminal (line by line, its progress included), read here a line at a time.
private final class PseudoTerminal {
    private var parent: Int32
    /// The terminal's end to give the child as its standard output.
    let child: FileHandle

    init() throws {
        // The C library's functions for pseudo-terminals, which Swift's Glibc module leaves out.
        typealias Open = @convention(c) (Int32) -> Int32
        typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        func function<T>(_ name: String, as type: T.Type) throws -> T {
            guard let symbol = dlsym(nil, name) else { throw CocoaError(.featureUnsupported) }
            return unsafeBitCast(symbol, to: type)
        }
        let (openpt, grantpt, unlockpt, ptsname) = try (function("posix_openpt", as: Open.self), function("grantpt", as: Open.self),
                                                         function("unlockpt", as: Open.self), function("ptsname", as: Name.self))
        parent = openpt(O_RDWR | O_NOCTTY)
        guard parent >= 0, grantpt(parent) == 0, unlockpt(parent) == 0, let name = ptsname(parent) else {
            throw CocoaError(.fileReadUnknown)
        }
        let descriptor = open(name, O_RDWR | O_NOCTTY)
        guard descriptor >= 0 else { throw CocoaError(.fileReadUnknown) }
        child = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Closes this process's copy of the child's end, once the child holds it, so that reading
    /// ends when the child does.
    func closeChildSide() throws {
        try child.close()
    }

    /// The next line the child printed, without its line ending; nil once it printed no more.
    func readLine() -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(parent, &byte, 1) == 1 {
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            if byte != UInt8(ascii: "\r") { bytes.append(byte) }
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    func close() {
        if parent >= 0 { Glibc.close(parent) }
        parent = -1
    }

    deinit { close() }
}
