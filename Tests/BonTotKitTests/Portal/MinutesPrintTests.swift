import XCTest

/// A month's meetings printed on A4 for a committee meeting (`/sinh-hoat/<yyyy>/<mm>/`).
final class MinutesPrintTests: XCTestCase {
    /// A committee meeting of three: its attendance, narrow in its column, printed "3/3 (100,0"
    /// and "%)" on the next line.
    static let committeeMeeting = """
        ---
        branch: ap-bac
        date: 2024-09-02
        kind: cap-uy
        topic: Chuẩn bị sinh hoạt chuyên đề
        attendance: { present: 3, expected: 3 }
        ---
        Họp cấp ủy.
        """

    /// The rates' percent signs stay on the line of their numbers, and the verdict of Hướng dẫn
    /// 12 ("Chưa đạt tiêu chí Hướng dẫn 12: …") prints a few words a line, not one.
    func testTheMonthsMeetingsPrintWithWholeRatesAndReadableVerdicts() throws {
        let built = try BuiltSite.build(changes: ["content/minutes/2024/ap-bac-2024-09-cap-uy.md": Self.committeeMeeting])
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let html = built.page("sinh-hoat/2024/09/index.html")
        XCTAssertTrue(html.contains("Chưa đạt tiêu chí Hướng dẫn 12"), "the fixture's month has a meeting that fails the check")
        let printed = try PrintedPageWords(page: "sinh-hoat/2024/09/index.html", in: built)
        let signs = printed.words.indices.filter { printed.words[$0].text.hasPrefix("%") }
        XCTAssertFalse(printed.words.filter { $0.text.contains("%") }.isEmpty, "the month was printed with its rates")
        for index in signs {
            XCTAssertTrue(printed.sharesALineWithTheWordBefore(index),
                          "a percent sign printed apart from its number: \(printed.context(index))")
        }
        let verdict = try XCTUnwrap(printed.words.indices.first { printed.words[$0].text == "Chưa" && printed.words[$0 + 1].text == "đạt" })
        for index in verdict + 1...verdict + 2 {
            XCTAssertTrue(printed.sharesALineWithTheWordBefore(index),
                          "the verdict is printed a word a line: \(printed.context(index))")
        }
    }
}
