import BonTotKit
import Foundation
import XCTest

/// Word's bulleted and numbered paragraphs pasted as text: a bullet with a tab ("•⇥…"), an
/// article ("Điều 1.⇥…"), an outline number with no dot at its end ("1.1⇥…") or a label ended
/// by '/' ("1/⇥…"). Their lines print run together as one paragraph, as columns' would, but are
/// told what fits a list, not a pipe table, a no-break space before the tab too, and so are
/// Word's bullets followed by a space with no tab ("• …"); '-⇥' and '+⇥'
/// make a list and pass, and so do such lines kept apart by hard breaks (two spaces, a `\`).
final class TabbedBulletsAndArticlesTests: SiteCopyTestCase {
    private func warnings(_ body: String) throws -> [Diagnostic] {
        try storyBodyWarnings(body, containing: "phím Tab")
    }

    func testWordBulletsAreToldToStartEachLineWithADash() throws {
        let found = try warnings("Nội dung họp:\n•\tBáo cáo kết quả quý III.\n•\tBầu bổ sung chi ủy.\n")
        assertOneBodyWarning(found, line: 10, start: "dòng 10–11 bắt đầu bằng dấu đầu dòng '•' rồi phím Tab",
                             advice: "'• …' → '- …'", notAdvising: "| STT |")
        for bullet in ["○", "▪", "o", "–", "\u{F0B7}"] {
            let found = try warnings("\(bullet)\tBáo cáo kết quả.\n\(bullet)\tBầu bổ sung chi ủy.\n")
            assertOneBodyWarning(found, line: 9, start: "dòng 9–10 bắt đầu bằng dấu đầu dòng '\(bullet)'", advice: "'- …'")
        }
    }

    func testWordBulletsOfSeveralKindsInOneListAreEachNamed() throws {
        let found = try warnings("Nội dung họp:\n•\tBáo cáo quý III.\n○\tThu chi.\n▪\tChi tiết.\n•\tBầu chi ủy.\n")
        assertOneBodyWarning(found, line: 10, start: "dòng 10–13 bắt đầu bằng dấu đầu dòng '•', '○' hoặc '▪' rồi phím Tab",
                             advice: "hãy thay dấu '•', '○' hoặc '▪' và phím Tab bằng dấu '-'")
        let message = found.first?.message ?? ""
        XCTAssertTrue(message.contains("ví dụ '• …' → '- …', '○ …' → '- …', '▪ …' → '- …'"), message)
        XCTAssertTrue(message.contains("start with a bullet '•', '○' or '▪' and a tab"), message)

        let dashes = try warnings("-\u{00A0}\tBáo cáo.\n+\u{00A0}\tBầu.\n")
        assertOneBodyWarning(dashes, line: 9, start: "dòng 9–10 bắt đầu bằng dấu '-' hoặc '+' rồi khoảng trắng không ngắt (NBSP)",
                             advice: "chỉ để một dấu cách sau dấu '-' hoặc '+'")

        let mixed = try warnings("-\u{00A0}\tBáo cáo.\n•\tBầu.\n").first?.message ?? ""
        XCTAssertTrue(mixed.contains("ví dụ '• …' → '- …' /"), mixed)
        XCTAssertFalse(mixed.contains("'- …' → '- …'"), "no example turns '-' into '-': \(mixed)")
    }

    /// A list whose lines start with Word's '•' and with '-' and a no-break space before the
    /// tab was told of the '•' alone: each is told what stops it making a list, in one message.
    func testWordBulletsAmongDashesWithANoBreakSpaceAreToldBoth() throws {
        let found = try warnings("Nội dung:\n-\u{00A0}\tBáo cáo.\n•\tBầu.\n+\u{00A0}\tKhác.\n")
        assertOneBodyWarning(found, line: 10, start: "dòng 10–12 bắt đầu bằng dấu đầu dòng '•' rồi phím Tab, hoặc bằng dấu '-' "
                             + "hoặc '+' rồi khoảng trắng không ngắt (NBSP) và phím Tab",
                             advice: "hãy thay dấu '•' và phím Tab bằng dấu '-' rồi một dấu cách, và xóa khoảng trắng không ngắt "
                             + "và phím Tab sau dấu '-' hoặc '+', chỉ để một dấu cách, ví dụ '• …' → '- …' /")
        XCTAssertTrue(found.first?.message.contains("or with '-' or '+', a no-break space and a tab") == true, "\(found)")
        let spaced = try storyBodyWarnings("-\u{00A0}\tBáo cáo.\n• Bầu.\n", containing: "dấu đầu dòng")
        assertOneBodyWarning(spaced, line: 9, start: "dòng 9–10 bắt đầu bằng dấu đầu dòng '•' rồi dấu cách, hoặc bằng dấu '-' rồi "
                             + "khoảng trắng không ngắt (NBSP)", advice: "hãy thay dấu '•' bằng dấu '-'", notAdvising: "'•' và phím Tab")
    }

    func testWordBulletsWithASpaceAreToldToStartEachLineWithADash() throws {
        let found = try storyBodyWarnings("Nội dung họp:\n• Báo cáo kết quả quý III.\n•\u{00A0}Bầu bổ sung chi ủy.\n",
                                          containing: "dấu đầu dòng")
        assertOneBodyWarning(found, line: 10, start: "dòng 10–11 bắt đầu bằng dấu đầu dòng '•' rồi dấu cách",
                             advice: "hãy thay dấu '•' bằng dấu '-' rồi một dấu cách", notAdvising: "phím Tab")
        assertOneBodyWarning(try storyBodyWarnings("– Đồng chí An phát biểu.\n– Đồng chí Bình.\n", containing: "dấu đầu dòng"),
                             line: 9, start: "dòng 9–10 bắt đầu bằng dấu đầu dòng '–' rồi dấu cách", advice: "'– …' → '- …'")
        XCTAssertEqual(try storyBodyWarnings("• Báo cáo.  \n• Bầu.\n\no Một.\no Hai.\n\n• Một dòng.\n", containing: "dấu đầu dòng").count,
                       0, "hard break, a letter, one line")
    }

