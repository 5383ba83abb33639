import BonTotKit
import BonTotOffice
import Foundation
import XCTest

/// The legacy Vietnamese encodings, checked on words every office types: the bytes below are
/// how Windows-1258, TCVN3 (.VnTime) and VNI (VNI-Times) write them.
final class LegacyEncodingTests: XCTestCase {
    private let words = ["Đảng bộ", "chi bộ", "đảng viên", "Nghị quyết"]

    /// TCVN3: one byte a letter ("§¶ng bé" on screen in a Unicode font).
    private let tcvn3: [[UInt8]] = [
        [0xA7, 0xB6, 0x6E, 0x67, 0x20, 0x62, 0xE9],
        [0x63, 0x68, 0x69, 0x20, 0x62, 0xE9],
        [0xAE, 0xB6, 0x6E, 0x67, 0x20, 0x76, 0x69, 0xAA, 0x6E],
        [0x4E, 0x67, 0x68, 0xDE, 0x20, 0x71, 0x75, 0x79, 0xD5, 0x74],
    ]
    /// VNI: a base letter and its marks ("Ñaûng boä").
    private let vni: [[UInt8]] = [
        [0xD1, 0x61, 0xFB, 0x6E, 0x67, 0x20, 0x62, 0x6F, 0xE4],
        [0x63, 0x68, 0x69, 0x20, 0x62, 0x6F, 0xE4],
        [0xF1, 0x61, 0xFB, 0x6E, 0x67, 0x20, 0x76, 0x69, 0x65, 0xE2, 0x6E],
        [0x4E, 0x67, 0x68, 0xF2, 0x20, 0x71, 0x75, 0x79, 0x65, 0xE1, 0x74],
    ]
    /// Windows-1258: letters with their shape (ô, ê) precomposed, tone marks combining after.
    private let windows1258: [[UInt8]] = [
        [0xD0, 0x61, 0xD2, 0x6E, 0x67, 0x20, 0x62, 0xF4, 0xF2],
        [0x63, 0x68, 0x69, 0x20, 0x62, 0xF4, 0xF2],
        [0xF0, 0x61, 0xD2, 0x6E, 0x67, 0x20, 0x76, 0x69, 0xEA, 0x6E],
        [0x4E, 0x67, 0x68, 0x69, 0xF2, 0x20, 0x71, 0x75, 0x79, 0xEA, 0xEC, 0x74],
    ]

    private var samples: [(LegacyEncoding, [[UInt8]])] { [(.tcvn3, tcvn3), (.vni, vni), (.windows1258, windows1258)] }

    func testKnownWordsDecodeToUnicode() {
        for (encoding, samples) in samples {
            XCTAssertEqual(samples.map { encoding.decode($0) }, words, encoding.displayName)
            for (decoded, word) in zip(samples.map { encoding.decode($0) }, words) {
                XCTAssertEqual(Array(decoded.unicodeScalars), Array(word.precomposedStringWithCanonicalMapping.unicodeScalars),
                               "precomposed (NFC), as typed with Unikey: \(encoding.displayName)")
            }
        }
    }

    func testTextInALegacyFontConvertsAndHFontsShowCapitals() {
        // Word stores the text of a .VnTime run as the characters of its bytes in Latin-1.
        let latin1 = String(tcvn3[0].map { Character(Unicode.Scalar($0)) })
        XCTAssertEqual(latin1, "§¶ng bé")
        XCTAssertEqual(LegacyEncoding.tcvn3.convert(fontText: latin1), "Đảng bộ")
        XCTAssertEqual(LegacyEncoding.tcvn3.convert(fontText: latin1, capitals: true), "ĐẢNG BỘ")
        XCTAssertEqual(LegacyEncoding.vni.convert(fontText: "Ñaûng boä"), "Đảng bộ")
        XCTAssertTrue(LegacyEncoding.of(font: ".VnTime")! == (.tcvn3, false))
        XCTAssertTrue(LegacyEncoding.of(font: ".VnTimeH")! == (.tcvn3, true))
        XCTAssertTrue(LegacyEncoding.of(font: "VNI-Times")! == (.vni, false))
        XCTAssertNil(LegacyEncoding.of(font: "Times New Roman"))
    }

    func testTheLikelyEncodingIsNamed() {
        for (encoding, samples) in samples {
            let sentence = samples.joined(separator: Array(", ".utf8))
            XCTAssertEqual(LegacyEncodingDetector.guess(Array(sentence)), encoding, encoding.displayName)
        }
        XCTAssertNil(LegacyEncodingDetector.guess([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0xD8, 0xFF]))
    }

    /// A TCVN3 or VNI text saved from Word as text holds Word's quotes and dashes as Windows
    /// writes them (0x93 “, 0x94 ”, 0x96 –): they were control characters, unseen on the page.
    func testWindowsPunctuationInATCVN3OrVNITextFileIsKept() {
        let quoted = [0x93] + tcvn3[2] + [0x20, 0x96, 0x20] + tcvn3[1] + [0x94]
        XCTAssertEqual(LegacyEncoding.tcvn3.decode(quoted), "“đảng viên – chi bộ”")
        XCTAssertEqual(LegacyEncoding.vni.decode([0x93] + vni[0] + [0x94, 0x85]), "“Đảng bộ”…")
    }

