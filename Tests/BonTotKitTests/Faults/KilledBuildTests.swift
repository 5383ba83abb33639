import Foundation
import XCTest

/// A build killed at any moment (SIGKILL: no chance to clean up) leaves the old site or the new
/// one, whole, in `output/`, never a mixture and never none; the next build removes what the
/// killed one left beside the output. Runs the real executable on the demonstration site, whose
/// input is switched between two versions, and kills builds at moments spread over a build.
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

    private func start(clean: Bool) throws -> Process {
        let process = Process()
        process.executableURL = try BontotProcess.executable()
        process.arguments = ["build", "--site", site.path, "--quiet"] + (clean ? ["--clean"] : [])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func buildWhole(clean: Bool = true) throws -> (tree: OutputTree, seconds: Double) {
        let started = Date()
        let process = try start(clean: clean)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "a whole build succeeds")
        return (OutputTree(output), Date().timeIntervalSince(started))
    }

    func testABuildKilledAtAnyMomentLeavesTheOldOrTheNewSiteWhole() throws {
        try useVersion(false)
        let (siteA, seconds) = try buildWhole()
        try useVersion(true)
        let (siteB, _) = try buildWhole()
        XCTAssertNotEqual(siteA, siteB, "the two versions differ")

        var current = true
        var outcomes: [String] = []
        let moments = 14
        for index in 0..<moments {
            current.toggle()
            try useVersion(current)
            let process = try start(clean: index % 3 == 0)
            Thread.sleep(forTimeInterval: seconds * 2.5 * Double(index) / Double(moments))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let tree = OutputTree(output)
            if tree == siteA {
                outcomes.append("A")
            } else if tree == siteB {
                outcomes.append("B")
            } else {
                XCTFail("after a kill at moment \(index), output/ is neither the old site nor the new one whole: "
                        + "\(tree.files.count) files against \(siteA.files.count) and \(siteB.files.count)")
                outcomes.append("?")
            }
        }
        XCTAssertTrue(outcomes.contains("A") && outcomes.contains("B"), "kills fell both before and after publishing: \(outcomes)")

        let (final, _) = try buildWhole(clean: false)
        XCTAssertEqual(final, current ? siteB : siteA, "the build after the kills publishes the current version")
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("output.bontot-") && $0 != ".output.bontot-spare" }
        XCTAssertEqual(beside, [], "the next build removed what the killed ones left")
    }

    func testTwoBuildsAtOnceTakeTurnsAndBothSucceed() throws {
        try useVersion(true)
        let (whole, _) = try buildWhole()
        let first = try start(clean: true), second = try start(clean: true)
        first.waitUntilExit()
        second.waitUntilExit()
        XCTAssertEqual([first.terminationStatus, second.terminationStatus], [0, 0])
        XCTAssertEqual(OutputTree(output), whole)
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("output.bontot-") && $0 != ".output.bontot-spare" }
        XCTAssertEqual(beside, [])
    }
}
