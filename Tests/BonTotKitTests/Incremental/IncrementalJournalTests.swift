import BonTotKit
import Foundation
import XCTest

/// A journal left beside the output says an update was interrupted: the next build does not
/// trust the output and builds it clean, whole.
final class IncrementalJournalTests: XCTestCase {
    func testALeftoverJournalMakesTheNextBuildCleanAndCorrect() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        let journal = site.root.appending(path: ".output.bontot-journal")
        XCTAssertEqual(OutputUpdate.journal(for: site.output).standardizedFileURL.path, journal.standardizedFileURL.path)

        // An update cut off half way: one file moved in with other bytes of the same size (which
        // the manifest alone cannot notice), one stray file, and the journal still there.
        let page = site.output.appending(path: "chi-bo/index.html")
        let bytes = try Data(contentsOf: page)
        try Data(repeating: UInt8(ascii: "x"), count: bytes.count).write(to: page)
        try Data("nửa chừng".utf8).write(to: site.output.appending(path: "sinh-hoat/tam.html"))
        try Data("bontot output update\n+ chi-bo/index.html\n+ sinh-hoat/tam.html".utf8).write(to: journal)

        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.rendered, report.pages, "all pages rendered: the output is not trusted")
        assertSameTree(OutputTree(site.output), before, "the output after an interrupted update")
        XCTAssertFalse(FileManager.default.fileExists(atPath: journal.path), "the journal is gone")
        assertNothingLeftBeside(site)
        XCTAssertEqual(site.build().rendered, 0, "the build after it is incremental again")
    }

    func testALeftoverJournalWinsOverAnEditToo() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        try Data("bontot output update\n".utf8).write(to: OutputUpdate.journal(for: site.output))
        try site.replace("nay đã rộng 5 mét.", with: "nay đã rộng 7 mét.", in: "content/stories/hien-dat.md")

        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.rendered, report.pages)
        let clean = try site.copyOfInputs(named: "copy")
        XCTAssertTrue(clean.build(clean: true, output: site.sibling("clean")).succeeded)
        assertSameTree(OutputTree(site.output), OutputTree(site.sibling("clean")), "the output")
    }
}
