import BonTotKit
import BonTotOffice
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

/// Notes a clerk types with a '?' before a letter, in a file saved as "CSV UTF-8": no letter
/// was lost, and saving the sheet again as the warning asked would not silence it.
final class LostLettersFalseAlarmTests: XCTestCase {
    private let path = "content/evaluations/2024.csv"
    private let header = "branch;nhiem-vu-chinh-tri.chi-tieu;nhiem-vu-chinh-tri.tien-do;sinh-hoat;doan-ket-ky-luat;dang-vien;bonus;penalty;violations;level;note"

    private func csv(_ notes: [String]) -> FileChange {
        let branches = ["ap-1;14;14;28;19;18;0;0;0;;", "ap-2;12;12;25;17;16;0;0;0;;", "truong-thcs;11;11;21;15;15;0;0;0;;",
                        "cong-an-xa;10;9;17;13;12;0;0;1;;"]
        let rows = zip(branches, notes + Array(repeating: "", count: branches.count)).map { $0 + $1 }
        return .text(([header] + rows).joined(separator: "\r\n") + "\r\n")
    }

    /// A question run into its answer, or into the next sentence, in a file that holds
    /// Vietnamese letters: a file Excel saved in a code page is never read as UTF-8 with them.
    func testAQuestionRunIntoTheNextWordIsNotTold() throws {
        try assertDiagnostics([path: csv(["Có đạt không?Có", "Hỏi?Đáp", "Ghi \"Đạt?\"Có"])], [])
    }

    /// An address without its 'https://', in a file of plain letters.
    func testAnAddressWithoutItsSchemeIsNotTold() throws {
        try assertDiagnostics([path: csv(["Xem www.x.vn/bai?id=3", "x.vn/tin?so=4 va https://y.vn/a?b=1"])], [])
    }

    /// A cell with letters lost is still told when an address stands beside it.
    func testLostLettersBesideAnAddressAreTold() throws {
        let loaded = try ValidationSite.load("minimal", [path: csv(["T?ng Gi?y khen, xem https://x.vn/bai?id=3"])])
        let warnings = loaded.diagnostics.sorted.filter { $0.severity == .warning }
        XCTAssertEqual(warnings.count, 1, "\(warnings)")
        XCTAssertTrue(warnings.first?.message.contains("có dấu '?' thay cho chữ có dấu") == true, "\(warnings)")
    }
}

/// A '?' before a letter in a note of plain letters (a file of ASCII alone, as one Excel saved in
/// a code page may be) is told only when the word around it reads as a Vietnamese syllable with
/// the '?' a lost letter ("T?ng", "Th?n", "?p"): "Q?A" typed in a note was told, and the clerk
/// was asked to save again a sheet that had lost nothing.
final class LostLettersSyllableTests: XCTestCase {
    private let path = "content/evaluations/2024.csv"
    private let header = "branch;nhiem-vu-chinh-tri.chi-tieu;nhiem-vu-chinh-tri.tien-do;sinh-hoat;doan-ket-ky-luat;dang-vien;bonus;penalty;violations;level;note"

    /// The sheet with `notes` on its rows, in order; `marked` with the byte-order mark "CSV UTF-8" writes.
    private func csv(_ notes: [String], marked: Bool = false) -> FileChange {
        let branches = ["ap-1;14;14;28;19;18;0;0;0;;", "ap-2;12;12;25;17;16;0;0;0;;", "truong-thcs;11;11;21;15;15;0;0;0;;",
                        "cong-an-xa;10;9;17;13;12;0;0;1;;"]
        let rows = zip(branches, notes + Array(repeating: "", count: branches.count)).map { $0 + $1 }
        let text = ([header] + rows).joined(separator: "\r\n") + "\r\n"
        return marked ? .bytes([0xEF, 0xBB, 0xBF] + Array(text.utf8)) : .text(text)
    }

    func testAQuestionTypedBetweenLettersIsNotTold() throws {
        try assertDiagnostics([path: csv(["Q?A", "why? OK?Yes", "Hoi?Dap: Dat?Co", "A?B"])], [])
    }

    /// Words of the office's that lost letters are told, a single one too ("Th?n").
    func testTheOfficesWordsWithLettersLostAreTold() throws {
        try assertDiagnostics([path: csv(["Chi b? Th?n 1"])], [.warning(path, 2, "ô 'Chi b? Th?n 1' ở cột K có dấu '?' thay cho chữ có dấu")])
        try assertDiagnostics([path: csv(["Khen th??ng: T?ng Gi?y khen c?a ??ng ?y x?"])], [
            .warning(path, 2, "ô 'Khen th??ng: T?ng Gi?y khen c?a ??ng ?y x?' ở cột K có dấu '?' thay cho chữ có dấu"),
        ])
    }

    /// A '?' typed before a word with a capital ("Y kien ?Anh Ba", "?Em Tu bao cao") reads as
    /// "đanh", "đem": a letter a code page lost is followed by small letters ("T?ng", "?y"), or,
    /// in a word in capitals, by capitals ("??NG", "?Y BAN"), never by a capital and then small ones.
    func testAQuestionTypedBeforeACapitalizedWordIsNotTold() throws {
        try assertDiagnostics([path: csv(["Y kien ?Anh Ba", "?Em Tu bao cao"])], [])
        for word in ["?Anh", "?Em", "(?Ong"] { XCTAssertFalse(LostLetters.inWord(word), word) }
        for word in ["??NG", "?Y", "HUY?N", "Đ?NG", "?y"] { XCTAssertTrue(LostLetters.inWord(word), word) }
    }

