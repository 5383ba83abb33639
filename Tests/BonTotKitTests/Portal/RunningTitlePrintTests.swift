import BonTotKit
import Foundation
import XCTest

/// A branch's profile and a meeting's minutes printed on A4 from the office's browser
/// (Chromium: Cốc Cốc, Chrome, Edge; its print dialog's headers off) and by WeasyPrint: a sheet
/// filed alone says what it belongs to and where it goes.
final class RunningTitlePrintTests: XCTestCase {
    /// A profile printed over several sheets carried no numbers, and past the first sheet
    /// nothing said whose it was. Every sheet is numbered "Trang N/M"; each after the first is
    /// headed by the branch's name, as written: quotes, a backslash and "</style>" included.
    func testEverySheetOfABranchsProfileIsNumberedAndHeadedByItsName() throws {
        let name = #"Chi bộ "Ấp Bắc" </style> \ số 1"#
        let file = "content/branches/ap-bac.yaml"
        let yaml = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/\(file)"), encoding: .utf8)
        let renamed = yaml.replacing(#/^name: .*$/#.anchorsMatchLineEndings(), with: "name: '\(name)'")
        let built = try BuiltSite.build(changes: [file: renamed])
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        for engine in [PDFEngine.Kind.chromium, .weasyprint] {
            let sheets = try PrintedSheets(pdf: try PrintedSheets.print("chi-bo/ap-bac/index.html", in: built.output, engine: engine))
            XCTAssertGreaterThanOrEqual(sheets.texts.count, 2, "\(engine.displayName): the profile runs over several sheets")
            XCTAssertEqual(sheets.unnumberedSheets, [], "\(engine.displayName): sheets without their number")
            XCTAssertEqual(sheets.sheetsNotHeaded(by: name), [], "\(engine.displayName): sheets without the branch's name")
        }
    }

    /// The minutes of a long meeting, printed by Chromium: numbered, and past the first sheet
    /// headed by the meeting and its branch.
    func testEverySheetOfALongMeetingsMinutesIsNumberedAndHeaded() throws {
        let file = "content/minutes/2024/ap-bac-2024-09.md"
        let minutes = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/\(file)"), encoding: .utf8)
        let speeches = (1...40).map { "Đảng viên thứ \($0) phát biểu ý kiến về việc cải tạo điểm đen rác thải ngõ 15, đề nghị chi ủy phân công cụ thể từng tổ." }
        let built = try BuiltSite.build(changes: [file: minutes + "\n## Ý kiến\n\n" + speeches.joined(separator: "\n\n") + "\n"])
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let sheets = try PrintedSheets(pdf: try PrintedSheets.print("sinh-hoat/ap-bac-2024-09/index.html", in: built.output, engine: .chromium))
        XCTAssertGreaterThanOrEqual(sheets.texts.count, 2, "the minutes run over several sheets")
        XCTAssertEqual(sheets.unnumberedSheets, [], "sheets without their number")
        XCTAssertEqual(sheets.sheetsNotHeaded(by: "Sinh hoạt thường kỳ ngày 05/09/2024 — Chi bộ ấp Ấp Bắc"), [], "sheets without the meeting's title")
    }
}
