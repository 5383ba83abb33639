import Foundation
import XCTest

/// A minutes' body with Word's empty paragraph pasted (a line of only no-break spaces) is read
/// with that line blank when its page is rendered again from the file's tail, as a clean build
/// reads it: its paragraphs print apart on both.
final class IncrementalWordEmptyParagraphTests: XCTestCase {
    func testABodyRenderedAgainFromItsFileSplitsAsACleanBuildDoes() throws {
        let minutes = IncrementalBodyFromFileTests.plain
        let outcome = try assertIncrementalEqualsClean(prepare: { site in
            try site.write(minutes, try site.read(minutes) + "\nĐoạn riêng thứ nhất.\n\u{00A0}\nĐoạn riêng thứ hai.\n")
        }, edit: { site in
            let template = try IncrementalSite.builtInTemplate("minutes")
            try site.write("templates/minutes.mustache", template.replacingOccurrences(of: "<article", with: "<article data-mau"))
        })
        XCTAssertTrue(outcome.after.files(containing: "<p>Đoạn riêng thứ nhất.</p>\n<p>Đoạn riêng thứ hai.</p>")
            .contains("sinh-hoat/ap-bac-2024-08/index.html"))
    }
}