    func testDashAndPlusWithATabMakeAListAndPass() throws {
        XCTAssertEqual(try warnings("Nội dung họp:\n-\tBáo cáo kết quả.\n-\tBầu bổ sung chi ủy.\n").count, 0)
        XCTAssertEqual(try warnings("+\tBáo cáo kết quả.\n+\tBầu bổ sung chi ủy.\n").count, 0)
        let page = MarkdownRenderer(allowHTML: false).html("-\tBáo cáo.\n-\tBầu.\n", root: "", file: "content/stories/a.md", under: 2)
        XCTAssertEqual(page, "<ul>\n<li>Báo cáo.</li>\n<li>Bầu.</li>\n</ul>\n")
    }

    func testArticlesOutlineNumbersAndSlashedLabelsAreToldTheyRunTogether() throws {
        let articles = try warnings("Điều 1.\tPhạm vi điều chỉnh.\nĐiều 2.\tĐối tượng áp dụng.\n")
        assertOneBodyWarning(articles, line: 9, start: "dòng 9–10 bắt đầu bằng chữ hoặc số thứ tự rồi phím Tab",
                             advice: "dòng trống", notAdvising: "| STT |")
        assertOneBodyWarning(try warnings("1.1\tTình hình chung.\n1.2\tKết quả.\n2.3.1\tTồn tại.\n"), line: 9,
                             start: "dòng 9–11 bắt đầu bằng chữ hoặc số thứ tự", advice: "'- a) …'")
        assertOneBodyWarning(try warnings("Kết quả:\n1/\tThu quỹ.\n2/\tHọp chi bộ.\n"), line: 10,
                             start: "dòng 10–11 bắt đầu bằng chữ hoặc số thứ tự", advice: "'- a) …'")
        assertOneBodyWarning(try warnings("Mục I.\tMục tiêu.\nMục II.\tNhiệm vụ.\n"), line: 9,
                             start: "dòng 9–10 bắt đầu bằng chữ hoặc số thứ tự", advice: "dòng trống")
    }

    func testFiguresAndWordsBeforeATabAreStillColumns() throws {
        assertOneBodyWarning(try warnings("1.500\tAn\n2.000\tBình\n"), line: 9, start: "dòng 9–10 có các cột", advice: "| STT |")
        assertOneBodyWarning(try warnings("Họ tên 1.\tAn\nđiều 2.\tBình\n"), line: 9, start: "dòng 9–10 có các cột",
                             advice: "| STT |")
        assertOneBodyWarning(try warnings("•\tHọ và tên\tChức vụ\n•\tAn\tBí thư\n"), line: 9, start: "dòng 9–10 có các cột",
                             advice: "| STT |")
    }

    func testANoBreakSpaceBeforeTheTabIsNoColumn() throws {
        assertOneBodyWarning(try warnings("•\u{00A0}\tBáo cáo.\n•\u{00A0}\tBầu.\n"), line: 9,
                             start: "dòng 9–10 bắt đầu bằng dấu đầu dòng '•'", advice: "'- …'")
        assertOneBodyWarning(try warnings("a)\u{00A0}\tBáo cáo.\nb)\u{00A0}\tBầu.\n"), line: 9,
                             start: "dòng 9–10 bắt đầu bằng chữ hoặc số thứ tự", advice: "'- a) …'")
    }

    func testADashWithANoBreakSpaceBeforeItsTabIsToldToKeepOneSpace() throws {
        for bullet in ["-", "+", "*"] {
            let found = try warnings("Nội dung:\n\(bullet)\u{00A0}\tBáo cáo.\n\(bullet)\u{00A0}\tBầu.\n")
            assertOneBodyWarning(found, line: 10, start: "dòng 10–11 bắt đầu bằng dấu '\(bullet)' rồi khoảng trắng không ngắt (NBSP)",
                                 advice: "chỉ để một dấu cách sau dấu '\(bullet)'", notAdvising: "| STT |")
        }
    }

    func testLinesKeptApartByHardBreaksPassUnlessTheyAreColumns() throws {
        XCTAssertEqual(try warnings("a)\tBáo cáo.  \nb)\tBầu.\\\nc)\tKhác.\n").count, 0, "two spaces, a '\\'")
        XCTAssertEqual(try warnings("•\tBáo cáo.  \n•\tBầu.\n").count, 0)
        assertOneBodyWarning(try warnings("a)\tBáo cáo.  \nb)\tBầu.\nc)\tKhác.\n"), line: 10,
                             start: "dòng 10–11 bắt đầu bằng chữ hoặc số thứ tự", advice: "'- a) …'")
        assertOneBodyWarning(try warnings("a)\tBáo cáo.\\\\\nb)\tBầu.\n"), line: 9,
                             start: "dòng 9–10 bắt đầu bằng chữ hoặc số thứ tự", advice: "'- a) …'")
        assertOneBodyWarning(try warnings("STT\tHọ và tên  \n1\tNguyễn Văn An\n"), line: 9, start: "dòng 9–10 có các cột",
                             advice: "| STT |")
    }
}
