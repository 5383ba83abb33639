import BonTotKit
import Foundation
import XCTest

/// A province's table of its districts' scores names each district by its committee, as a
/// province's office writes it: "Huyện ủy Giồng Riềng" for "Đảng bộ huyện Giồng Riềng". It was an
/// unknown unit, the build failing; it is the district.
final class ProvinceUnitCommitteeNameTests: XCTestCase {
    func testADistrictNamedByItsCommitteeIsRead() throws {
        let built = try ProvinceFixture.build(for: self, files: [
            "content/unit-evaluations/2024.csv": """
                STT;Đơn vị;chinh-tri;xay-dung-dang;doan-ket;can-bo
                1;Huyện ủy Giồng Riềng;27;27;18;18

                """,
        ])
        XCTAssertEqual(built.report.diagnostics.entries.filter { $0.severity == .error }.map(\.description), [])
        XCTAssertTrue(built.page("xep-hang-don-vi/2024/index.html").contains("Đảng bộ huyện Giồng Riềng</a>"))
    }
}
