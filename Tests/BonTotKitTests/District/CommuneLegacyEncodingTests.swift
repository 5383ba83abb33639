import BonTotKit
import Foundation
import XCTest

/// A commune's file saved in a legacy encoding (Excel's "CSV" on a Vietnamese Windows writes
/// Windows-1258), met in the district's build: the error names the file from the district's
/// folder, and so does the `bontot convert` it tells the clerk to run there, which would
/// otherwise name a file the district's folder does not have.
final class CommuneLegacyEncodingTests: XCTestCase {
    /// The scores of the fixture `bad/windows-1258-csv`, as Excel saved them.
    private static let windows1258Scores = BuiltSite.fixtures.deletingLastPathComponent()
        .appending(path: "bad/windows-1258-csv/site/content/evaluations/2024.csv")

    func testTheConvertCommandNamesTheCommunesFileFromTheDistrict() throws {
        let site = try DistrictFixture.prepare(for: self)
        try site.remove("xa-a/content/evaluations/2024.yaml")
        try site.write("xa-a/content/evaluations/2024.csv", try Data(contentsOf: Self.windows1258Scores))
        let report = site.build()
        XCTAssertFalse(report.succeeded)
        let errors = report.diagnostics.sorted.map(\.description).filter { $0.contains("không phải UTF-8") }
        XCTAssertEqual(errors.count, 1, report.problems)
        let error = errors.first ?? ""
        XCTAssertTrue(error.hasPrefix("xa-a/content/evaluations/2024.csv:"), error)
        XCTAssertTrue(error.contains("chạy 'bontot convert xa-a/content/evaluations/2024.csv' để chuyển sang UTF-8 "
                                     + "(tệp gốc giữ lại là xa-a/content/evaluations/2024.csv.orig)"), error)
        XCTAssertTrue(error.hasSuffix("run 'bontot convert xa-a/content/evaluations/2024.csv'"), error)
    }

    /// Lines pasted from an old .VnTime document into a commune's minutes: the command the
    /// warning gives names the file from the district, where the user runs bontot.
    func testThePastedTextWarningNamesTheCommunesFileFromTheDistrict() throws {
        let site = try DistrictFixture.prepare(for: self)
        let minutes = "xa-a/content/minutes/2024/ap-1-2024-09.md"
        try site.write(minutes, try site.read(minutes) + "\nChñ tr×: ®ång chÝ NguyÔn V¨n Hïng.\n")
        let warning = site.build().diagnostics.sorted.map(\.description).first { $0.contains("dán sang dưới dạng Unicode") } ?? ""
        XCTAssertTrue(warning.hasPrefix(minutes + ":"), warning)
        XCTAssertTrue(warning.hasSuffix("run 'bontot convert \(minutes)'"), warning)
    }

    func testTheDistrictsOwnFileIsNamedAsBefore() throws {
        let site = try DistrictFixture.prepare(for: self)
        try site.remove("content/evaluations/2024.yaml")
        try site.write("content/evaluations/2024.csv", try Data(contentsOf: Self.windows1258Scores))
        let report = site.build()
        let error = report.diagnostics.sorted.map(\.description).first { $0.contains("không phải UTF-8") } ?? ""
        XCTAssertTrue(error.hasPrefix("content/evaluations/2024.csv:"), report.problems)
        XCTAssertTrue(error.contains("chạy 'bontot convert content/evaluations/2024.csv'"), error)
    }
}
