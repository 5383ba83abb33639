import BonTotKit
import Foundation
import XCTest

/// The branch directory and the home page printed on A4, by Chromium (the office's browser) and
/// by WeasyPrint: set close on the sheet, neither wasting paper nor squeezing words.
final class PrintedOverviewTests: XCTestCase {
    /// One card a row, fourteen branches took three sheets (Chromium) or four (WeasyPrint), the
    /// last but one a quarter blank where a group's heading and first card did not fit. Two
    /// cards a row, side by side, they take two sheets.
    func testTheBranchDirectoryPrintsTwoCardsToARowOnTwoSheets() throws {
        let built = try BuiltSite.build(changes: try Self.nineMoreBranches())
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        for engine in [PDFEngine.Kind.chromium, .weasyprint] {
            let sheets = try PrintedSheets(pdf: try PrintedSheets.print("chi-bo/index.html", in: built.output, engine: engine))
            XCTAssertEqual(sheets.texts.count, 2, "\(engine.displayName): the fourteen branches' sheets")
            let lines = sheets.texts.joined().split(separator: "\n")
            XCTAssertTrue(lines.contains { $0.contains("Chi bộ ấp Ấp Bắc") && $0.contains("Chi bộ ấp Bình Minh") },
                          "\(engine.displayName): the first two branches are not side by side:\n\(sheets.texts.joined())")
            XCTAssertEqual(sheets.unnumberedSheets, [], "\(engine.displayName): sheets without their number")
        }
    }

    /// The home page's seven figures were printed in seven columns, a label a word a line
    /// (Chromium), or one under another down a third of the sheet (WeasyPrint). They are
    /// printed four to a row, each label on at most three lines.
    func testTheHomePagesFiguresPrintFourToARowWithReadableLabels() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let labels = ["chi bộ trực thuộc", "hộ gia đình trên địa bàn", "chi bộ hoàn thành xuất sắc nhiệm vụ năm 2024",
                      "chi bộ đạt “Chi bộ 4 tốt” năm 2024", "buổi sinh hoạt tháng 9 năm 2024"]
        for engine in [PDFEngine.Kind.chromium, .weasyprint] {
            let pdf = try PrintedSheets.print("index.html", in: built.output, engine: engine)
            let sheet = try XCTUnwrap(try PrintedSheets(pdf: pdf).texts.first)
            XCTAssertTrue(sheet.split(separator: "\n").contains { $0.contains(#/^\s*05\s+141\s+980\s+02\s*$/#) },
                          "\(engine.displayName): the first four figures (05, 141, 980, 02) are not on one row:\n\(sheet)")
            let drawn = try XCTUnwrap(try PrintedSheets(pdf: pdf, reading: .drawingOrder).texts.first)
            for label in labels {
                let words = label.split(separator: " ").map { NSRegularExpression.escapedPattern(for: String($0)) }
                let printed = try XCTUnwrap(drawn.firstMatch(of: try Regex(words.joined(separator: "\\s+"))),
                                            "\(engine.displayName): “\(label)” not printed:\n\(drawn)")
                XCTAssertLessThanOrEqual(printed.output[0].substring?.filter { $0 == "\n" }.count ?? 0, 2,
                                         "\(engine.displayName): “\(label)” printed over more than three lines")
            }
        }
    }

    /// Nine branches more for the portal fixture (fourteen in six groups, as a ward has), each
    /// a copy of Ấp Bắc with its own name, kind and a summary of two lines.
    static func nineMoreBranches() throws -> [String: String?] {
        let yaml = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/content/branches/ap-bac.yaml"), encoding: .utf8)
        let kinds = ["khu-dan-cu", "khu-dan-cu", "truong-hoc", "cong-an", "quan-su", "co-quan", "co-quan", "doanh-nghiep", "doanh-nghiep"]
        let summary = "Chi bộ giữ nền nếp sinh hoạt, mỗi đảng viên phụ trách từ 10 đến 15 hộ gia đình và vận động nhân dân giữ gìn vệ sinh môi trường."
        var changes: [String: String?] = [:]
        for (number, kind) in zip(1..., kinds) {
            changes["content/branches/so-\(number).yaml"] = yaml
                .replacing(#/^name: .*$/#.anchorsMatchLineEndings(), with: "name: Chi bộ số \(number)")
                .replacing(#/^kind: .*$/#.anchorsMatchLineEndings(), with: "kind: \(kind)")
                .replacing(#/^summary: .*$/#.anchorsMatchLineEndings(), with: "summary: \(summary)")
        }
        return changes
    }
}
