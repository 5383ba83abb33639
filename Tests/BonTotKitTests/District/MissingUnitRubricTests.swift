import BonTotKit
import Foundation
import XCTest

/// A district scoring its units without `content/unit-rubric.yaml` was told only that the scale
/// is needed: not how to make it (the branch scale copied and edited), nor that the file it had
/// saved under a name a letter off (`unit-rubrics.yaml`) is not read.
final class MissingUnitRubricTests: XCTestCase {
    private func error(of report: BuildReport) -> String {
        report.diagnostics.entries.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
    }

    func testTheErrorSaysHowToMakeTheScale() throws {
        let (_, report) = try DistrictFixture.build(for: self, changes: ["content/unit-rubric.yaml": nil])
        XCTAssertEqual(error(of: report),
                       "content/unit-evaluations/2024.yaml:1: error: chấm điểm đơn vị cần thang điểm 'content/unit-rubric.yaml': hãy chép "
                           + "content/rubric.yaml thành content/unit-rubric.yaml rồi sửa theo thang điểm chấm các đảng bộ cơ sở / unit scores "
                           + "need content/unit-rubric.yaml: copy content/rubric.yaml to it and edit it")
    }

    func testAScaleSavedUnderALookAlikeNameIsNamed() throws {
        let site = try DistrictFixture.prepare(for: self)
        let scale = try String(contentsOf: site.url("content/unit-rubric.yaml"), encoding: .utf8)
        try site.remove("content/unit-rubric.yaml")
        try site.write("content/unit-rubrics.yaml", scale)
        let report = site.build()
        XCTAssertTrue(error(of: report).contains("rồi sửa theo thang điểm chấm các đảng bộ cơ sở; có tệp 'content/unit-rubrics.yaml': nếu đó "
                                                 + "là thang điểm này, hãy đổi tên thành 'unit-rubric.yaml' / "), error(of: report))
        XCTAssertTrue(error(of: report).hasSuffix("(rename 'content/unit-rubrics.yaml' if it is that scale)"), error(of: report))
    }
}
