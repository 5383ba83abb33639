import BonTotKit
import Foundation
import XCTest

/// Habits of people who keep data in Word and Excel: an id typed as words gets the id it folds
/// to as a suggestion, and a document number written with a leading zero is a number.
final class OfficeHabitValidationTests: XCTestCase {
    func testAKindTypedAsWordsSuggestsItsId() throws {
        let root = try BuiltSite.prepare("portal", changes: [
            "content/branches/ap-bac.yaml": try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/content/branches/ap-bac.yaml"), encoding: .utf8)
                .replacingOccurrences(of: #"(?m)^kind: .*$"#, with: "kind: quân sự", options: .regularExpression),
        ])
        let errors = SiteLoader.load(root: root).diagnostics.sorted.filter { $0.severity == .error }
        XCTAssertEqual(errors.count, 1, errors.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(errors.first?.location.file, "content/branches/ap-bac.yaml")
        XCTAssertTrue(errors.first?.message.contains("có phải 'quan-su'?") == true, errors.first?.message ?? "")
    }

    func testANumberWithALeadingZeroIsANumber() throws {
        let built = try BuiltSite.build(changes: ["content/bulletins/2024-09.md": "---\ntitle: Lời tòa soạn\nnumber: 09\n---\nNội dung.\n"])
        XCTAssertTrue(built.report.succeeded, built.report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(built.page("ban-tin/2024-09/index.html").contains("Số 09-BT/"))
    }

    func testANameCutByACommaInBracesSaysToQuoteIt() throws {
        let rubric = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/content/rubric.yaml"), encoding: .utf8)
            .replacingOccurrences(of: #"name: "Đoàn kết, kỷ luật tốt""#, with: "name: Đoàn kết, kỷ luật tốt")
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: ["content/rubric.yaml": rubric]))
        let cut = try XCTUnwrap(loaded.diagnostics.sorted.first { $0.message.contains("kỷ luật tốt") }, "\(loaded.diagnostics.sorted)")
        XCTAssertEqual(cut.location.file, "content/rubric.yaml")
        XCTAssertTrue(cut.message.contains(#"hãy đặt cả tên trong ngoặc kép, name: "Đoàn kết, kỷ luật tốt""#), cut.message)
    }
}
