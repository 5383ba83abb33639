@testable import BonTotKit
import XCTest

/// Minutes of a conference name the chair "Chủ tọa" in the signatures ("THƯ KÝ | CHỦ TỌA" over
/// the two names) and in the list of those present ("đồng chí A – Bí thư chi bộ chủ tọa"), as
/// they do on the line "Chủ tọa: …". The heading was taken for the recorder's name ("Chủ
/// Tọa"), and the chair of the list was not read.
final class ChairAsChuToaTests: XCTestCase {
    private func facts(_ lines: String...) -> MinutesFacts {
        MinutesFacts(lines: ["BIÊN BẢN HỘI NGHỊ CHI BỘ THÁNG 9 NĂM 2024", "Thời gian: 19h30, ngày 05/9/2024."] + lines, resolutionItems: [])
    }

    func testTheSignaturesUnderChuToaNameTheChairAndTheRecorder() {
        for heading in ["THƯ KÝ\t\tCHỦ TỌA", "THƯ KÝ\t\tCHỦ TOẠ"] {
            let read = facts("Hội nghị kết thúc lúc 21 giờ.", heading, "(Ký, ghi rõ họ tên)", "Võ Thị Kiều\t\tNguyễn Văn Long")
            XCTAssertEqual(read.chair, "Nguyễn Văn Long", heading)
            XCTAssertEqual(read.recorder, "Võ Thị Kiều", heading)
        }
    }

    func testThePresentChairingAsChuToaIsTheChair() {
        let read = facts("Thành phần: đồng chí Nguyễn Văn Long – Bí thư chi bộ chủ tọa; đồng chí Võ Thị Kiều – thư ký.")
        XCTAssertEqual(read.chair, "Nguyễn Văn Long")
        XCTAssertEqual(read.recorder, "Võ Thị Kiều")
    }
}
