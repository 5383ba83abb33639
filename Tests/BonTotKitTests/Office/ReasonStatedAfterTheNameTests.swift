@testable import BonTotKit
import XCTest

/// A reason stated after a name with "lý do" (SPEC §1 `absent:`): "vắng 01 (đ/c Thảo, lý do đi
/// học)" without a colon was read as no reason, and the absent written unexcused with a warning;
/// "đ/c Thảo (lý do: đi học)" wrote the reason "lý do: đi học", its label kept.
final class ReasonStatedAfterTheNameTests: XCTestCase {
    func testTheReasonAfterItsLabel() {
        assertReadings([
            "vắng 01 (đ/c Thảo, lý do đi học).": "Thảo (đi học) | 1/0",
            "vắng 01 đồng chí: đ/c Thảo, lý do đi học.": "Thảo (đi học) | 1/0",
            "vắng 01 đ/c: đ/c Thảo (lý do: đi học).": "Thảo (đi học) | 1/0",
            "vắng 01 đ/c: đ/c Thảo (lý do vắng: đi học).": "Thảo (đi học) | 1/0",
            "vắng 01 đ/c: đ/c Thảo (lý do ốm).": "Thảo (ốm) | 1/0",
        ], after: "Có mặt 27/28 đồng chí, ")
        let written = AttendanceLineReading.frontMatter("Có mặt 27/28 đồng chí, vắng 01 đ/c: đ/c Thảo (lý do: đi học).")
        XCTAssertTrue(written.contains("  - { name: Thảo, reason: đi học }\n"), written)
    }
}
