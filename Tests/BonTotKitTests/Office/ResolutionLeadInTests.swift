@testable import BonTotKit
import BonTotOffice
import Foundation
import XCTest

/// A task that leads into its parts ("1. Ra quân tổng vệ sinh toàn ấp, cụ thể:" over "- Tổ 1 dọn
/// ngõ 15, thời hạn: 20/10/2024", `make_lead_in_documents.py`): one resolution whose parts follow
/// its words, due when the latest part is, not a group heading whose lines are resolutions each
/// prefixed with its words; a group heading naming a field stays a group.
final class ResolutionLeadInTests: SiteCopyTestCase {
    private func items(_ lines: [String]) -> [ResolutionItem] {
        let blocks = (["III. NGHỊ QUYẾT"] + lines).map { WordBlock.paragraph(WordParagraph(runs: [WordRun(text: $0)])) }
        return MinutesImport.resolutionItems(of: TypedSectionHeadings.marking(WordDocument(blocks: blocks)))
    }

    /// The resolutions both fixtures have, `festival` the last one's words (the hand-typed one
    /// writes "bao gồm" without a comma before it).
    private func expected(festival: String) -> String {
        """
        resolutions:
          - { text: "Ra quân tổng vệ sinh toàn ấp, cụ thể: Tổ 1 dọn ngõ 15, thời hạn: 20/10/2024; \
        Tổ 2 dọn ngõ 17, thời hạn: 31/10/2024", due: 2024-10-31 }
          - { text: "Về công tác xây dựng Đảng: Tiếp tục kiện toàn tổ đảng, hoàn thành trước ngày 30/10/2024", due: 2024-10-30 }
          - "Về công tác xây dựng Đảng: Phân công đảng viên phụ trách hộ"
          - { text: "Vận động ủng hộ Quỹ vì người nghèo như sau: Tổ 1 vận động 2 triệu đồng; \
        Tổ 2 vận động 3 triệu đồng, hoàn thành trước ngày 15/11/2024", due: 2024-11-15 }
          - "\(festival) Hội thi văn nghệ giữa các tổ; Giải bóng chuyền nam nữ"

        """
    }

    /// Fails unless the minutes imported from the fixture `name` (.docx, and the .odt
    /// LibreOffice saved of it) have the resolutions `expected`.
    private func assertImported(_ name: String, festival: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = expected(festival: festival)
        for path in [name + ".docx", "opendocument/" + name + ".odt"] {
            let text = try importedMinutes(path)
            XCTAssertTrue(text.contains(expected), "\(path): missing\n\(expected)\nin:\n\(text)", file: file, line: line)
        }
    }

    /// In Word's lists, the parts a level under the task or a bullet list of their own under it:
    /// each part was a resolution of its own, "Ra quân tổng vệ sinh toàn ấp, cụ thể: Tổ 1 …" and
    /// "Ra quân tổng vệ sinh toàn ấp, cụ thể: Tổ 2 …", the bulletin counting two tasks falling due.
    func testATaskLeadingIntoItsPartsInWordListsIsOneResolution() throws {
        try assertImported("bien-ban-nghi-quyet-cu-the", festival: "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc, bao gồm:")
    }

    /// Typed by hand, "1." and "-" as text, a lead-in with or without a comma before it.
    func testATaskLeadingIntoItsPartsTypedByHandIsOneResolution() throws {
        try assertImported("bien-ban-nghi-quyet-cu-the-go-tay", festival: "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc bao gồm:")
    }

    /// Every lead-in word, as the line's last words before its colon, makes a task of the line;
    /// a line ending in a colon after other words, or naming a field, is still a group heading.
    func testWhichLinesLeadIntoTheirParts() {
        for head in ["Kiện toàn Ban Chỉ đạo, thành phần gồm:", "Kiện toàn tổ công tác gồm có:", "Tổ chức hội nghị, bao gồm:",
                     "Phân công nhiệm vụ cụ thể như sau:", "Rà soát hộ nghèo, cụ thể là:", "Ra quân dọn vệ sinh, cụ thể :",
                     "Vận động ủng hộ 50 triệu đồng, trong đó:", "Tổ chức các hoạt động như:", "Thực hiện các việc sau đây:",
                     "Tổ chức Đại hội chi bộ với các nội dung sau:", "Phân công như sau::"] {
            XCTAssertEqual(items(["1. " + head, "- Tổ 1.", "- Tổ 2.", "2. Vận động hiến máu"]),
                           [ResolutionItem(text: head, subItems: ["Tổ 1", "Tổ 2"]), "Vận động hiến máu"], head)
        }
        for head in ["Xây dựng Đảng:", "Tổng kết công tác thi đua năm:", "Công tác phòng, chống thiên tai:",
                     "Công tác cụ thể hóa:", "Về công tác an sinh xã hội, cụ thể:", "Lĩnh vực kinh tế, gồm:"] {
            var group = head
            group.removeLast()
            XCTAssertEqual(items(["1. " + head, "- Tổ 1.", "- Tổ 2.", "2. Vận động hiến máu"]),
                           [ResolutionItem(text: "Tổ 1", group: group), ResolutionItem(text: "Tổ 2", group: group), "Vận động hiến máu"],
                           head)
        }
    }

    /// A lead-in typed as a heading without a marker ("Đối với công tác an sinh xã hội, cụ thể:")
    /// still heads the tasks after it, and a sentence leading into the items still only leads.
    func testUnmarkedLinesAreUnchanged() {
        XCTAssertEqual(items(["Chi bộ thống nhất các nội dung sau:", "Đối với công tác an sinh xã hội, cụ thể:",
                              "- Thăm hỏi các gia đình chính sách.", "- Vận động hiến máu."]), [
            ResolutionItem(text: "Thăm hỏi các gia đình chính sách", group: "Đối với công tác an sinh xã hội, cụ thể"),
            ResolutionItem(text: "Vận động hiến máu", group: "Đối với công tác an sinh xã hội, cụ thể"),
        ])
    }
}
