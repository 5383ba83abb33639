import Foundation
import XCTest

extension XCTestCase {
    /// Builds a copy of the `portal` fixture, then merges Bình Minh into Ấp Bắc, then renames Ấp
    /// Bắc, rebuilding after each: the page at `path` (one about a file of Bình Minh) has no
    /// notice at first, then says into which branch it went, then that branch's new name.
    func assertRebuildFollowsTheMergerAndTheNewName(of path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded, file: file, line: line)
        let binhMinh = "content/branches/binh-minh.yaml", apBac = "content/branches/ap-bac.yaml"
        let page = { String(decoding: FileManager.default.contents(atPath: site.output.appending(path: path).path) ?? Data(), as: UTF8.self) }
        XCTAssertFalse(page().contains("notice ended"), file: file, line: line)
        try site.write(binhMinh, try site.read(binhMinh) + "dissolved: 2024-10-01\nmerged_into: ap-bac\n")
        XCTAssertTrue(site.build().succeeded, file: file, line: line)
        XCTAssertTrue(page().contains(">Chi bộ ấp Ấp Bắc</a> từ ngày 01 tháng 10 năm 2024.</p>"), page(), file: file, line: line)
        try site.write(apBac, try site.read(apBac).replacingOccurrences(of: "name: Chi bộ ấp Ấp Bắc", with: "name: Chi bộ khu dân cư Ấp Bắc"))
        XCTAssertTrue(site.build().succeeded, file: file, line: line)
        XCTAssertTrue(page().contains(">Chi bộ khu dân cư Ấp Bắc</a> từ ngày 01 tháng 10 năm 2024.</p>"), page(), file: file, line: line)
    }

    /// Finds the line saying Bình Minh went into Ấp Bắc on 1 October 2024 (linked from a page two
    /// folders deep) in `page`, under its title and above `marker`.
    func assertMergerLineUnderTheTitle(of page: String, above marker: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let text = "<p class=\"notice ended\" role=\"note\">Chi bộ đã sáp nhập vào <a href=\"../../chi-bo/ap-bac/index.html\">"
            + "Chi bộ ấp Ấp Bắc</a> từ ngày 01 tháng 10 năm 2024.</p>"
        let notice = try XCTUnwrap(page.range(of: text), page, file: file, line: line)
        XCTAssertGreaterThan(notice.lowerBound, try XCTUnwrap(page.range(of: "<h1>")).lowerBound, "under the title", file: file, line: line)
        XCTAssertLessThan(notice.lowerBound, try XCTUnwrap(page.range(of: marker)).lowerBound, "above \(marker)", file: file, line: line)
    }
}

extension SiteCopyTestCase {
    /// Builds a copy of the `portal` fixture whose branch `branch` has `extra` (its
    /// `dissolved:` and `merged_into:` lines) added to its file; the build must succeed.
    func buildPortal(ending branch: String, with extra: String, file: StaticString = #filePath, line: UInt = #line) throws -> BuiltSite {
        let path = "content/branches/\(branch).yaml"
        let original = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/" + path), encoding: .utf8)
        let site = try BuiltSite.build("portal", changes: [path: original + extra])
        keep(site.root)
        XCTAssertTrue(site.report.succeeded, site.report.diagnostics.sorted.map(\.description).joined(separator: "\n"), file: file, line: line)
        return site
    }
}
