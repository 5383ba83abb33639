@testable import BonTotKit
import BonTotOffice
import Foundation
import XCTest

/// Resolutions grouped under headings ("1. Về công tác xây dựng Đảng:" with "- Tiếp tục kiện
/// toàn tổ đảng, hoàn thành trước ngày 30/10/2024" under it, `make_group_documents.py`): the
/// heading is no task, each line under it is a resolution of its own with its own deadline, the
/// heading's words before it; a task whose lines under it are its parts stays one resolution.
final class ResolutionGroupTests: SiteCopyTestCase {
    private func text(_ text: String, bold: Bool = false) -> WordBlock {
        .paragraph(WordParagraph(runs: [WordRun(text: text, bold: bold)]))
    }

    private func items(_ blocks: [WordBlock]) -> [ResolutionItem] {
        let heading = WordBlock.paragraph(WordParagraph(runs: [WordRun(text: "III. NGHỊ QUYẾT", bold: true)]))
        return MinutesImport.resolutionItems(of: TypedSectionHeadings.marking(WordDocument(blocks: [heading] + blocks)))
    }

    /// Fails, at the caller's line, unless the minutes imported from the fixture `name` (.docx,
    /// and the .odt LibreOffice saved of it) have as resolutions the first group's two tasks,
    /// `secondGroup` (its lines) and the task with parts, as both fixtures type the first and
    /// the last; and `body` in their body, unchanged.
    private func assertImported(_ name: String, secondGroup: String, body: String,
                                file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = """
            resolutions:
              - { text: "Về công tác xây dựng Đảng: Tiếp tục kiện toàn tổ đảng, hoàn thành trước ngày 30/10/2024", due: 2024-10-30 }
              - "Về công tác xây dựng Đảng: Phân công đảng viên phụ trách hộ"
            \(secondGroup)
              - { text: "Ra quân tổng vệ sinh toàn ấp: Tổ 1 dọn ngõ 15, thời hạn: 20/10/2024; Tổ 2 dọn ngõ 17, thời hạn: 31/10/2024", \
            due: 2024-10-31 }

            """
        for path in [name + ".docx", "opendocument/" + name + ".odt"] {
            let text = try importedMinutes(path)
            XCTAssertTrue(text.contains(expected), "\(path): missing\n\(expected)\nin:\n\(text)", file: file, line: line)
            XCTAssertTrue(text.contains(body), "\(path): the body changed:\n\(text)", file: file, line: line)
        }
    }

    /// The two groups these tests type, in bold, each over a task: their numbers as typed
    /// (`numbers`, "" for none).
    private func twoGroups(numbered numbers: (String, String) = ("", "")) -> [WordBlock] {
        [text(numbers.0 + "Về công tác xây dựng Đảng:", bold: true), text("- Kết nạp 02 đảng viên mới trước ngày 30/12/2026."),
         text(numbers.1 + "Về phát triển kinh tế:", bold: true), text("- Vận động hiến đất làm đường.")]
    }

    /// The resolutions `twoGroups` are read as: each task, its group's words before it.
    private let twoGroupsRead = [
        ResolutionItem(text: "Kết nạp 02 đảng viên mới trước ngày 30/12/2026", group: "Về công tác xây dựng Đảng"),
        ResolutionItem(text: "Vận động hiến đất làm đường", group: "Về phát triển kinh tế"),
    ]

    /// In Word's lists (the tasks a level under their group, or a bullet list of their own
    /// under a numbered group, as AutoFormat makes "- "), the group headings were resolutions
    /// and their tasks one resolution's parts: "Về công tác xây dựng Đảng: Tiếp tục…; Phân
    /// công…" due 30/10, "Phát triển kinh tế:" alone, then each task of it without its group.
    /// Each task is now a resolution with its deadline; the body is unchanged.
    func testGroupedResolutionsInWordLists() throws {
        try assertImported("bien-ban-nghi-quyet-nhom", secondGroup: """
              - { text: "Về phát triển kinh tế: Vận động các hộ chuyển đổi cây trồng, thời hạn: 30/11/2024", due: 2024-11-30 }
              - { text: "Về phát triển kinh tế: Hoàn thành thu Quỹ vì người nghèo trước ngày 15/11/2024", due: 2024-11-15 }
            """, body: "1. Về công tác xây dựng Đảng:\n   - Tiếp tục kiện toàn tổ đảng, hoàn thành trước ngày 30/10/2024.\n")
    }

