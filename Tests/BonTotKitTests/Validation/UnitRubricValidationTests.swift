import XCTest
@testable import BonTotKit

/// `unit-rubric.yaml` has the shape of `rubric.yaml`, and its `four_good` may add
/// `min_branch_share`, a share between 0 and 1; a branch rubric may not.
final class UnitRubricValidationTests: XCTestCase {
    private func decode(_ text: String, forUnits: Bool) throws -> (Rubric?, [Diagnostic]) {
        let sink = DiagnosticSink()
        let node = try YAMLDocument.parse(text, path: "content/unit-rubric.yaml").get()
        return (RubricDecoder.decode(node, path: "content/unit-rubric.yaml", sink: sink, forUnits: forUnits), sink.log.entries)
    }

    private func rubric(share: String) -> String {
        """
        criteria:
          - { id: chinh-tri, name: Chính trị, max: 50 }
          - { id: xay-dung-dang, name: Xây dựng Đảng, max: 50 }
        levels:
          - { id: tot, name: Hoàn thành tốt nhiệm vụ, min: 70 }
          - { id: hoan-thanh, name: Hoàn thành nhiệm vụ, min: 0 }
        four_good: { min_level: tot, min_branch_share: \(share) }
        """
    }

    func testAUnitRubricReadsMinBranchShare() throws {
        let (rubric, diagnostics) = try decode(rubric(share: "0.7"), forUnits: true)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(rubric?.fourGood.minBranchShare, 0.7)
    }

    func testAShareOutsideZeroToOneIsAnErrorOnItsLine() throws {
        let (_, diagnostics) = try decode(rubric(share: "70"), forUnits: true)
        XCTAssertEqual(diagnostics.map(\.location.line), [7])
        XCTAssertEqual(diagnostics.map(\.severity), [.error])
        XCTAssertEqual(diagnostics.first?.field, "four_good.min_branch_share")
    }

    func testABranchRubricDoesNotKnowMinBranchShare() throws {
        let (rubric, diagnostics) = try decode(rubric(share: "0.7"), forUnits: false)
        XCTAssertNil(rubric?.fourGood.minBranchShare)
        XCTAssertEqual(diagnostics.map(\.severity), [.warning])
        XCTAssertEqual(diagnostics.first?.field, "four_good.min_branch_share")
    }
}
