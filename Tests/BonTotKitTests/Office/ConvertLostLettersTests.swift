import BonTotKit
import Foundation
import XCTest

/// `bontot convert` of scores Excel saved as "CSV (Comma delimited)" on a Vietnamese Windows:
/// the file is in Windows-1258, and every letter that code page lacks was written as '?'
/// ("Tặng" as "T?ng"). Converting said only "đã chuyển … sang UTF-8", and the clerk took the
/// '?' for something the conversion would mend; it now says the letters are lost and how to
/// save the sheet again, as the build does (`LostLettersCSVTests`).
final class ConvertLostLettersTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "bontot-convert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }

    /// The sheet's rows in Windows-1258 (Đ is 0xD0, ô 0xF4), `note` the last cell of ap-1's row.
    private func converted(_ name: String, note: String) throws -> LegacyFileConversion.Outcome {
        let text = "branch,sinh-hoat,note\r\nap-1,28,\(note)\r\nap-2,25,\r\n"
        let bytes = text.unicodeScalars.map { scalar -> UInt8 in
            switch scalar { case "Đ": 0xD0; case "ô": 0xF4; default: UInt8(scalar.value) }
        }
        let file = folder.appending(path: name)
        try Data(bytes).write(to: file)
        return try LegacyFileConversion.convert(file, path: name, encoding: .windows1258).get()
    }

    func testConvertingACSVWhoseLettersWereLostSaysSo() throws {
        let outcome = try converted("2024.csv", note: "Đ?ng ?y x? t?ng Gi?y khen cho chi bô")
        XCTAssertEqual(outcome.lostLetters?.description.hasPrefix(
            "2024.csv:2: warning: ô 'Đ?ng ?y x? t?ng Gi?y khen cho chi bô' ở cột C có dấu '?' thay cho chữ có dấu: "
            + "tệp được lưu bằng kiểu \"CSV (Comma delimited)\""), true, outcome.lostLetters?.description ?? "nothing said")
        XCTAssertTrue(outcome.lostLetters?.message.contains("lưu lại bằng \"CSV UTF-8 (Comma delimited)\"") == true)
        XCTAssertEqual(try String(contentsOf: folder.appending(path: "2024.csv"), encoding: .utf8).split(separator: "\r\n")[1],
                       "ap-1,28,Đ?ng ?y x? t?ng Gi?y khen cho chi bô", "the file is converted all the same")
    }

    /// A question in a note, or a web address, is no lost letter.
    func testAQuestionOrAnAddressSaysNothing() throws {
        XCTAssertNil(try converted("2024.csv", note: "Đô thi? Xem https://x.vn/bai?id=3").lostLetters)
    }
}
