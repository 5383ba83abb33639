@testable import BonTotKit
import XCTest

/// Minutes that name the chair and recorder only in the signatures at the end ("THƯ KÝ | CHỦ
/// TRÌ" over the names) have them read from there (SPEC §1 `chair:`, `recorder:`), and only when
/// no other line names them.
final class SignatureBlockTests: XCTestCase {
    private let body = ["BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026", "Thời gian: 19 giờ 30, ngày 08/10/2026",
                        "Có mặt: 26/28 đồng chí.", "Chi bộ thống nhất thực hiện các nội dung sau.",
                        "Buổi sinh hoạt kết thúc lúc 21 giờ cùng ngày. Biên bản đã được thông qua trước chi bộ."]

    private func people(_ ending: [String], before: [String] = []) -> String {
        let facts = MinutesFacts(lines: before + body + ending, resolutionItems: [])
        return "\(facts.chair ?? "-") / \(facts.recorder ?? "-")"
    }

    func testTheChairAndRecorderOfTheSignatures() {
        // A two-column table, its cells row by row, either way round.
        XCTAssertEqual(people(["THƯ KÝ", "CHỦ TRÌ", "Võ Thị Kiều", "Nguyễn Văn Long"]), "Nguyễn Văn Long / Võ Thị Kiều")
        XCTAssertEqual(people(["CHỦ TRÌ", "THƯ KÝ", "NGUYỄN VĂN LONG", "VÕ THỊ KIỀU"]), "Nguyễn Văn Long / Võ Thị Kiều")
        // Paragraphs, with what stands between a heading and its name.
        XCTAssertEqual(people(["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "Nguyễn Văn Long", "THƯ KÝ", "(Ký, ghi rõ họ tên)", "Võ Thị Kiều"]),
                       "Nguyễn Văn Long / Võ Thị Kiều")
        XCTAssertEqual(people(["T/M CHI BỘ", "BÍ THƯ", "CHỦ TRÌ", "Nguyễn Văn Long"]), "Nguyễn Văn Long / -")
        // A line naming them wins.
        XCTAssertEqual(people(["THƯ KÝ", "CHỦ TRÌ", "Võ Thị Kiều", "Nguyễn Văn Long"], before: ["Chủ trì: đồng chí Phạm Văn Hùng"]),
                       "Phạm Văn Hùng / Võ Thị Kiều")
        // A heading with no name: neither is guessed.
        XCTAssertEqual(people(["THƯ KÝ", "CHỦ TRÌ", "Nguyễn Văn Long"]), "- / -")
        XCTAssertEqual(people(["THƯ KÝ", "CHỦ TRÌ", "(đã ký)", "(đã ký)"]), "- / -")
        // A heading far above the end is not the signatures'.
        XCTAssertEqual(people(["CHỦ TRÌ", "Nguyễn Văn Long"] + Array(repeating: "Chi bộ thảo luận.", count: 12)), "- / -")
    }
}
