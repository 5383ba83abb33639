@testable import BonTotKit
import BonTotOffice
import Foundation
import XCTest

/// A resolution's sub-items ("a) Tổ 1 dọn ngõ 15, thời hạn: 20/10/2024" under "1. Ra quân tổng
/// vệ sinh…", `make_sub_item_documents.py`): their words are part of the resolution, and a
/// deadline written only in them is the resolution's, the latest when they give several.
final class ResolutionSubItemTests: SiteCopyTestCase {
    private let fixture = "bien-ban-nghi-quyet-con.docx"

    /// The deadlines written only in the first resolution's sub-items were dropped with the
    /// sub-items' words: the resolution came without a deadline, and the bulletin never listed
    /// it as falling due. It now has the later of them (31/10, when both teams are done); the
    /// second keeps its own deadline over its sub-item's earlier one; .docx and .odt alike.
    func testADeadlineWrittenOnlyInASubItemIsTheResolutions() throws {
        for name in [fixture, "opendocument/bien-ban-nghi-quyet-con.odt"] {
            let text = try importedMinutes(name)
            let expected = """
                resolutions:
                  - { text: "Ra quân tổng vệ sinh môi trường khu dân cư: Tổ 1 dọn ngõ 15, thời hạn: 20/10/2024; \
                Tổ 2 dọn ngõ 17, hoàn thành trước ngày 31/10/2024", due: 2024-10-31 }
                  - { text: "Vận động đảng viên ủng hộ Quỹ vì người nghèo, hoàn thành trước ngày 15/11/2024: \
                Các tổ đảng tổng hợp danh sách trước ngày 10/11/2024", due: 2024-11-15 }
                  - Tổ chức Ngày hội Đại đoàn kết toàn dân tộc

                """
            XCTAssertTrue(text.contains(expected), "\(name): missing\n\(expected)\nin:\n\(text)")
            // The body keeps the sub-items as Word shows them, a list under the resolution.
            XCTAssertTrue(text.contains("1. Ra quân tổng vệ sinh môi trường khu dân cư\n   1. Tổ 1 dọn ngõ 15, thời hạn: 20/10/2024\n"),
                          "\(name):\n\(text)")
        }
    }

    /// Sub-items typed by hand, "a)" under "1.", were resolutions of their own, each with its
    /// deadline; a "-" under a "-" is not a sub-item, and letters are only nested under numbers.
    func testSubItemsTypedWithALetterUnderANumber() {
        let text = { (text: String) in WordBlock.paragraph(WordParagraph(runs: [WordRun(text: text)])) }
        let heading = WordBlock.paragraph(WordParagraph(runs: [WordRun(text: "III. NGHỊ QUYẾT", bold: true)]))
        let typed = TypedSectionHeadings.marking(WordDocument(blocks: [
            heading, text("1. Ra quân dọn vệ sinh ngõ 15"), text("a) Tổ 1 hoàn thành trước ngày 30/9/2026"),
            text("b) Tổ 2 hoàn thành trước ngày 20/9/2026."), text("2. Vận động hiến máu"),
        ]))
        let items = MinutesImport.resolutionItems(of: typed)
        XCTAssertEqual(items, [
            ResolutionItem(text: "Ra quân dọn vệ sinh ngõ 15",
                           subItems: ["Tổ 1 hoàn thành trước ngày 30/9/2026", "Tổ 2 hoàn thành trước ngày 20/9/2026"]),
            "Vận động hiến máu",
        ])
        let facts = MinutesFacts(lines: ["Thời gian: 19 giờ 30, ngày 05/9/2026"], resolutionItems: items)
        XCTAssertEqual(facts.resolutions, [
            MinutesFacts.Resolution(text: "Ra quân dọn vệ sinh ngõ 15: Tổ 1 hoàn thành trước ngày 30/9/2026; "
                                        + "Tổ 2 hoàn thành trước ngày 20/9/2026",
                                    due: CalendarDate(year: 2026, month: 9, day: 30)),
            MinutesFacts.Resolution(text: "Vận động hiến máu", due: nil),
        ])
        let dashes = TypedSectionHeadings.marking(WordDocument(blocks: [heading, text("- Ra quân dọn vệ sinh"), text("- Vận động hiến máu")]))
        XCTAssertEqual(MinutesImport.resolutionItems(of: dashes), ["Ra quân dọn vệ sinh", "Vận động hiến máu"])
        let letters = TypedSectionHeadings.marking(WordDocument(blocks: [heading, text("a) Ra quân dọn vệ sinh"), text("b) Vận động hiến máu")]))
        XCTAssertEqual(MinutesImport.resolutionItems(of: letters), ["Ra quân dọn vệ sinh", "Vận động hiến máu"])
    }

