import BonTotKit
import Foundation
import XCTest

/// A district's table naming a commune by its name ("Đảng bộ xã Long Thạnh") while `site.yaml`
/// lists that commune with a mistake (a folder typed wrong, an id in capitals): the commune could
/// not be read, so its name was not known, and its row was an "unknown unit" besides the error
/// on `site.yaml`, told it might be another commune ("có phải 'xa-a' (Đảng bộ xã Bình Minh)?").
/// A name that is the unit's id in words is that unit: the one error is on `site.yaml`.
final class UnreadUnitScoresTests: XCTestCase {
    private func errors(listing third: String) throws -> [String] {
        let (_, report) = try DistrictFixture.build(for: self, changes: [
            "site.yaml": DistrictFixture.siteYAML(thirdUnit: third),
            "content/unit-evaluations/2024.yaml": nil,
            "content/unit-evaluations/2024.csv": UnitNamesOfReusedUnitsTests.table,
        ])
        XCTAssertFalse(report.succeeded)
        return report.diagnostics.entries.filter { $0.severity == .error }.map(\.description)
    }

    func testAUnitWhoseFolderIsMissingIsNotAnUnknownUnitInTheTable() throws {
        let errors = try errors(listing: "- { id: xa-long-thanh, path: ./xa-long-thanh/ }")
        XCTAssertTrue(errors.contains { $0.hasPrefix("site.yaml:8: error: thư mục của đơn vị 'xa-long-thanh' không tồn tại") }, "\(errors)")
        XCTAssertEqual(errors.filter { $0.hasPrefix("content/unit-evaluations/") }, [])
    }

    func testAUnitListedUnderARefusedIdIsNotAnUnknownUnitInTheTable() throws {
        let errors = try errors(listing: "- { id: Xa-Long-Thanh, path: ./xa-c/ }")
        XCTAssertTrue(errors.contains { $0.hasPrefix("site.yaml:8: error: mã đơn vị 'Xa-Long-Thanh'") }, "\(errors)")
        XCTAssertEqual(errors.filter { $0.hasPrefix("content/unit-evaluations/") }, [])
    }
}
