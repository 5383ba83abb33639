import BonTotKit
import Foundation
import XCTest

/// A rebuild takes the cross-file check's findings (duplicate slugs, unknown branches, pages
/// that would write one file) from the last build only while the files link as they did: the
/// errors it shows are always those a build without any cache shows.
final class IncrementalLinksCheckTests: XCTestCase {
    static let minutes = "content/minutes/2024/binh-minh-2024-09.md"
    static let copy = "content/minutes/2023/binh-minh-2024-09.md"

    func testADuplicateSlugIsReportedWhileItLastsAndForgottenOnceFixed() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)

        try site.write(Self.copy, try site.read(Self.minutes))
        let first = site.build()
        XCTAssertFalse(first.succeeded)
        let duplicate = first.diagnostics.sorted.filter { $0.message.contains("bị trùng giữa các tệp") }
        XCTAssertEqual(duplicate.map(\.location.file), [Self.copy, Self.minutes], first.problems)
        XCTAssertTrue(duplicate.allSatisfy { $0.message.contains("\(Self.copy), \(Self.minutes)") }, first.problems)
        assertSameProblems(first, asACheckWithoutCacheOf: site)

        // Nothing changed: the findings are taken from the cache, and are the same.
        let again = site.build()
        XCTAssertEqual(again.diagnostics.sorted, first.diagnostics.sorted)

        // Only a body changed: the links are the same, so is the finding.
        try site.replace("Sinh hoạt thường kỳ tháng 9.", with: "Sinh hoạt thường kỳ tháng 9, có sửa.", in: Self.copy)
        assertSameProblems(site.build(), asACheckWithoutCacheOf: site)

        try site.remove(Self.copy)
        let fixed = site.build()
        XCTAssertTrue(fixed.succeeded, fixed.problems)
        XCTAssertFalse(fixed.diagnostics.sorted.contains { $0.message.contains("bị trùng") }, fixed.problems)
    }

    func testAnUnknownBranchIsReportedAfterABuildThatFoundNone() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        XCTAssertTrue(site.build().succeeded, "a rebuild with the check's findings taken from the cache")

        try site.replace("branch: binh-minh\n", with: "branch: binh-minhh\n", in: Self.minutes)
        let failed = site.build()
        XCTAssertFalse(failed.succeeded)
        XCTAssertTrue(failed.diagnostics.sorted.contains {
            $0.severity == .error && $0.location.file == Self.minutes && $0.message.contains("chi bộ không tồn tại 'binh-minhh'")
        }, failed.problems)
        assertSameProblems(failed, asACheckWithoutCacheOf: site)

        try site.replace("branch: binh-minhh\n", with: "branch: binh-minh\n", in: Self.minutes)
        XCTAssertTrue(site.build().succeeded)
    }

    /// The errors and warnings of `report` are those `bontot check` (which has no cache) finds.
    private func assertSameProblems(_ report: BuildReport, asACheckWithoutCacheOf site: IncrementalSite,
                                    file: StaticString = #filePath, line: UInt = #line) {
        let check = SiteLoader.load(root: site.root)
        XCTAssertEqual(report.diagnostics.sorted, check.diagnostics.sorted, file: file, line: line)
    }
}
