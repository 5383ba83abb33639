import BonTotKit
import Foundation
import XCTest

/// `bontot new minutes` for a second meeting of one kind in a month whose file is there (a
/// make-up meeting, two regular meetings in a month): written under the name with its day,
/// said so, counted in its month, and refused only when that name is taken too, or when it is
/// the day of the meeting already written.
final class SecondMeetingOfTheMonthTests: FolderTestCase {
    func testASecondMeetingOnAnotherDayIsWrittenWithItsDayAndCountsInItsMonth() throws {
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        let first = ["new", "minutes", "--branch", "khu-dan-cu-so-1", "--date", "2026-04-05", "--site", site.path]
        XCTAssertEqual(try BontotProcess.run(first).status, 0)

        let second = ["new", "minutes", "--branch", "khu-dan-cu-so-1", "--date", "2026-04-20", "--site", site.path]
        let made = try BontotProcess.run(second)
        XCTAssertEqual(made.status, 0, made.errors)
        let path = "content/minutes/2026/khu-dan-cu-so-1-2026-04-20.md"
        XCTAssertTrue(made.output.hasPrefix("Đã tạo \(site.path)/\(path)\n"), made.output)
        XCTAssertTrue(made.output.contains("\(site.path)/content/minutes/2026/khu-dan-cu-so-1-2026-04.md đã có (buổi họp ngày 05/04/2026)"),
                      "says which name is taken and why the day: \(made.output)")
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appending(path: path).path))

        // Both meetings pass `bontot check` (their names agree with their dates) and count in April.
        let checked = try BontotProcess.run(["check", "--site", site.path])
        XCTAssertEqual(checked.status, 0, checked.errors)
        XCTAssertFalse((checked.output + checked.errors).contains("tên tệp"), checked.output + checked.errors)
        let loaded = SiteLoader.load(root: site)
        let april = loaded.analysis?.minutesByBranch["khu-dan-cu-so-1"]?.filter { $0.date.year == 2026 && $0.date.month == 4 }
        XCTAssertEqual(april?.map(\.slug).sorted(), ["khu-dan-cu-so-1-2026-04", "khu-dan-cu-so-1-2026-04-20"])

        // The day's name taken too: refused, naming it; the same day as the month's file: the
        // same meeting, refused as before.
        let again = try BontotProcess.run(second)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.errors.hasPrefix("lỗi: \(site.path)/\(path) đã có; không ghi đè"), again.errors)
        let sameDay = try BontotProcess.run(first)
        XCTAssertEqual(sameDay.status, 1)
        XCTAssertTrue(sameDay.errors.hasPrefix("lỗi: \(site.path)/content/minutes/2026/khu-dan-cu-so-1-2026-04.md đã có"), sameDay.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appending(path: "content/minutes/2026/khu-dan-cu-so-1-2026-04-05.md").path))
    }

    /// The month's file saved by Notepad as "Unicode" (UTF-16 with its mark), which a build reads:
    /// its day was not read, and the second meeting was refused as the month's file taken.
    func testTheMonthsFileInUTF16IsReadForItsDay() throws {
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        let base = ["new", "minutes", "--branch", "khu-dan-cu-so-1", "--site", site.path]
        XCTAssertEqual(try BontotProcess.run(base + ["--date", "2026-04-05"]).status, 0)
        let month = site.appending(path: "content/minutes/2026/khu-dan-cu-so-1-2026-04.md")
        let text = try String(contentsOf: month, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
        try (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!).write(to: month)

        let made = try BontotProcess.run(base + ["--date", "2026-04-20"])
        XCTAssertEqual(made.status, 0, made.errors)
        XCTAssertTrue(made.output.hasPrefix("Đã tạo \(site.path)/content/minutes/2026/khu-dan-cu-so-1-2026-04-20.md\n"), made.output)
    }

    /// A thematic meeting's second file keeps its kind after the day, and the kind is read from
    /// the name as before: a `kind:` that disagrees is warned about.
    func testASecondThematicMeetingKeepsItsKindInItsName() throws {
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        let base = ["new", "minutes", "--branch", "khu-dan-cu-so-1", "--kind", "chuyen-de", "--site", site.path]
        XCTAssertEqual(try BontotProcess.run(base + ["--date", "2026-04-05"]).status, 0)
        let made = try BontotProcess.run(base + ["--date", "2026-04-09"])
        XCTAssertEqual(made.status, 0, made.errors)
        let path = "content/minutes/2026/khu-dan-cu-so-1-2026-04-09-chuyen-de.md"
        XCTAssertTrue(made.output.hasPrefix("Đã tạo \(site.path)/\(path)\n"), made.output)

        let file = site.appending(path: path)
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "kind: chuyen-de", with: "kind: thuong-ky").write(to: file, atomically: true, encoding: .utf8)
        let checked = try BontotProcess.run(["check", "--site", site.path])
        XCTAssertTrue((checked.output + checked.errors).contains("tên tệp 'khu-dan-cu-so-1-2026-04-09-chuyen-de' ghi loại 'chuyen-de'"),
                      checked.output + checked.errors)
    }
}
