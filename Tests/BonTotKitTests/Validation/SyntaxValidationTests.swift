import BonTotKit
import XCTest

/// Files that cannot be read as YAML or as UTF-8 are reported on the file's own line.
final class SyntaxValidationTests: XCTestCase {
    private let branch = "content/branches/cong-an-xa.yaml"
    private let minutes = "content/minutes/2024/ap-2-2024-10.md"

    /// Yams numbers lines from 1 (libyaml's 0-based marks plus one): a value on the third line
    /// of a file is reported on line 3, not 2 or 4.
    func testYamsMarksAreOneBased() throws {
        try assertDiagnostics([branch: "name: Chi bộ Công an xã\nkind: cong-an\nsecretray: Võ Minh Tâm\n"],
                              [.warning(branch, 3, "unknown field 'secretray'")])
        try assertDiagnostics([branch: "name: Chi bộ Công an xã\nkind: cong-an\n\tsecretary: Võ Minh Tâm\n"],
                              [.error(branch, 3, "YAML syntax error")])
    }

    func testMissingColonIsReportedOnItsOwnLine() throws {
        try assertDiagnostics([branch: "name: Chi bộ Công an xã\nkind cong-an\nsecretary: Võ Minh Tâm\n"],
                              [.error(branch, 2, "thiếu dấu ':'")])
    }

    func testUnclosedQuoteIsReportedWhereItOpens() throws {
        try assertDiagnostics([branch: "name: Chi bộ Công an xã\nkind: cong-an\nsecretary: \"Võ Minh Tâm\naddress: Hòa Thuận\n"],
                              [.error(branch, 3, "ngoặc kép")])
    }

    func testUnclosedFlowMappingIsReportedWhereItOpens() throws {
        try assertDiagnostics([branch: "name: Chi bộ Công an xã\nkind: cong-an\nmembers: { official: 9\nsecretary: Võ Minh Tâm\n"],
                              [.error(branch, 3, "thiếu ',' hoặc '}'")])
    }

    func testBadIndentationIsReportedOnTheIndentedLine() throws {
        try assertDiagnostics([branch: "name: Chi bộ Công an xã\nkind: cong-an\nsecretary: Võ Minh Tâm\n  deputies: [Lê Văn Tư]\n"],
                              [.error(branch, 4, "YAML syntax error")])
    }

    /// A mistake libyaml notices on a later line is reported at the faulty line; the English gist
    /// says where libyaml noticed it, as that ("noticed at line 3", "at the end of the file"),
    /// not as a second line of the mistake. The Vietnamese names no line, and is left so.
    func testTheLineWhereLibyamlNoticedAMistakeIsSaidToBeThat() throws {
        func messages(_ text: String, in file: String) throws -> [String] {
            let loaded = try ValidationSite.load("minimal", [file: .text(text)])
            return loaded.diagnostics.sorted.filter { $0.severity == .error }.map { "\($0.location.line): \($0.message)" }
        }
        XCTAssertEqual(try messages("name: Chi bộ Công an xã\nkind cong-an\nsecretary: Võ Minh Tâm\n", in: branch), [
            "2: lỗi cú pháp YAML: thiếu dấu ':' sau tên trường / YAML syntax error: while scanning a simple key could not find "
                + "expected ':' (noticed at line 3)",
        ])
        XCTAssertEqual(try messages("name: Chi bộ Công an xã\nkind: cong-an\nsecretary: \"Võ Minh Tâm\n", in: branch), [
            "3: lỗi cú pháp YAML: dấu ngoặc kép hoặc ngoặc mở chưa được đóng / YAML syntax error: while scanning a quoted scalar "
                + "found unexpected end of stream (noticed at the end of the file)",
        ])
        XCTAssertEqual(try messages("---\nbranch: ap-2\ndate: 2024-10-04\nkind: thuong-ky\nchair:Võ Minh Tâm\nformat: ket-hop\n---\nNội dung.\n",
                                    in: minutes), [
            "5: lỗi cú pháp YAML: thiếu dấu cách sau dấu ':': viết chair: Võ Minh Tâm / YAML syntax error: no space after ':': "
                + "write chair: Võ Minh Tâm (while scanning a simple key could not find expected ':', noticed at line 6)",
        ])
    }