    /// Sub-items typed with a letter and a dot ("a. Tổ 1 …" under "1. …"), as many clerks type
    /// them, ended the items: the parts were lost with their deadlines, and the resolutions after
    /// them too. Such a letter is a marker when it is "a" or the letter after the one above it
    /// (in the Vietnamese alphabet, "đ" after "d", or the Latin one, "f" after "e"), so a line
    /// opening with an abbreviation ("x. Hòa Thuận …", the commune) still ends the items.
    func testSubItemsTypedWithALetterAndADot() {
        let text = { (text: String) in WordBlock.paragraph(WordParagraph(runs: [WordRun(text: text)])) }
        let heading = WordBlock.paragraph(WordParagraph(runs: [WordRun(text: "III. NGHỊ QUYẾT", bold: true)]))
        let items = { (lines: [String]) in
            MinutesImport.resolutionItems(of: TypedSectionHeadings.marking(WordDocument(blocks: [heading] + lines.map(text))))
        }
        XCTAssertEqual(items(["1. Ra quân dọn vệ sinh ngõ 15", "a. Tổ 1 hoàn thành trước ngày 30/9/2026",
                              "b. Tổ 2 hoàn thành trước ngày 20/9/2026.", "2. Vận động hiến máu"]), [
            ResolutionItem(text: "Ra quân dọn vệ sinh ngõ 15",
                           subItems: ["Tổ 1 hoàn thành trước ngày 30/9/2026", "Tổ 2 hoàn thành trước ngày 20/9/2026"]),
            "Vận động hiến máu",
        ])
        XCTAssertEqual(items(["1. Thăm hỏi các gia đình chính sách", "a. Tổ 1", "b. Tổ 2", "c. Tổ 3", "d. Tổ 4", "đ. Tổ 5",
                              "e. Tổ 6", "f. Tổ 7", "2. Ra quân dọn vệ sinh", "a. Tổ 1", "x. Hòa Thuận hỗ trợ kinh phí."]), [
            ResolutionItem(text: "Thăm hỏi các gia đình chính sách", subItems: ["Tổ 1", "Tổ 2", "Tổ 3", "Tổ 4", "Tổ 5", "Tổ 6", "Tổ 7"]),
            ResolutionItem(text: "Ra quân dọn vệ sinh", subItems: ["Tổ 1"]),
        ])
        XCTAssertEqual(items(["b. Hòa Thuận hỗ trợ kinh phí.", "1. Vận động hiến máu"]), [])
    }

    /// A parent ending in a colon ("Ra quân dọn vệ sinh trước ngày 20/10:", a task: one naming a
    /// field is a group heading, `ResolutionGroupTests`) takes its sub-items after it, with no
    /// second colon.
    func testAParentEndingInAColon() {
        XCTAssertEqual(ResolutionItem(text: "Ra quân dọn vệ sinh trước ngày 20/10:", subItems: ["Tổ 1 dọn ngõ 15", "Tổ 2 dọn ngõ 17"]).fullText,
                       "Ra quân dọn vệ sinh trước ngày 20/10: Tổ 1 dọn ngõ 15; Tổ 2 dọn ngõ 17")
        XCTAssertEqual(ResolutionItem(text: "Vận động hiến máu").fullText, "Vận động hiến máu")
    }
}
