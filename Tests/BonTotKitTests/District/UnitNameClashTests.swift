import BonTotKit
import Foundation
import XCTest

/// A commune's folder made by copying another's (`xa-b` from `xa-a`), its `site.yaml` still
/// naming the first commune: the district warns at the copy's entry, naming the file to correct,
/// rather than ranking two "Đảng bộ xã Bình Minh" without a word.
final class UnitNameClashTests: XCTestCase {
    private static let copiedSiteYAML = """
        title: Cổng thông tin Đảng bộ xã Bình Minh
        organization: Đảng bộ xã Bình Minh
        parent: Đảng bộ huyện Giồng Riềng
        place: Bình Minh

        """

    func testTwoUnitsOfOneNameAreAWarningAtTheSecondEntry() throws {
        let (_, report) = try DistrictFixture.build(for: self, changes: ["xa-b/site.yaml": Self.copiedSiteYAML])
        let warnings = report.diagnostics.entries.filter { $0.message.contains("mang cùng tên") }
        XCTAssertEqual(warnings.count, 1, report.problems)
        let warning = try XCTUnwrap(warnings.first)
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.location.file, "site.yaml")
        XCTAssertEqual(warning.location.line, 7, "the entry of xa-b, the second of the two")
        XCTAssertTrue(warning.message.contains("đơn vị 'xa-b' mang cùng tên 'Đảng bộ xã Bình Minh' với đơn vị 'xa-a' (dòng 6)"), warning.message)
        XCTAssertTrue(warning.message.contains("hãy sửa 'organization' (và 'title', 'place') trong xa-b/site.yaml"), warning.message)
    }

    func testAUnitMergedAwayLeavesItsNameToTheOneItWentInto() throws {
        let (_, report) = try DistrictFixture.build(for: self, changes: [
            "site.yaml": DistrictFixture.siteYAML(thirdUnit: "- { id: xa-c, path: ./xa-c/, dissolved: 2024-07-01, merged_into: xa-a }"),
            "xa-c/site.yaml": Self.copiedSiteYAML,
        ])
        XCTAssertEqual(report.diagnostics.entries.filter { $0.message.contains("mang cùng tên") }, [])
    }

    func testTheSameNameTypedOtherwiseIsStillOne() throws {
        // "Xã" capitalised, the old tone placement "Hoà" and the letters decomposed (NFD, a Mac's).
        let typed = "Đảng bộ Xã Hoà Bình".decomposedStringWithCanonicalMapping
        let (_, report) = try DistrictFixture.build(for: self, changes: [
            "xa-a/site.yaml": Self.copiedSiteYAML.replacingOccurrences(of: "Bình Minh", with: "Hòa Bình"),
            "xa-b/site.yaml": Self.copiedSiteYAML.replacingOccurrences(of: "Đảng bộ xã Bình Minh\n", with: typed + "\n"),
        ])
        XCTAssertEqual(report.diagnostics.entries.filter { $0.message.contains("mang cùng tên") }.count, 1, report.problems)
    }

    func testCommunesWhoseNamesDifferOnlyByAToneAreNotWarned() throws {
        // Bình Thành and Bình Thạnh, two communes of one district in An Giang.
        let (_, report) = try DistrictFixture.build(for: self, changes: [
            "xa-a/site.yaml": Self.copiedSiteYAML.replacingOccurrences(of: "Bình Minh", with: "Bình Thành"),
            "xa-b/site.yaml": Self.copiedSiteYAML.replacingOccurrences(of: "Bình Minh", with: "Bình Thạnh"),
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.diagnostics.entries.filter { $0.message.contains("mang cùng tên") }, [],
                       "'Đảng bộ xã Bình Thành' and 'Đảng bộ xã Bình Thạnh' are two names")
    }

    func testUnitsOfTheirOwnNamesAreNotWarned() throws {
        let (_, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.diagnostics.entries.filter { $0.message.contains("mang cùng tên") }, [])
    }
}