    func testDuplicatedKeyIsReportedOnTheSecondOccurrence() throws {
        try assertDiagnostics([branch: "name: Chi bộ Công an xã\nkind: cong-an\nsecretary: A\nsecretary: B\n"],
                              [.error(branch, 4, "duplicated key 'secretary'")])
    }

    /// `2024:` and `"2024":` are one year as the site reads them (keys are read as text), so
    /// writing both is a repeated key, not two years of which one is silently lost.
    func testPlainAndQuotedKeysOfOneTextAreDuplicates() throws {
        try assertDiagnostics([branch: "name: Chi bộ Công an xã\nkind: cong-an\nmember_ratings:\n  2024: { tot: 9 }\n  \"2024\": { tot: 8 }\n"],
                              [.error(branch, 5, "duplicated key '2024'")])
    }

    /// In a Markdown file the YAML starts on line 2: the error names the file's line, not the YAML's.
    func testYAMLErrorInFrontMatterNamesTheFileLine() throws {
        let text = "---\nbranch: ap-2\ndate: 2024-10-04\nkind thuong-ky\n---\nNội dung.\n"
        try assertDiagnostics([minutes: .text(text)], [.error(minutes, 4, "YAML syntax error")])
    }

    func testUnclosedFrontMatter() throws {
        try assertDiagnostics([minutes: "---\nbranch: ap-2\ndate: 2024-10-04\nkind: thuong-ky\nNội dung.\n"],
                              [.error(minutes, 1, "never closed")])
    }

    func testMissingFrontMatter() throws {
        try assertDiagnostics([minutes: "branch: ap-2\n\nNội dung.\n"], [.error(minutes, 1, "missing front matter")])
    }

    /// "Chi bộ Công an" and "Võ Minh Tâm" typed with a TCVN3 (ABC) font: 0xE9 (ộ), 0xAB (ô),
    /// 0xE2 (õ) and 0xA9 (â) are TCVN3 letters, not UTF-8.
    func testTCVN3BytesAreReportedAsNotUTF8() throws {
        let tcvn3: [UInt8] = Array("name: Chi b".utf8) + [0xE9] + Array(" C".utf8) + [0xAB] + Array("ng an\n".utf8)
        let bytes: [UInt8] = Array("kind: cong-an\n".utf8) + tcvn3 + Array("secretary: V".utf8) + [0xE2]
            + Array(" Minh T".utf8) + [0xA9] + Array("m\n".utf8)
        let loaded = try ValidationSite.load("minimal", [branch: .bytes(bytes)])
        assertDiagnostics(loaded, [.error(branch, 2, "not UTF-8")])
        let message = try XCTUnwrap(loaded.diagnostics.sorted.first?.message)
        XCTAssertTrue(message.contains("có lẽ được gõ bằng bảng mã TCVN3 (ABC)") && !message.contains("VNI"), message)
        XCTAssertTrue(message.contains("bontot convert \(branch)"), message)
        XCTAssertTrue(message.hasPrefix("tệp không phải UTF-8"), "Vietnamese first: \(message)")
    }

    func testNonUTF8CSVSuggestsExcelsUTF8Format() throws {
        let path = "content/evaluations/2024.csv"
        let bytes: [UInt8] = Array("branch;sinh-hoat\n".utf8) + [0x61, 0x70, 0x2D, 0x31, 0x3B, 0xB8, 0x0A]
        let loaded = try ValidationSite.load("minimal", [path: .bytes(bytes)])
        assertDiagnostics(loaded, [.error(path, 2, "CSV UTF-8")])
    }

    /// Without its byte-order mark (with it, it is read: `UTF16WithBOMTests`).
    func testUTF16IsNamed() throws {
        let path = "content/evaluations/2024.csv"
        let bytes: [UInt8] = Array("branch".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try assertDiagnostics([path: .bytes(bytes)], [.error(path, 1, "UTF-16")])
    }
}
