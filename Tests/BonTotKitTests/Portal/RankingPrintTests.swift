import XCTest

/// A period's ranking printed on A4 for a committee meeting (`/xep-hang/<period>/`).
final class RankingPrintTests: XCTestCase {
    /// The heading of the 4-tốt column printed one word a line ("Chi", "bộ", "4", "tốt"), a
    /// tall header repeated on every page; it prints on two lines, "Chi bộ" and "4 tốt".
    func testThe4TotHeadingPrintsOnTwoLines() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let printed = try PrintedPageWords(page: "xep-hang/2024/index.html", in: built)
        let texts = printed.words.map(\.text)
        let heading = try XCTUnwrap(texts.indices.first { texts[$0...].starts(with: ["Chi", "bộ", "4", "tốt"]) },
                                    "the ranking was printed with its 4-tốt column: \(texts.prefix(200))")
        XCTAssertTrue(printed.sharesALineWithTheWordBefore(heading + 1), "\(printed.context(heading + 1))")
        XCTAssertTrue(printed.sharesALineWithTheWordBefore(heading + 3), "\(printed.context(heading + 3))")
    }
}
