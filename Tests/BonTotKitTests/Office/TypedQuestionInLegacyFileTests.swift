import BonTotKit
import BonTotOffice
import Foundation
import XCTest

/// A question typed with no space after its '?' ("Ai chủ trì?Anh Minh.") in a file typed in
/// TCVN3 or VNI reads, its bytes taken as Windows-1258, as a letter a code page lost ("?Anh" as
/// "đanh"): the build told such a file its letters were lost for good and to type them again,
/// and `bontot convert` read it as Windows-1258, writing "§ång chÝ" for "Đồng chí". The file is
/// still told to be converted, and converted from its own encoding with its '?' as typed.
final class TypedQuestionInLegacyFileTests: FolderTestCase {
    /// `text` as typed with the TCVN3 (ABC) fonts: one byte a letter (small letters only for
    /// those with a tone mark, as the fonts have them).
    static func tcvn3(_ text: String) -> [UInt8] {
        var bytes: [Character: UInt8] = [:]
        for byte in UInt8(0xA1)...0xFF where bytes[Character(LegacyEncoding.tcvn3.decode([byte]))] == nil {
            bytes[Character(LegacyEncoding.tcvn3.decode([byte]))] = byte
        }
        return text.precomposedStringWithCanonicalMapping.map { character in
            character.asciiValue ?? bytes[character] ?? 0x3F
        }
    }

    /// `text` as typed with the VNI fonts: a base letter and its mark bytes (the letters below only).
    static func vni(_ text: String) -> [UInt8] {
        let letters: [Character: [UInt8]] = ["ộ": [0x6F, 0xE4], "ấ": [0x61, 0xE1], "ầ": [0x61, 0xE0], "ă": [0x61, 0xEA], "ư": [0xF6],
                                             "ủ": [0x75, 0xFB], "ì": [0xEC], "í": [0xED]]
        return text.precomposedStringWithCanonicalMapping.flatMap { character in
            character.asciiValue.map { [$0] } ?? letters[character] ?? [0x3F]
        }
    }

    private let minutes = "content/minutes/2024/ap-2-2024-09.md"
    private let minutesText = "---\nbranch: ap-2\ndate: 2024-09-06\nkind: thuong-ky\n---\n"
        + "Đồng chí Bí thư hỏi: ai chủ trì buổi sinh hoạt tháng sau?Anh Minh nhận lời.\n"
        + "Ai chủ trì?Anh Minh. Chi bộ triển khai nghị quyết tháng 9, câu 3?a của đề cương.\n"
    private let branchFile = "content/branches/ap-2.yaml"
    private let branchText = "name: Chi bộ ấp Hai\nkind: khu-dan-cu\nsecretary: Trần Văn Tư\n"
        + "summary: Ai chủ trì?Anh Tư, bí thư chi bộ.\n"

    func testTheBuildStillTellsTheFileToBeConverted() throws {
        try assertDiagnostics([
            minutes: .bytes(Self.tcvn3(minutesText)),
            branchFile: .bytes(Self.vni(branchText)),
        ], [
            .error(minutes, 6, "tệp không phải UTF-8: có lẽ được gõ bằng bảng mã TCVN3 (ABC); chạy 'bontot convert"),
            .error(branchFile, 1, "tệp không phải UTF-8: có lẽ được gõ bằng bảng mã VNI; chạy 'bontot convert"),
        ])
    }

    func testConvertReadsTheFileInItsEncodingAndKeepsItsText() throws {
        for (name, bytes, text, encoding) in [("bien-ban.md", Self.tcvn3(minutesText), minutesText, LegacyEncoding.tcvn3),
                                              ("ap-2.yaml", Self.vni(branchText), branchText, .vni)] {
            let file = folder.appending(path: name)
            try Data(bytes).write(to: file)
            let outcome = try LegacyFileConversion.convert(file, path: name).get()
            XCTAssertEqual(outcome.encoding, .legacy(encoding), name)
            XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), text.precomposedStringWithCanonicalMapping, name)
            XCTAssertNil(outcome.lostLetters, "no letter was lost: \(outcome.lostLetters?.description ?? "")")
        }
    }

    /// A UTF-8 file with Word's quotes pasted as Windows bytes (0x93, 0x94), no UTF-8, and a
    /// question typed so: `bontot convert` read it all as Windows-1258 ("Má»Ÿ" written for
    /// "Mở"); it still cannot tell its encoding and leaves it as it is.
    func testConvertLeavesAUTF8FileWithWindowsQuotesAsItIs() throws {
        let file = folder.appending(path: "bien-ban.md")
        let bytes = Array(minutesText.utf8) + [0x93] + Array("Mở đầu".utf8) + [0x94, 0x0A]
        try Data(bytes).write(to: file)
        guard case .failure(let refusal) = LegacyFileConversion.convert(file, path: "bien-ban.md") else {
            return XCTFail("converted: \((try? String(contentsOf: file, encoding: .utf8)) ?? "")")
        }
        XCTAssertTrue(refusal.message.hasPrefix("không nhận ra bảng mã của tệp"), refusal.message)
        XCTAssertEqual(Array(try Data(contentsOf: file)), bytes)
    }
}
