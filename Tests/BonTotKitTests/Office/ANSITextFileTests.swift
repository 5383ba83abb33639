import BonTotKit
import Foundation
import XCTest

/// A branch file or minutes saved by Notepad as "ANSI" on a Vietnamese Windows: the code page
/// (Windows-1258) keeps "â", "ê", "ô", "Đ" as bytes of its own, no UTF-8, and writes every
/// letter it lacks ("ộ", "ấ", "ả") as '?'. The build said the file was likely typed in TCVN3
/// (or Windows-1258) and advised `bontot convert`, which wrote "é?ng Vón B?nh" (read as
/// TCVN3) or kept the '?' without a word: the letters were lost before, and only saving the
/// text again as UTF-8 brings them back. Build and convert now say so, in one message.
final class ANSITextFileTests: FolderTestCase {
    /// `text` as Notepad saves it as "ANSI" on a Vietnamese Windows: the letters Windows-1258
    /// has precomposed as its bytes, every other letter beyond ASCII as '?'.
    static func ansi(_ text: String) -> [UInt8] {
        let codePage: [Character: UInt8] = ["à": 0xE0, "á": 0xE1, "â": 0xE2, "ă": 0xE3, "è": 0xE8, "é": 0xE9, "ê": 0xEA, "í": 0xED,
                                            "ó": 0xF3, "ô": 0xF4, "ơ": 0xF5, "ú": 0xFA, "ư": 0xFD, "đ": 0xF0, "Đ": 0xD0, "Â": 0xC2,
                                            "Ê": 0xCA, "Ô": 0xD4]
        return text.map { character in
            character.isASCII ? character.asciiValue ?? 0x3F : codePage[character] ?? 0x3F
        }
    }

    private let branchFile = "content/branches/ap-1.yaml"
    private let branch = "name: Chi bộ ấp 1\nkind: khu-dan-cu\nsecretary: Đặng Văn Bình\ndeputies: [Lê Thị Hoa]\n"
        + "members: { official: 40, probationary: 2 }\n"

    func testTheBuildTellsABranchFileSavedAsANSIToBeSavedAgainAsUTF8() throws {
        let loaded = try ValidationSite.load("minimal", [branchFile: .bytes(Self.ansi(branch))])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description).count, 1, "\(loaded.diagnostics.sorted)")
        let error = try XCTUnwrap(loaded.diagnostics.sorted.first)
        XCTAssertTrue(error.description.hasPrefix(
            "content/branches/ap-1.yaml:1: error: tệp không phải UTF-8 mà được lưu bằng bảng mã ANSI của Windows, bảng mã này không có "
            + "phần lớn chữ có dấu nên đã ghi chúng thành dấu '?' (như '?p' ở dòng 1; cả tệp có 3 chữ như vậy): các chữ ấy đã mất khỏi tệp"),
            error.description)
        XCTAssertTrue(error.message.contains("hãy mở bản còn đủ chữ bằng Notepad rồi lưu lại với bảng mã UTF-8"), error.message)
        XCTAssertFalse(error.message.contains("TCVN3"), "it is no TCVN3: \(error.message)")
        XCTAssertFalse(error.message.contains("bontot convert"), "converting brings no letter back: \(error.message)")
    }

    func testTheBuildTellsMinutesSavedAsANSIAndAScoreSheetSavedAsCSVInTheCodePage() throws {
        let minutes = "content/minutes/2024/ap-2-2024-09.md"
        let scores = "content/evaluations/2024.csv"
        let sheet = "branch;nhiem-vu-chinh-tri.chi-tieu;nhiem-vu-chinh-tri.tien-do;sinh-hoat;doan-ket-ky-luat;dang-vien;note\r\n"
            + "ap-1;14;14;28;19;18;Tặng Giấy khen của Đảng ủy xã\r\nap-2;12;12;25;17;16;\r\n"
        try assertDiagnostics([
            minutes: .bytes(Self.ansi("---\nbranch: ap-2\ndate: 2024-09-06\nkind: thuong-ky\n---\nChi bộ triển khai nghị quyết tháng 9.\n")),
            scores: .bytes(Self.ansi(sheet)),
        ], [
            .error(minutes, 6, "tệp không phải UTF-8 mà được lưu bằng bảng mã ANSI của Windows"),
            .error(scores, 2, "tệp không phải UTF-8 mà được lưu bằng kiểu \"CSV (Comma delimited)\", kiểu này thay mọi chữ mà bảng mã "
                   + "của máy không có bằng dấu '?' (như 'T?ng' ở dòng 2; cả tệp có 5 chữ như vậy)"),
        ])
    }

    /// A branch file of a few words, one of them lost ("Đ?c"), whose letters kept read as TCVN3
    /// as well ("Công" as "Cụng"): the word lost counts as the syllable it was, so the file is
    /// told as an ANSI save, and `bontot convert` reads it as one.
    func testAShortFileWithOneWordLostIsToldAsANSI() throws {
        let text = "name: Chi bộ Công an xã\nkind: cong-an\nsecretary: Võ Minh Đức\nmembers: { official: 12 }\n"
        try assertDiagnostics([branchFile: .bytes(Self.ansi(text))], [
            .error(branchFile, 3, "tệp không phải UTF-8 mà được lưu bằng bảng mã ANSI của Windows, bảng mã này không có phần lớn chữ "
                   + "có dấu nên đã ghi chúng thành dấu '?' (như 'Đ?c' ở dòng 3)"),
        ])
        let file = folder.appending(path: "ap-1.yaml")
        try Data(Self.ansi(text)).write(to: file)
        XCTAssertEqual(try LegacyFileConversion.convert(file, path: "ap-1.yaml").get().encoding, .legacy(.windows1258))
    }

    /// A file in a legacy encoding that lost no letter is still told to be converted.
    func testALegacyFileWithoutLostLettersIsStillToldToBeConverted() throws {
        try assertDiagnostics([branchFile: .bytes(Self.ansi("name: Chi bô\nkind: khu-dan-cu\nsecretary: Lê Văn\nmembers: { official: 40 }\n"))], [
            .error(branchFile, 1, "tệp không phải UTF-8: có lẽ được gõ bằng bảng mã Windows-1258; chạy 'bontot convert"),
        ])
    }

    /// `bontot convert` of such a file reads it as the code page it was saved in (it took it for
    /// TCVN3: "é?ng Vón"), keeps the letters it had, and says the others were lost.
    func testConvertReadsTheCodePageAndSaysTheLettersWereLost() throws {
        let file = folder.appending(path: "ap-1.yaml")
        try Data(Self.ansi(branch)).write(to: file)
        let outcome = try LegacyFileConversion.convert(file, path: "ap-1.yaml").get()
        XCTAssertEqual(outcome.encoding, .legacy(.windows1258))
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8).split(separator: "\n")[2], "secretary: Đ?ng Văn B?nh")
        XCTAssertTrue(outcome.lostLetters?.description.hasPrefix(
            "ap-1.yaml:1: warning: tệp đã được lưu bằng bảng mã ANSI của Windows trước khi chuyển, bảng mã này đã ghi các chữ có dấu mà "
            + "nó không có thành dấu '?' (như '?p' ở dòng 1; cả tệp có 3 chữ như vậy) và việc chuyển không lấy lại được chúng") == true,
            outcome.lostLetters?.description ?? "nothing said")
        XCTAssertTrue(outcome.lostLetters?.message.contains("lưu lại với bảng mã UTF-8") == true)
    }
}
