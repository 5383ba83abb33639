import BonTotKit
import Foundation
import XCTest

/// Scores saved by Excel as "CSV (Comma delimited)" on a computer whose code page lacks most
/// Vietnamese letters: each became '?' ("Tặng Giấy khen" saved as "T?ng Gi?y khen"). The note
/// went onto the ranking page as it was, and a header "Chi b?" or a branch "Chi b? ?p 1" got an
/// error that blamed the column or the branch, never the way the file was saved. The build now
/// says the letters were lost and how to save the sheet again.
final class LostLettersCSVTests: XCTestCase {
    private let path = "content/evaluations/2024.csv"
    private let header = "branch;nhiem-vu-chinh-tri.chi-tieu;nhiem-vu-chinh-tri.tien-do;sinh-hoat;doan-ket-ky-luat;dang-vien;bonus;penalty;violations;level;note"
    private let others = ["ap-2;12;12;25;17;16;0;0;0;;", "truong-thcs;11;11;21;15;15;0;0;0;;", "cong-an-xa;10;9;17;13;12;0;0;1;;"]

    private func csv(_ rows: [String]) -> FileChange {
        .text(rows.joined(separator: "\r\n") + "\r\n")
    }

    func testANoteWithLettersLostIsTold() throws {
        try assertDiagnostics([path: csv([header, "ap-1;14;14;28;19;18;1,5;0;0;;T?ng Gi?y khen c?a Huy?n ?y"] + others)], [
            .warning(path, 2, "ô 'T?ng Gi?y khen c?a Huy?n ?y' ở cột K có dấu '?' thay cho chữ có dấu: tệp được lưu bằng kiểu "
                     + "\"CSV (Comma delimited)\""),
        ])
    }

    /// Every cell is counted, the first one named: a header and branch names saved so.
    func testLostLettersAreNamedBesideTheErrorsTheyCause() throws {
        let loaded = try ValidationSite.load("minimal", [path: csv([
            "Chi b?;nhiem-vu-chinh-tri.chi-tieu;nhiem-vu-chinh-tri.tien-do;sinh-hoat;doan-ket-ky-luat;dang-vien",
            "Chi b? ?p 1;14;14;28;19;18", "Chi b? ?p 2;12;12;25;17;16", "truong-thcs;11;11;21;15;15", "cong-an-xa;10;9;17;13;12",
        ])])
        let warnings = loaded.diagnostics.sorted.filter { $0.severity == .warning }
        XCTAssertEqual(warnings.count, 1, "\(warnings)")
        let warning = try XCTUnwrap(warnings.first)
        XCTAssertEqual(warning.location.line, 2)
        XCTAssertTrue(warning.message.contains("ô 'Chi b? ?p 1' ở cột A có dấu '?' thay cho chữ có dấu (cả tệp có 2 ô như vậy)"),
                      warning.message)
        XCTAssertTrue(warning.message.contains("hãy mở bảng tính gốc trong Excel và lưu lại bằng \"CSV UTF-8 (Comma delimited)\""),
                      warning.message)
        XCTAssertGreaterThan(loaded.diagnostics.errorCount, 0, "the header is still refused")
    }

    /// A question asked in a note, or a web address, is no lost letter.
    func testAQuestionOrAnAddressInANoteIsNotTold() throws {
        try assertDiagnostics([path: csv([header, "ap-1;14;14;28;19;18;1,5;0;0;;Đề nghị khen? Tặng Giấy khen?", "ap-2;12;12;25;17;16;0;0;0;;Xem https://x.vn/bai?id=3"] + others.dropFirst())], [])
    }
}