    /// Typed by hand, "1." and "-" as text: every line was a resolution of its own, the group
    /// headings too, and the parts of "3. Ra quân…" each a resolution. A group may name its
    /// field without a colon ("2. Đối với công tác an sinh xã hội"); a "+" under a task is a
    /// part of it.
    func testGroupedResolutionsTypedByHand() throws {
        try assertImported("bien-ban-nghi-quyet-nhom-go-tay", secondGroup: """
              - { text: "Đối với công tác an sinh xã hội: Hoàn thành thu Quỹ vì người nghèo trước ngày 15/11/2024: \
            Các tổ đảng tổng hợp danh sách trước ngày 10/11/2024", due: 2024-11-15 }
              - "Đối với công tác an sinh xã hội: Thăm hỏi, tặng quà các gia đình chính sách"
            """, body: "- Tiếp tục kiện toàn tổ đảng, hoàn thành trước ngày 30/10/2024.\n\n- Phân công đảng viên phụ trách hộ.\n")
    }

    /// Groups written without a number: a line of their own ("Về phát triển kinh tế:"), or
    /// with a letter ("a) Về …:"); a sentence ending in a colon before the first item still only
    /// leads into them, and one naming no field after the items still ends them.
    func testGroupsWithoutANumber() {
        let leadIn = text("Chi bộ thống nhất các nội dung sau:"), end = text("Giao chi ủy triển khai thực hiện.")
        XCTAssertEqual(items([leadIn] + twoGroups() + [end]), twoGroupsRead)
        XCTAssertEqual(items([
            text("a) Về công tác xây dựng Đảng:"), text("- Kết nạp 02 đảng viên mới."), text("- Sơ kết 6 tháng."),
            text("b) Tổ chức hội nghị nhân dân, thời hạn: 15/12/2026"),
        ]), [
            ResolutionItem(text: "Kết nạp 02 đảng viên mới", group: "Về công tác xây dựng Đảng"),
            ResolutionItem(text: "Sơ kết 6 tháng", group: "Về công tác xây dựng Đảng"),
            "Tổ chức hội nghị nhân dân, thời hạn: 15/12/2026",
        ])
    }

    /// Numbers typed with a slash ("1/ Về công tác xây dựng Đảng:"), as many offices type them:
    /// the first group was passed over as a sentence leading into the items, its tasks came
    /// without it, and the second group ended the items, its tasks lost.
    func testNumbersTypedWithASlash() {
        XCTAssertEqual(items(twoGroups(numbered: ("1/ ", "2/ ")) + [text("3/ Tổ chức hội nghị nhân dân, thời hạn: 15/12/2026")]),
                       twoGroupsRead + ["Tổ chức hội nghị nhân dân, thời hạn: 15/12/2026"])
    }

    /// A parent with a deadline of its own, or whose words are a task, keeps its lines as its
    /// parts, even ending in a colon; a group heading with nothing under it stays an item.
    func testAParentThatIsATask() {
        XCTAssertEqual(items([
            text("1. Vận động ủng hộ Quỹ vì người nghèo, hoàn thành trước ngày 15/11/2026:"),
            text("- Tổ 1: 2 triệu đồng."), text("- Tổ 2: 3 triệu đồng."),
            text("2. Về công tác phòng chống thiên tai"), text("3. Tổ chức ngày hội đại đoàn kết"),
        ]), [
            ResolutionItem(text: "Vận động ủng hộ Quỹ vì người nghèo, hoàn thành trước ngày 15/11/2026:",
                           subItems: ["Tổ 1: 2 triệu đồng", "Tổ 2: 3 triệu đồng"]),
            "Về công tác phòng chống thiên tai", "Tổ chức ngày hội đại đoàn kết",
        ])
        let facts = MinutesFacts(lines: ["Thời gian: 19 giờ 30, ngày 05/9/2026"], resolutionItems: [
            ResolutionItem(text: "Phân công đảng viên phụ trách hộ", subItems: ["Tổ 1 xong trước 30/9"], group: "Về công tác xây dựng Đảng"),
        ])
        XCTAssertEqual(facts.resolutions, [
            MinutesFacts.Resolution(text: "Về công tác xây dựng Đảng: Phân công đảng viên phụ trách hộ: Tổ 1 xong trước 30/9",
                                    due: CalendarDate(year: 2026, month: 9, day: 30)),
        ])
    }
}