    func testTheRuleReadsEachWordAsOneSyllable() {
        for word in ["T?ng", "Gi?y", "c?a", "Huy?n", "?y", "Th?n", "?p", "??ng", "?i?m", "tr??ng", "Ngh?a", "quy?t", "HUY?N", "(?p", "c?a?"] {
            XCTAssertTrue(LostLetters.inWord(word), word)
        }
        for word in ["Q?A", "why?", "OK?Yes", "Hoi?Dap", "A?B", "b?", "x.vn/tin?so=4", "abc?def", "?"] {
            XCTAssertFalse(LostLetters.inWord(word), word)
        }
    }
}

/// A CSV that begins with a byte-order mark was saved as "CSV UTF-8", which keeps every letter;
/// but a sheet opened from a "CSV (Comma delimited)" that had lost its letters, and saved so,
/// keeps the '?' of a file of plain letters: it was silent, the page printed "Chi b? Th?n 1".
/// It is told that the letters were lost before, which saving again does not mend.
final class LostLettersMarkedCSVTests: XCTestCase {
    private let path = "content/evaluations/2024.csv"
    private let rows = ["branch;nhiem-vu-chinh-tri.chi-tieu;nhiem-vu-chinh-tri.tien-do;sinh-hoat;doan-ket-ky-luat;dang-vien;note",
                        "ap-1;14;14;28;19;18;Chi b? Th?n 1", "ap-2;12;12;25;17;16;", "truong-thcs;11;11;21;15;15;", "cong-an-xa;10;9;17;13;12;"]

    func testACSVSavedAsCSVUTF8AfterItsLettersWereLostIsToldTheyWereLostBefore() throws {
        let text = Array((rows.joined(separator: "\r\n") + "\r\n").utf8)
        let loaded = try ValidationSite.load("minimal", [path: .bytes([0xEF, 0xBB, 0xBF] + text)])
        assertDiagnostics(loaded, [.warning(path, 2, "ô 'Chi b? Th?n 1' ở cột G có dấu '?' thay cho chữ có dấu: các chữ ấy đã mất "
                                            + "trước khi tệp được lưu bằng kiểu \"CSV UTF-8\"")])
        let message = loaded.diagnostics.sorted.first?.message ?? ""
        XCTAssertTrue(message.contains("lưu lại lần nữa cũng không lấy lại được; hãy gõ lại các chữ ấy"), message)
        XCTAssertFalse(message.contains("hãy mở bảng tính gốc trong Excel và lưu lại"), "saved so already: \(message)")
        try assertDiagnostics([path: .bytes(text)], [.warning(path, 2, "có dấu '?' thay cho chữ có dấu: tệp được lưu bằng kiểu "
                                                             + "\"CSV (Comma delimited)\"")])
    }

    /// A '?' in a "CSV UTF-8" that holds letters beyond ASCII was typed, as before.
    func testACSVUTF8WithTheLettersItKeptIsNotTold() throws {
        let text = Array((rows.joined(separator: "\r\n").replacingOccurrences(of: "ap-2;12;12;25;17;16;", with: "ap-2;12;12;25;17;16;Đạt")
                          + "\r\n").utf8)
        try assertDiagnostics([path: .bytes([0xEF, 0xBB, 0xBF] + text)], [])
    }
}

/// Notes of plain letters with a '?' typed before a word: after a question's number ("câu 3?a"),
/// or before a word alone ("?ai", who?). They read as syllables with the '?' a lost letter
/// ("đa", "đai") and were told; a '?' after a digit is typed, and a '?' only before a word is
/// told beside another such word or a word that ends with a lost letter ("?a s?", "đa số").
extension LostLettersSyllableTests {
    func testAQuestionMarkAfterANumberOrBeforeOneWordIsNotTold() throws {
        try assertDiagnostics([path: csv(["Xem lai cau 3?a"])], [])
        try assertDiagnostics([path: csv(["Nguoi phu trach: ?ai"])], [])
        try assertDiagnostics([path: csv(["cau 3?a", "?ai", "Cau 2?b"])], [])
    }

    func testWordsThatLostTheirFirstLetterAreToldTogether() throws {
        try assertDiagnostics([path: csv(["Tan thanh ?a s?"])], [.warning(path, 2, "ô 'Tan thanh ?a s?' ở cột K có dấu '?' thay cho chữ có dấu")])
        try assertDiagnostics([path: csv(["?y ban", "Hop ?p"])], [.warning(path, 2, "ô '?y ban' ở cột K có dấu '?' thay cho chữ có dấu (cả tệp có 2 ô như vậy)")])
        try assertDiagnostics([path: csv(["?ai", "T?ng Gi?y khen"])], [.warning(path, 2, "ô '?ai' ở cột K có dấu '?' thay cho chữ có dấu (cả tệp có 2 ô như vậy)")])
    }
}
