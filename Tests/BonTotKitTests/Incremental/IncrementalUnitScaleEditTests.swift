@testable import BonTotKit
import Foundation
import XCTest

/// A district's unit scales edited after a build that cached everything: a level's threshold of
/// a former unit scale (`unit-rubrics/2020.yaml`), of the one in force (`unit-rubric.yaml`) and
/// its "4 tốt" share of branches, a former unit scale added, and a criterion's maximum lowered
/// below scores already given, then raised again. The unit scores are read again on every build
/// (they are no content of the district's decode cache, which the unit scales therefore do not
/// belong to): each rebuild gives what a clean build gives, its pages byte for byte and, when
/// the scores no longer fit, its diagnostics one for one.
final class IncrementalUnitScaleEditTests: XCTestCase {
    private static let formerScale = "content/unit-rubrics/2020.yaml"
    private static let scaleInForce = "content/unit-rubric.yaml"

    func testAFormerUnitScalesThresholdEditedGivesACleanBuild() throws {
        let outcome = try assertIncrementalEqualsClean("former-unit-rubric", prepare: Self.settle, edit: { site in
            try site.replace("name: Hoàn thành xuất sắc nhiệm vụ, min: 95 }", with: "name: Hoàn thành xuất sắc nhiệm vụ, min: 88 }",
                             in: Self.formerScale)
        })
        XCTAssertTrue(outcome.after.changed(since: outcome.before).contains("xep-hang-don-vi/2021/index.html"),
                      "the communes of 2021 rank on the lowered threshold")
    }

    func testTheUnitScaleInForceEditedGivesACleanBuild() throws {
        let outcome = try assertIncrementalEqualsClean("former-unit-rubric", prepare: Self.settle, edit: { site in
            try site.replace("name: Hoàn thành tốt nhiệm vụ,      min: 70 }", with: "name: Hoàn thành tốt nhiệm vụ,      min: 60 }",
                             in: Self.scaleInForce)
            try site.replace("min_branch_share: 0.6", with: "min_branch_share: 0.9", in: Self.scaleInForce)
        })
        XCTAssertTrue(outcome.after.changed(since: outcome.before).contains("xep-hang-don-vi/2024/index.html"),
                      "the communes of 2024 rank on the edited scale")
    }

    func testAFormerUnitScaleAddedGivesACleanBuild() throws {
        let outcome = try assertIncrementalEqualsClean("former-unit-rubric", prepare: Self.settle, edit: { site in
            let former = try site.read(Self.formerScale)
                .replacingOccurrences(of: "min: 95 }", with: "min: 85 }")
                .replacingOccurrences(of: "min: 80 }", with: "min: 60 }")
            try site.write("content/unit-rubrics/2022.yaml", former)
        })
        let changed = outcome.after.changed(since: outcome.before)
        XCTAssertTrue(changed.contains("xep-hang-don-vi/2022/index.html"), "2022 is ranked on the added scale: \(changed)")
        XCTAssertFalse(changed.contains("xep-hang-don-vi/2021/bang-xep-hang.csv"), "2021 stays on the scale of 2020")
    }

    /// A maximum lowered below the scores of a former year, then below those of this year: each
    /// rebuild reports what a clean build reports and keeps the output; the scales put right, the
    /// rebuild gives a clean build's pages.
    func testAUnitScaleRefusingScoresAlreadyReadReportsAsACleanBuild() throws {
        let site = try IncrementalSite.make("former-unit-rubric", for: self)
        try Self.settle(site)
        let first = site.build()
        XCTAssertTrue(first.succeeded, first.problems)
        let built = OutputTree(site.output)

        let formerMax = "{ id: lanh-dao, name: Lãnh đạo thực hiện nhiệm vụ chính trị, max: 40 }"
        try site.replace(formerMax, with: formerMax.replacingOccurrences(of: "40", with: "38"), in: Self.formerScale)
        let former = try assertSameDiagnosticsAsClean(site, step: "former")
        XCTAssertTrue(former.contains { $0.location.file == "content/unit-evaluations/2022.yaml" && $0.message.contains("38") },
                      "xa-a scored 39 of 40 in 2022: \(former)")
        assertSameTree(OutputTree(site.output), built, "the output after a failed build")

        try site.replace(formerMax.replacingOccurrences(of: "40", with: "38"), with: formerMax, in: Self.formerScale)
        let inForceMax = "{ id: doan-ket, name: \"Đoàn kết, kỷ luật tốt\", max: 20 }"
        try site.replace(inForceMax, with: inForceMax.replacingOccurrences(of: "20", with: "16"), in: Self.scaleInForce)
        let inForce = try assertSameDiagnosticsAsClean(site, step: "in force")
        XCTAssertEqual(inForce.filter { $0.severity == .error }.map(\.location.file),
                       Array(repeating: "content/unit-evaluations/2024.yaml", count: 3), "\(inForce)")

        try site.replace(inForceMax.replacingOccurrences(of: "20", with: "16"), with: inForceMax, in: Self.scaleInForce)
        try site.replace("name: Hoàn thành tốt nhiệm vụ,      min: 70 }", with: "name: Hoàn thành tốt nhiệm vụ,      min: 65 }",
                         in: Self.scaleInForce)
        let fixed = site.build()
        XCTAssertTrue(fixed.succeeded, fixed.problems)
        let (clean, output) = try site.cleanBuildOfACopy(named: "fixed")
        XCTAssertTrue(clean.succeeded, clean.problems)
        assertSameTree(OutputTree(site.output), OutputTree(output), "the output once the scales fit")
        XCTAssertEqual(fixed.diagnostics.sorted, clean.diagnostics.sorted)
    }

    /// Builds the site as it is, incrementally, and a copy of it clean; fails unless both fail
    /// with the same diagnostics. Returns them.
    private func assertSameDiagnosticsAsClean(_ site: IncrementalSite, step: String,
                                              file: StaticString = #filePath, line: UInt = #line) throws -> [Diagnostic] {
        let report = site.build()
        let (clean, _) = try site.cleanBuildOfACopy(named: step)
        XCTAssertFalse(clean.succeeded, "\(step): the scale refuses scores", file: file, line: line)
        XCTAssertEqual(report.succeeded, clean.succeeded, step, file: file, line: line)
        XCTAssertEqual(report.diagnostics.sorted, clean.diagnostics.sorted, "\(step): the rebuild's diagnostics", file: file, line: line)
        return report.diagnostics.sorted
    }

    /// Waits until the copied files' stamps are settled (`FileStamp.settling`), so that the first
    /// build's caches trust them and the rebuild takes what they hold.
    private static func settle(_ site: IncrementalSite) throws {
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
    }
}
