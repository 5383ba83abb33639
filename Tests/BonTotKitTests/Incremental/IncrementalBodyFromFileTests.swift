import Foundation
import XCTest

/// The decode cache keeps a minutes' body as its length when the body is the end of its file
/// (`StoredText`'s file tail), so a rebuild that renders the minutes' page again reads the body
/// from the file: a clean build's cache is not a second copy of the content, and the pages a
/// rebuild renders are those of a clean build, byte for byte, whether the file's body is its
/// tail (plain, after a byte-order mark) or is not (line ends of Windows, joined again).
final class IncrementalBodyFromFileTests: XCTestCase {
    static let plain = "content/minutes/2024/ap-bac-2024-08.md"
    static let marked = "content/minutes/2024/ap-bac-2024-09.md"
    static let windows = "content/minutes/2024/binh-minh-2024-09.md"

    /// Gives each of the three minutes a sentence of its own, one file with a byte-order mark
    /// and one with Windows line ends.
    static func writeBodies(_ site: IncrementalSite) throws {
        try site.write(plain, try site.read(plain) + "\nCâu riêng của biên bản thứ nhất.\n")
        try site.write(marked, Data([0xEF, 0xBB, 0xBF]) + Data((try site.read(marked) + "\nCâu riêng của biên bản thứ hai.\n").utf8))
        let windowsText = try site.read(windows) + "\nCâu riêng của biên bản thứ ba.\n"
        try site.write(windows, windowsText.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    func testTheCacheKeepsNoBodyThatIsTheEndOfItsFile() throws {
        let site = try IncrementalSite.make(for: self)
        try Self.writeBodies(site)
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        let shards = try site.files(in: ".bontot-cache/decoded").filter { $0.hasSuffix(".bin") }
        XCTAssertFalse(shards.isEmpty)
        let cached = try shards.map { try Data(contentsOf: site.url(".bontot-cache/decoded/" + $0)) }
        func inCache(_ sentence: String) -> Bool { cached.contains { $0.range(of: Data(sentence.utf8)) != nil } }
        XCTAssertFalse(inCache("Câu riêng của biên bản thứ nhất."), "a body that ends its file is read from the file")
        XCTAssertFalse(inCache("Câu riêng của biên bản thứ hai."), "after a byte-order mark too")
        XCTAssertTrue(inCache("Câu riêng của biên bản thứ ba."), "a body whose line ends were changed is kept as read")
    }

    func testAMinutesTemplateEditedRendersEveryBodyAsACleanBuildDoes() throws {
        let outcome = try assertIncrementalEqualsClean(prepare: Self.writeBodies, edit: { site in
            let template = try IncrementalSite.builtInTemplate("minutes")
            XCTAssertTrue(template.contains("<article"))
            try site.write("templates/minutes.mustache", template.replacingOccurrences(of: "<article", with: "<article data-mau"))
        })
        for (sentence, slug) in [("thứ nhất", "ap-bac-2024-08"), ("thứ hai", "ap-bac-2024-09"), ("thứ ba", "binh-minh-2024-09")] {
            XCTAssertTrue(outcome.after.files(containing: "Câu riêng của biên bản \(sentence).").contains("sinh-hoat/\(slug)/index.html"),
                          sentence)
        }
        XCTAssertEqual(outcome.after.files(containing: "<article data-mau").count, 3, "the three minutes' pages")
    }
}