    /// A score sheet whose only Vietnamese word is "Tốt", in TCVN3 "Tèt", which is no syllable in
    /// Windows-1258 (a syllable ending in t takes no grave tone): TCVN3.
    func testAFewWordsBothTCVN3AndWindows1258AreTakenAsTCVN3() {
        let sheet = Array("khu-dan-cu-so-1;28;27;19;18;2;0;0;T".utf8) + [0xE8, 0x74, 0x0A]
        XCTAssertEqual(LegacyEncodingDetector.guess(sheet), .tcvn3)
        XCTAssertEqual(LegacyEncoding.tcvn3.decode(sheet), "khu-dan-cu-so-1;28;27;19;18;2;0;0;Tốt\n")
    }

    /// Short files saved in Windows-1258 by Excel or Notepad (precomposed letters, tones as
    /// combining marks after them) are Windows-1258: "Tốt" was taken for VNI ("Tơìt"), a branch's
    /// name and secretary for VNI ("Chi bơị khu dân cý sơì 21"), "Hùng", "Khá", "Lê Văn Tám" for TCVN3
    /// ("Hựng", "Khỏ", "Lờ Vón Tỏm").
    func testAFewWordsInWindows1258AreTakenAsWindows1258() {
        let files: [String: [UInt8]] = [
            "chi-bo-1;Tốt\n": Array("chi-bo-1;T".utf8) + [0xF4, 0xEC, 0x74, 0x0A],
            "name: Chi bộ khu dân cư số 21\nsecretary: Phạm Văn Long\n": Array("name: Chi b".utf8) + [0xF4, 0xF2]
                + Array(" khu d".utf8) + [0xE2] + Array("n c".utf8) + [0xFD] + Array(" s".utf8) + [0xF4, 0xEC]
                + Array(" 21\nsecretary: Ph".utf8) + [0x61, 0xF2] + Array("m V".utf8) + [0xE3] + Array("n Long\n".utf8),
            "Hùng\n": Array("H".utf8) + [0xF9] + Array("ng\n".utf8),
            "chi-bo-1;Khá\n": Array("chi-bo-1;Kh".utf8) + [0xE1, 0x0A],
            "secretary: Lê Văn Tám\n": Array("secretary: L".utf8) + [0xEA] + Array(" V".utf8) + [0xE3] + Array("n T".utf8) + [0xE1]
                + Array("m\n".utf8),
        ]
        for (text, bytes) in files {
            XCTAssertEqual(LegacyEncodingDetector.guess(bytes), .windows1258, text)
            XCTAssertEqual(LegacyEncoding.windows1258.decode(bytes), text)
        }
    }

    func testTheLoaderNamesTheEncodingOfAMinutesFile() throws {
        let path = "content/minutes/2024/ap-2-2024-10.md"
        for (encoding, samples) in samples {
            let body = samples.joined(separator: Array(" ".utf8))
            let bytes = Array("---\nbranch: ap-2\ndate: 2024-10-05\nkind: thuong-ky\n---\n".utf8) + body + [0x0A]
            let root = try ValidationSite.make("minimal", [path: .bytes(bytes)])
            defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
            let lines = SiteLoader.load(root: root).diagnostics.sorted.map(\.description)
            XCTAssertEqual(lines.count, 1, lines.joined(separator: "\n"))
            XCTAssertTrue(lines[0].hasPrefix("\(path):6: error: tệp không phải UTF-8: có lẽ được gõ bằng bảng mã \(encoding.displayName); chạy 'bontot convert \(path)'"),
                          lines[0])
        }
    }

    func testConvertRewritesAsUTF8AndKeepsTheOriginal() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "bontot-convert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "nghi-quyet.md")
        let bytes = vni.joined(separator: Array("\n".utf8))
        try Data(bytes).write(to: file)

        let outcome = try LegacyFileConversion.convert(file, path: "nghi-quyet.md").get()
        XCTAssertEqual(outcome.encoding, .legacy(.vni))
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), words.joined(separator: "\n"))
        XCTAssertEqual(try Data(contentsOf: folder.appending(path: "nghi-quyet.md.orig")), Data(bytes))

        let again = LegacyFileConversion.convert(file, path: "nghi-quyet.md")
        XCTAssertEqual(again.failureDescription, "nghi-quyet.md:1: warning: tệp đã là UTF-8, không cần chuyển / the file is UTF-8 already; nothing done")
        try Data(tcvn3[0]).write(to: file)
        XCTAssertTrue(LegacyFileConversion.convert(file, path: "nghi-quyet.md").failureDescription?.contains("đã có nghi-quyet.md.orig") == true,
                      "an earlier original is never overwritten")
        XCTAssertEqual(try Data(contentsOf: file), Data(tcvn3[0]))
    }

    /// `bontot convert bien-ban.docx` (a minutes typed in .VnTime) said "cannot tell the file's
    /// encoding: name it with --from", and with --from would have spoilt a copy of the document:
    /// a Word or Excel document is refused, saying what reads it.
    func testConvertRefusesAWordOrExcelDocument() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "bontot-convert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in [("bien-ban.docx", try OfficeFixtures.data("bien-ban-vntime.docx")),
                              ("diem.xls", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))] {
            let file = folder.appending(path: name)
            try bytes.write(to: file)
            for encoding in [nil, LegacyEncoding.tcvn3] {
                let result = LegacyFileConversion.convert(file, path: name, encoding: encoding)
                XCTAssertEqual(result.failureDescription?.hasPrefix("\(name): error: tệp là tài liệu Word/Excel, không phải tệp văn bản"), true,
                               result.failureDescription ?? "converted")
                XCTAssertEqual(try Data(contentsOf: file), bytes)
                XCTAssertFalse(FileManager.default.fileExists(atPath: file.path + ".orig"))
            }
        }
    }
}

private extension Result where Failure == Diagnostic {
    var failureDescription: String? {
        if case .failure(let diagnostic) = self { return diagnostic.description }
        return nil
    }
}
