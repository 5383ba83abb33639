import Foundation
import XCTest

/// Two `bontot build` processes over the same site write the same bytes, though each seeds
/// Swift's hashing anew, and a manifest written by one process is trusted by the next.
final class DeterminismAcrossProcessesTests: XCTestCase {
    func testTwoCleanBuildsInTwoProcessesAreByteIdentical() throws {
        let site = try IncrementalSite.make(for: self)
        let a = site.sibling("A"), b = site.sibling("B")
        for output in [a, b] {
            let run = try BontotProcess.run(["build", "--site", site.root.path, "--output", output.path, "--clean"])
            XCTAssertEqual(run.status, 0, run.output + run.errors)
            XCTAssertEqual(run.errors, "")
        }
        let first = OutputTree(a)
        XCTAssertGreaterThan(first.pages.count, 20)
        assertSameTree(OutputTree(b), first, "the second process's output")
    }

    /// A site's template that shows a model itself as text (`{{.}}` inside `{{#chrome}}`: a slip
    /// the key check lets pass, the model being declared) writes the same bytes in every process.
    /// It wrote the model's storage, whose name holds the address the program was loaded at
    /// ("TemplateObject(storage: BonTotKit.(unknown context at $55f9…).TemplateObjectStorage)"),
    /// so every build rewrote every page; it writes the model's type, as before that storage.
    func testATemplateShowingAModelAsTextWritesTheSameBytesInEveryProcess() throws {
        let site = try IncrementalSite.make(for: self)
        try site.write("templates/layout.mustache", try IncrementalSite.builtInTemplate("layout"))
        try site.replace("{{#chrome}}\n<title>", with: "{{#chrome}}\n<meta name=\"mau\" content=\"{{.}}\">\n<title>",
                         in: "templates/layout.mustache")
        let a = site.sibling("A"), b = site.sibling("B")
        for output in [a, b] {
            let run = try BontotProcess.run(["build", "--site", site.root.path, "--output", output.path, "--clean"])
            XCTAssertEqual(run.status, 0, run.output + run.errors)
        }
        let first = OutputTree(a)
        let shown = first.text("index.html")?.firstMatch(of: #/<meta name="mau" content="([^"]*)">/#).map { String($0.output.1) }
        XCTAssertEqual(shown, "BonTotKit.TemplateObject")
        assertSameTree(OutputTree(b), first, "the second process's output")
    }

    func testTheSameSiteInTwoFoldersBuildsToTheSameBytes() throws {
        let site = try IncrementalSite.make(for: self)
        let other = try site.copyOfInputs(named: "khac")
        for (root, output) in [(site.root, "A"), (other.root, "B")] {
            let run = try BontotProcess.run(["build", "--site", root.path, "--output", site.sibling(output).path])
            XCTAssertEqual(run.status, 0, run.output + run.errors)
        }
        assertSameTree(OutputTree(site.sibling("B")), OutputTree(site.sibling("A")), "the output of the copy")
    }

    func testAManifestWrittenByOneProcessLetsTheNextRenderNothing() throws {
        let site = try IncrementalSite.make(for: self)
        let first = try BontotProcess.run(["build", "--site", site.root.path])
        XCTAssertEqual(first.status, 0, first.output + first.errors)
        let before = OutputTree(site.output)
        let stamps = FileStamp.all(under: site.output)

        let second = try BontotProcess.run(["build", "--site", site.root.path])
        XCTAssertEqual(second.status, 0, second.output + second.errors)
        let pages = before.pages.count
        XCTAssertTrue(second.output.contains("Đã dựng 0/\(pages) trang (\(pages) trang không đổi), ghi 0 tệp"),
                      "the page fingerprints are the same in another process: \(second.output)")
        XCTAssertEqual(OutputTree(site.output), before)
        XCTAssertEqual(FileStamp.all(under: site.output), stamps)
    }

    func testAnIncrementalBuildInAnotherProcessEqualsACleanOne() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertEqual(try BontotProcess.run(["build", "--site", site.root.path]).status, 0)
        try site.replace("binh-minh;14;13;26;18;17;", with: "binh-minh;15;15;30;18;17;", in: "content/evaluations/2024.csv")
        let incremental = try BontotProcess.run(["build", "--site", site.root.path])
        XCTAssertEqual(incremental.status, 0, incremental.output + incremental.errors)
        XCTAssertTrue(incremental.output.contains("trang không đổi"), "incremental: \(incremental.output)")
        let clean = try BontotProcess.run(["build", "--site", site.root.path, "--output", site.sibling("clean").path, "--clean"])
        XCTAssertEqual(clean.status, 0, clean.output + clean.errors)
        assertSameTree(OutputTree(site.output), OutputTree(site.sibling("clean")), "the incremental output")
    }
}
