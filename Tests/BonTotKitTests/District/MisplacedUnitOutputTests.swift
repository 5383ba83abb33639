import BonTotKit
import Foundation
import XCTest

/// The CI jobs' unit builds gathered the wrong way for `--units-from`: a unit's folder copied to
/// `gathered/xa-a/` rather than `gathered/don-vi/xa-a/`, or a job's whole output folder copied in.
/// The error says where the unit's build is and where to copy it.
final class MisplacedUnitOutputTests: XCTestCase {
    func testAUnitFolderGatheredOneLevelTooHighIsNamedWithWhereItBelongs() throws {
        let site = try DistrictFixture.prepare(for: self)
        let gathered = try DistrictFixture.gatherUnits(of: site)
        try FileManager.default.moveItem(at: gathered.appending(path: "don-vi/xa-a"), to: gathered.appending(path: "xa-a"))
        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: site.sibling("assembled"), unitsFrom: gathered))
        XCTAssertFalse(report.succeeded)
        let path = gathered.standardizedFileURL.path
        let error = try XCTUnwrap(report.diagnostics.entries.first { $0.message.contains("'xa-a'") }, report.problems)
        XCTAssertTrue(error.message.contains("; có kết quả dựng ở '\(path)/xa-a/': hãy chép thư mục đó thành '\(path)/don-vi/xa-a/'"),
                      error.message)
    }

    func testAJobsWholeOutputGatheredIsNamedWithWhereTheUnitBelongs() throws {
        let site = try DistrictFixture.prepare(for: self)
        try DistrictFixture.gatherUnits(of: site)
        let jobs = site.sibling("jobs")
        try FileManager.default.createDirectory(at: jobs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: site.sibling("runner-xa-b"), to: jobs.appending(path: "runner-xa-b"))
        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: site.sibling("assembled"), unitsFrom: jobs))
        XCTAssertFalse(report.succeeded)
        let path = jobs.standardizedFileURL.path
        let error = try XCTUnwrap(report.diagnostics.entries.first { $0.message.contains("'xa-b'") }, report.problems)
        XCTAssertTrue(error.message.contains("có kết quả dựng ở '\(path)/runner-xa-b/don-vi/xa-b/'"), error.message)
        let other = try XCTUnwrap(report.diagnostics.entries.first { $0.message.contains("'xa-a'") }, report.problems)
        XCTAssertFalse(other.message.contains("có kết quả dựng ở"), "xa-a's build is not in the folder: \(other.message)")
    }
}
