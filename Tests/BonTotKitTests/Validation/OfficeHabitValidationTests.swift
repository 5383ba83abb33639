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

/// Every error of a YAML file is reported at once, not only the first: the file is parsed again
/// with each faulty line set aside, so one typo does not hide the next.
final class EveryYAMLErrorTests: XCTestCase {
    func testThreeMistakesInOneFileAreThreeErrors() throws {
        let branch = """
            name: Chi bộ ấp Đồng Tâm
            kind khu-dan-cu
            secretary: Nguyễn Văn A
            members: { official: 20, probationary: 2
            households: 300
            secretary: Trần Văn B
            """
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: ["content/branches/dong-tam.yaml": branch]))
        let errors = loaded.diagnostics.sorted.filter { $0.location.file == "content/branches/dong-tam.yaml" }
        XCTAssertEqual(errors.map(\.location.line), [2, 4, 6], errors.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(errors[0].message.contains("thiếu dấu ':'"))
        XCTAssertTrue(errors[1].message.contains("'}'"))
        XCTAssertTrue(errors[2].message.contains("được ghi hai lần"))
    }
}
