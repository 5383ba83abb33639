import BonTotKit
import XCTest

/// The good fixture `Tests/Fixtures/sites/minimal` loads without a single diagnostic, and what
/// it holds arrives in the model as written.
final class MinimalSiteValidationTests: XCTestCase {
    func testMinimalSiteLoadsWithoutDiagnostics() throws {
        let loaded = SiteLoader.load(root: ValidationSite.fixtures.appending(path: "minimal"))
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [])
        let site = try XCTUnwrap(loaded.site)
        XCTAssertEqual(site.branches.map(\.id), ["ap-1", "ap-2", "cong-an-xa", "truong-thcs"])
        XCTAssertEqual(site.evaluations.map(\.period.description), ["2023", "2024"])
        XCTAssertEqual(site.minutes.map(\.slug), ["ap-1-2024-09", "ap-2-2024-09", "ap-1-2024-09-chuyen-de"])
        XCTAssertEqual(site.stories.map(\.slug), ["bi-thu-8x-xong-pha-trong-lu", "ap-2-hien-dat"])
        XCTAssertEqual(site.editorials.map(\.number), [9])
        XCTAssertEqual(site.media, ["media/ap-1.svg"])
    }

    func testCSVScoresAreParsedWithTheirSpreadsheetRows() throws {
        let site = try XCTUnwrap(try ValidationSite.load().site)
        let csv = try XCTUnwrap(site.evaluations.first { $0.period == Period(year: 2024) })
        XCTAssertEqual(csv.source.file, "content/evaluations/2024.csv")
        XCTAssertEqual(csv.entries.map(\.branchID), ["ap-1", "ap-2", "truong-thcs", "cong-an-xa"])
        XCTAssertEqual(csv.entries.map(\.location.line), [2, 3, 4, 5])
        let first = csv.entries[0]
        XCTAssertEqual(first.itemScores["nhiem-vu-chinh-tri"], ["chi-tieu": 14, "tien-do": 14])
        XCTAssertEqual(first.criterionScores["nhiem-vu-chinh-tri"], 28, "items are summed into their criterion")
        XCTAssertEqual(first.criterionScores["sinh-hoat"], 28)
        XCTAssertEqual(first.bonus, 1.5, "a decimal comma, as Vietnamese Excel writes it")
        XCTAssertEqual(first.note, "Tặng Giấy khen")
        XCTAssertEqual(csv.entries[3].violations, 1)
    }

    func testYAMLScoresSumTheirItemsAndKeepTheirLines() throws {
        let site = try XCTUnwrap(try ValidationSite.load().site)
        let yaml = try XCTUnwrap(site.evaluations.first { $0.period == Period(year: 2023) })
        XCTAssertEqual(yaml.title, "Kết quả chấm điểm thi đua năm 2023")
        let entry = try XCTUnwrap(yaml.entries.first { $0.branchID == "ap-1" })
        XCTAssertEqual(entry.criterionScores["nhiem-vu-chinh-tri"], 27)
        XCTAssertEqual(entry.statedLevel, "xuat-sac")
        XCTAssertEqual(entry.location, SourceLocation(file: "content/evaluations/2023.yaml", line: 4))
        let last = try XCTUnwrap(yaml.entries.first { $0.branchID == "cong-an-xa" })
        XCTAssertEqual(last.location.line, 24)
        XCTAssertEqual(last.penalty, 1)
    }

    func testMarkdownFilesKeepFileLinesAndBodies() throws {
        let site = try XCTUnwrap(try ValidationSite.load().site)
        let minutes = try XCTUnwrap(site.minutes.first { $0.slug == "ap-1-2024-09" })
        XCTAssertEqual(minutes.source, SourceLocation(file: "content/minutes/2024/ap-1-2024-09.md", line: 2))
        XCTAssertEqual(minutes.attendance, Attendance(present: 36, expected: 40, excused: 3, unexcused: 1))
        XCTAssertEqual(minutes.durationMinutes, 105)
        XCTAssertEqual(minutes.resolutions.last?.due, CalendarDate(year: 2024, month: 10, day: 30))
        XCTAssertEqual(minutes.absent.map(\.reason), ["ốm", nil])
        let school = try XCTUnwrap(site.branch(id: "truong-thcs"))
        XCTAssertEqual(school.source, SourceLocation(file: "content/branches/truong-thcs.md", line: 2))
        XCTAssertEqual(school.introduction, "Chi bộ trường được thành lập năm 1998.\n")
        let story = try XCTUnwrap(site.stories.first { $0.slug == "bi-thu-8x-xong-pha-trong-lu" })
        XCTAssertEqual(story.title, "Bí thư 8X xông pha trong lũ")
        XCTAssertEqual(story.tags, ["phòng chống thiên tai", "chuyển đổi số"])
    }

    /// Word and Notepad on Windows save CRLF; the front matter must still be found and its lines kept.
    func testCRLFMarkdownLoadsAndKeepsLines() throws {
        let text = "---\r\nbranch: ap-2\r\ndate: 2024-10-04\r\nkind: thuong-ky\r\nchiar: X\r\n---\r\nNội dung.\r\n"
        let loaded = try ValidationSite.load("minimal", ["content/minutes/2024/ap-2-2024-10.md": .text(text)])
        assertDiagnostics(loaded, [.warning("content/minutes/2024/ap-2-2024-10.md", 5, "unknown field 'chiar'")])
        XCTAssertEqual(loaded.site?.minutes.first { $0.slug == "ap-2-2024-10" }?.body, "Nội dung.\n")
    }

    /// A file with a byte-order mark (Notepad's "UTF-8 with BOM") reads as plain UTF-8.
    func testByteOrderMarkIsIgnoredInYAML() throws {
        let text = "\u{FEFF}name: Chi bộ Công an xã\nkind: cong-an\n"
        let loaded = try ValidationSite.load("minimal", ["content/branches/cong-an-xa.yaml": .text(text)])
        assertDiagnostics(loaded, [])
        XCTAssertEqual(loaded.site?.branch(id: "cong-an-xa")?.name, "Chi bộ Công an xã")
    }
}
