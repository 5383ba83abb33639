@testable import BonTotKit
import Foundation
import XCTest

/// Incremental builds of a district (issue 10, item 3): a unit whose inputs did not change is
/// taken whole from the previous build, and the result is byte for byte a clean build's.
final class DistrictIncrementalTests: XCTestCase {
    func testAnEditInOneUnitReusesTheOthersAndEqualsACleanBuild() throws {
        let outcome = try assertIncrementalEqualsClean(DistrictFixture.name) { site in
            try site.replace("Chi bộ sinh hoạt thường kỳ.", with: "Chi bộ sinh hoạt thường kỳ, bàn việc nạo vét kênh.",
                             in: "xa-b/content/minutes/2024/ap-bac-1-2024-09.md")
        }
        XCTAssertEqual(outcome.report.reusedUnits, ["don-vi/xa-a/", "don-vi/xa-c/"], "the units nothing changed in are taken whole")
        let changed = outcome.after.changed(since: outcome.before)
        XCTAssertTrue(changed.contains("don-vi/xa-b/sinh-hoat/ap-bac-1-2024-09/index.html"), "\(changed)")
        XCTAssertTrue(changed.allSatisfy { $0.hasPrefix("don-vi/xa-b/") }, "only the edited unit's files change: \(changed)")
    }

    func testAUnitsScoresChangeTheDistrictsPagesAndEqualACleanBuild() throws {
        let outcome = try assertIncrementalEqualsClean(DistrictFixture.name) { site in
            try site.replace("kenh-2: { chinh-tri: 21, sinh-hoat: 21, doan-ket: 14, dang-vien: 14 }",
                             with: "kenh-2: { chinh-tri: 27, sinh-hoat: 27, doan-ket: 18, dang-vien: 18 }",
                             in: "xa-c/content/evaluations/2024.yaml")
        }
        XCTAssertEqual(outcome.report.reusedUnits, ["don-vi/xa-a/", "don-vi/xa-b/"])
        let ranking = outcome.after.text("xep-hang-don-vi/2024/index.html") ?? ""
        XCTAssertTrue(PortalPageText.text(ranking).contains("03 đảng bộ cơ sở đạt danh hiệu “Đảng bộ cơ sở 4 tốt”."),
                      "Long Thạnh now has both its branches at “Chi bộ 4 tốt” and earns the unit title")
    }

    func testAnEditOfTheDistrictsNameRebuildsTheLinksUpInEveryUnit() throws {
        let outcome = try assertIncrementalEqualsClean(DistrictFixture.name, edit: { site in
            try site.replace("organization: Đảng bộ huyện Giồng Riềng", with: "organization: Đảng bộ huyện Giồng Riềng mới", in: "site.yaml")
        }, renders: .all)
        XCTAssertEqual(outcome.report.reusedUnits, [])
        XCTAssertTrue(outcome.after.text("don-vi/xa-a/index.html")?.contains("Đảng bộ huyện Giồng Riềng mới</a>") == true)
    }

    /// A unit taken from its snapshot fingerprints its pages as when it was read (the snapshot
    /// keeps the outlines of its minutes and stories): the one page missing from its output is
    /// rendered, not every page listing its minutes.
    func testAUnitTakenFromItsSnapshotRendersOnlyThePageMissingFromTheOutput() throws {
        let site = try DistrictFixture.prepare(for: self)
        // Long enough for the unit's files to be settled (`FileStamp.settling`) when the first
        // build keeps its snapshot, which is trusted only then.
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        XCTAssertTrue(site.build().succeeded)
        try FileManager.default.removeItem(at: site.output.appending(path: "don-vi/xa-a/chi-bo/ap-2/index.html"))
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.reusedUnits, ["don-vi/xa-b/", "don-vi/xa-c/"])
        XCTAssertEqual(report.rendered, 1, "only the missing page")
        XCTAssertEqual(report.files, 1)
    }

    func testAUnitWhoseFileWasDeletedFromTheOutputIsBuiltAgain() throws {
        let site = try DistrictFixture.prepare(for: self)
        XCTAssertTrue(site.build().succeeded)
        try FileManager.default.removeItem(at: site.output.appending(path: "don-vi/xa-a/chi-bo/ap-2/index.html"))
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.reusedUnits, ["don-vi/xa-b/", "don-vi/xa-c/"], "a unit missing a file is loaded and rendered after all")
        let clean = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: site.sibling("clean"), clean: true))
        XCTAssertTrue(clean.succeeded, clean.problems)
        XCTAssertEqual(OutputTree(site.output), OutputTree(site.sibling("clean")))
    }

    func testAUnitTakenFromItsSnapshotStillReportsItsWarnings() throws {
        let site = try DistrictFixture.prepare(for: self)
        try site.write("xa-c/content/branches/kenh-2.yaml", """
            name: Chi bộ ấp Kênh Hai
            kind: khu-dan-cu
            secretary: Bí thư Hai
            members: { official: 28, probationary: 0 }
            households: 380
            ghi-chu: trường không có trong đặc tả
            """)
        let first = site.build()
        XCTAssertTrue(first.succeeded, first.problems)
        assertDiagnostics(first.diagnostics, [.warning("xa-c/content/branches/kenh-2.yaml", 6, "unknown field 'ghi-chu'")])
        let second = site.build()
        XCTAssertTrue(second.succeeded, second.problems)
        XCTAssertEqual(second.reusedUnits, ["don-vi/xa-a/", "don-vi/xa-b/", "don-vi/xa-c/"])
        XCTAssertEqual(second.diagnostics.sorted, first.diagnostics.sorted, "the same warnings, from the snapshot")
        XCTAssertEqual(second.inputSummary, first.inputSummary)
        XCTAssertEqual(second.rendered, 0)
    }

    func testAUnitThatGainsAnErrorIsLoadedAgainAndStopsTheBuild() throws {
        let site = try DistrictFixture.prepare(for: self)
        XCTAssertTrue(site.build().succeeded)
        try site.replace("branch: ap-1", with: "branch: ap-7", in: "xa-a/content/minutes/2024/ap-1-2024-09.md")
        let error = ExpectedDiagnostic.error("xa-a/content/minutes/2024/ap-1-2024-09.md", 2, "unknown branch 'ap-7'")
        let report = site.build()
        XCTAssertFalse(report.succeeded)
        assertDiagnostics(report.diagnostics, [error])
        let again = site.build()
        XCTAssertFalse(again.succeeded, "a unit with errors leaves no snapshot to hide them")
        assertDiagnostics(again.diagnostics, [error])
    }
}
