@testable import BonTotKit
import Foundation
import XCTest

/// The meeting date comes from the line saying when the meeting was held, never from a date
/// further on: minutes whose "Thời gian" line wrote "08/10/26", "ngày 8 tháng 10" (the year in the
/// title "THÁNG 10/2026"), "08/10/2O26", or no date at all were imported with `date: 2026-11-30`,
/// a resolution's deadline, or the day of an earlier event the body names, and "0 lỗi, 0 cảnh báo".
final class MeetingDateTests: DocumentsSiteTestCase {
    private let path = "content/minutes/2026/ap-1-2026-10.md"

    private func run(_ name: String) -> MinutesImport.Report {
        MinutesImport.run(OfficeFixtures.folder.appending(path: name), source: name, siteRoot: root, branch: "ap-1",
                          kind: nil, dryRun: false)
    }

    private func dateDiagnostics(_ report: MinutesImport.Report) -> [String] {
        report.diagnostics.sorted.filter { $0.field == "date" }.map(\.description)
    }

    func testATwoDigitYearIsThisCenturys() throws {
        let report = run("bien-ban-ngay-hop-nam-hai-so.docx")
        XCTAssertEqual(report.outcomes.map(\.path), [path])
        let text = try XCTUnwrap(report.outcomes.first?.text)
        XCTAssertTrue(text.contains("\ndate: 2026-10-08\n"), text)
        XCTAssertTrue(text.contains("due: 2026-11-30"), "the deadline stays the resolution's: \(text)")
        XCTAssertEqual(report.diagnostics.sorted.map(\.field), ["topic"], "only the topic is left to fill")
    }

    func testADateWithoutItsYearTakesTheTitlesYear() throws {
        let report = run("bien-ban-ngay-hop-khong-nam.docx")
        XCTAssertEqual(report.outcomes.map(\.path), [path])
        XCTAssertTrue(try XCTUnwrap(report.outcomes.first?.text).contains("\ndate: 2026-10-08\n"))
        XCTAssertEqual(report.diagnostics.sorted.map(\.field), ["topic"], "only the topic is left to fill")
    }

    func testAYearThatCannotBeReadIsTakenFromTheTitleWithAWarning() throws {
        let report = run("bien-ban-ngay-hop-chu-o.docx")
        XCTAssertEqual(report.outcomes.map(\.path), [path])
        XCTAssertTrue(try XCTUnwrap(report.outcomes.first?.text).contains("\ndate: 2026-10-08\n"))
        XCTAssertEqual(dateDiagnostics(report), [
            "\(path):3: warning: biên bản 'bien-ban-ngay-hop-chu-o.docx' ghi ngày họp '08/10/2O26' (dòng 'Thời gian: 19 giờ 30, "
                + "ngày 08/10/2O26') với năm không đọc được; đã lấy năm 2026 theo dòng 'BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG "
                + "10/2026': date: 2026-10-08; hãy đối chiếu với biên bản / 'bien-ban-ngay-hop-chu-o.docx' writes the meeting date "
                + "'08/10/2O26' with a year that cannot be read: took 2026 from 'BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026' "
                + "(date: 2026-10-08), check it",
        ])
    }

    func testNoDateInTheOpeningIsAnErrorNamingTheDeadline() {
        let report = run("bien-ban-ngay-hop-khong-ngay.docx")
        XCTAssertEqual(report.outcomes.map(\.path), [])
        XCTAssertEqual(dateDiagnostics(report), [
            "bien-ban-ngay-hop-khong-ngay.docx: error: không tìm thấy ngày họp (\"Thời gian: … ngày 05 tháng 9 năm 2024\" hoặc "
                + "\"05/9/2024\"); ngày 30/11/2026 ở dòng '1. Hoàn thành làm đường bê tông xóm Trại trước ngày 30/11/2026.' là hạn "
                + "của một việc, không phải ngày họp; chưa nhập tệp này / no meeting date found; 30/11/2026 in '1. Hoàn thành làm "
                + "đường bê tông xóm Trại trước ngày 30/11/2026.' is a deadline, not the meeting date: not imported",
        ])
    }

    /// Last month's minutes copied and only the date changed: the title "… THÁNG 10/2026" over
    /// "ngày 08/11/2026" imported silently as November.
    func testATitleOfAnotherMonthIsAWarningNamingBoth() throws {
        let report = run("bien-ban-ngay-hop-lech-tieu-de.docx")
        let november = "content/minutes/2026/ap-1-2026-11.md"
        XCTAssertEqual(report.outcomes.map(\.path), [november])
        XCTAssertTrue(try XCTUnwrap(report.outcomes.first?.text).contains("\ndate: 2026-11-08\n"))
        XCTAssertEqual(dateDiagnostics(report), [
            "\(november):3: warning: tiêu đề biên bản 'bien-ban-ngay-hop-lech-tieu-de.docx' ghi tháng 10/2026 ('BIÊN BẢN SINH "
                + "HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026') nhưng dòng 'Thời gian: 19 giờ 30, ngày 08/11/2026' ghi ngày họp 08/11/2026; "
                + "đã lấy date: 2026-11-08 theo dòng này. Nếu biên bản được chép từ biên bản khác mà mới sửa một chỗ, hãy sửa chỗ còn "
                + "lại (trong biên bản và ở đây) / the title of 'bien-ban-ngay-hop-lech-tieu-de.docx' says month 10/2026 ('BIÊN BẢN "
                + "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026') but 'Thời gian: 19 giờ 30, ngày 08/11/2026' gives the meeting date "
                + "08/11/2026: took date: 2026-11-08 from that line; check which is right",
        ])
    }

    /// "Ngày 15/9/2026" alone above the header was taken as the meeting's date over "Thời gian:
    /// ngày 08/10/2026." (a Thời gian line without the hour).
    func testTheThoiGianLineWinsOverADateAtTheTop() throws {
        let report = run("bien-ban-ngay-hop-dong-dau.docx")
        XCTAssertEqual(report.outcomes.map(\.path), [path])
        XCTAssertTrue(try XCTUnwrap(report.outcomes.first?.text).contains("\ndate: 2026-10-08\n"))
        XCTAssertEqual(dateDiagnostics(report), [], "the title's month is the date's")
    }

    func testADateInTheBodyIsNotTheMeetings() {
        let report = run("bien-ban-ngay-hop-trong-than.docx")
        XCTAssertEqual(report.outcomes.map(\.path), [])
        XCTAssertEqual(dateDiagnostics(report), [
            "bien-ban-ngay-hop-trong-than.docx: error: không tìm thấy ngày họp (\"Thời gian: … ngày 05 tháng 9 năm 2024\" hoặc "
                + "\"05/9/2024\"); ngày 15/9/2026 ở dòng 'Thực hiện nghị quyết tháng 9, ngày 15/9/2026 chi bộ đã ra quân phát…' "
                + "nằm trong thân biên bản, không chắc là ngày họp; ngày 30/11/2026 ở dòng '1. Hoàn thành làm đường bê tông xóm Trại "
                + "trước ngày 30/11/2026.' là hạn của một việc, không phải ngày họp; chưa nhập tệp này / no meeting date found; "
                + "15/9/2026 in 'Thực hiện nghị quyết tháng 9, ngày 15/9/2026 chi bộ đã ra quân phát…' is in the body, not surely "
                + "the meeting date; 30/11/2026 in '1. Hoàn thành làm đường bê tông xóm Trại trước ngày 30/11/2026.' is a deadline, "
                + "not the meeting date: not imported",
        ])
    }

    /// A date in words is read in figures ("ngày 8 tháng 11 năm 2026"), but the warning quoted
    /// those figures as the document's line and date: it quotes the clerk's words, as the body does.
    func testADateInWordsIsQuotedAsWritten() throws {
        let report = run("bien-ban-ngay-hop-bang-chu-lech-tieu-de.docx")
        let november = "content/minutes/2026/ap-1-2026-11.md"
        XCTAssertEqual(report.outcomes.map(\.path), [november])
        let text = try XCTUnwrap(report.outcomes.first?.text)
        XCTAssertTrue(text.contains("\ndate: 2026-11-08\n"), text)
        XCTAssertTrue(text.contains("Thời gian: 19 giờ 30, ngày tám tháng mười một năm hai nghìn không trăm hai mươi sáu"), text)
        XCTAssertEqual(dateDiagnostics(report), [
            "\(november):3: warning: tiêu đề biên bản 'bien-ban-ngay-hop-bang-chu-lech-tieu-de.docx' ghi tháng 10/2026 ('BIÊN BẢN "
                + "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026') nhưng dòng 'Thời gian: 19 giờ 30, ngày tám tháng mười một năm hai "
                + "nghìn không…' ghi ngày họp tám tháng mười một năm hai nghìn không trăm hai mươi sáu; đã lấy date: 2026-11-08 "
                + "theo dòng này. Nếu biên bản được chép từ biên bản khác mà mới sửa một chỗ, hãy sửa chỗ còn lại (trong biên bản và "
                + "ở đây) / the title of 'bien-ban-ngay-hop-bang-chu-lech-tieu-de.docx' says month 10/2026 ('BIÊN BẢN SINH HOẠT CHI "
                + "BỘ THƯỜNG KỲ THÁNG 10/2026') but 'Thời gian: 19 giờ 30, ngày tám tháng mười một năm hai nghìn không…' gives "
                + "the meeting date tám tháng mười một năm hai nghìn không trăm hai mươi sáu: took date: 2026-11-08 from that line; "
                + "check which is right",
        ])
    }
}

/// The lines a message about the meeting date quotes, cut to 70 characters.
final class QuotedLineTests: XCTestCase {
    /// A line longer than a message quotes is cut at the end of a word, not inside one ("… ra quân
    /// phát q…", "… không tră…" were quoted), and "…" says it goes on.
    func testALongLineIsCutAtAWordsEnd() {
        let line = "Thực hiện nghị quyết tháng 9, ngày 15/9/2026 chi bộ đã ra quân phát quang đường làng"
        XCTAssertEqual(QuotedLine.cut(line), "Thực hiện nghị quyết tháng 9, ngày 15/9/2026 chi bộ đã ra quân phát…")
        XCTAssertEqual(QuotedLine.cut("Thời gian: 19 giờ 30, ngày tám tháng mười một năm hai nghìn không trăm hai mươi sáu"),
                       "Thời gian: 19 giờ 30, ngày tám tháng mười một năm hai nghìn không…")
        // A cut after a mark leaves it out; a line up to the limit is quoted whole.
        XCTAssertEqual(QuotedLine.cut("Có mặt: 26/28 đồng chí, vắng 02 đồng chí, có lý do: đồng chí Lan, đồng chí Hoa", limit: 42),
                       "Có mặt: 26/28 đồng chí, vắng 02 đồng chí…")
        XCTAssertEqual(QuotedLine.cut(String(repeating: "a ", count: 35)), String(repeating: "a ", count: 35))
        // One word longer than the limit is cut all the same.
        XCTAssertEqual(QuotedLine.cut(String(repeating: "x", count: 80)), String(repeating: "x", count: 69) + "…")
    }
}

/// The same readings line by line: the opening lines that give the date, and those that do not.
final class MeetingDateLineTests: XCTestCase {
    private func date(_ lines: [String]) -> String? {
        MinutesFacts(lines: lines, resolutionItems: []).date?.description
    }

    func testTheOpeningGivesTheDate() {
        XCTAssertEqual(date(["Thời gian: 19 giờ 30, ngày 08/10/26"]), "2026-10-08")
        XCTAssertEqual(date(["BIÊN BẢN SINH HOẠT CHI BỘ", "THƯỜNG KỲ QUÝ IV NĂM 2026", "Thời gian: 19 giờ 30, ngày 8 tháng 10"]), "2026-10-08")
        XCTAssertEqual(date(["Hòa Thuận, ngày 08 tháng 10 năm 2026", "BIÊN BẢN SINH HOẠT CHI BỘ", "Thời gian: 19 giờ 30, ngày 8/10"]),
                       "2026-10-08", "the year of the header's date of that day")
        XCTAssertEqual(date(["Hôm nay, ngày 05/9/2024, tại nhà văn hóa, chi bộ tiến hành sinh hoạt."]), "2024-09-05")
        XCTAssertNil(date(["Thời gian: 19 giờ 30, ngày 8 tháng 10"]), "no year anywhere")
        XCTAssertNil(date(["Thời gian: 8.10 - 10.15"]), "a time, not 8 October 2010")
    }

    /// Minutes with no attendance line the import reads and no capitals heading: a body's "Lúc 8
    /// giờ ngày 20/9/2024 toàn chi bộ ra quân" (under "Kết luận:"), a "Vào hồi…" below "Hôm nay,
    /// ngày 12/9/2024", someone's words ("Ý kiến đồng chí C: Vào hồi 7 giờ…"), or a resolution
    /// "1. Ngày 15/9/2024 …" under "Nghị quyết:" were taken silently as the meeting's day.
    func testABodysTimeOrDateIsNotTheMeetingsWithoutAnAttendanceLine() {
        let title = "Biên bản sinh hoạt chi bộ thường kỳ tháng 9/2024"
        XCTAssertEqual(date(["Hòa Thuận, ngày 12 tháng 9 năm 2024", title, "Hôm nay, ngày 12/9/2024, tại nhà văn hóa khu phố 1.",
                             "Chủ trì: đồng chí A", "Nội dung sinh hoạt:", "Đánh giá công tác tháng 9.", "Kết luận:",
                             "1. Lúc 8 giờ ngày 20/9/2024 toàn chi bộ ra quân tổng vệ sinh."]), "2024-09-12")
        XCTAssertEqual(date([title, "Hôm nay, ngày 12/9/2024, chi bộ họp tại nhà văn hóa.",
                             "Vào hồi 8 giờ ngày 20/9/2024 toàn chi bộ ra quân."]), "2024-09-12")
        XCTAssertEqual(date(["Hòa Thuận, ngày 10 tháng 9 năm 2024", "Biên bản họp chi bộ", "Chi bộ họp thường kỳ.",
                             "Ý kiến đồng chí C: Vào hồi 7 giờ ngày 02/9/2024 đã tổ chức lễ chào cờ."]), "2024-09-10")
        XCTAssertNil(date(["Biên bản sinh hoạt chi bộ", "Chi bộ họp thường kỳ.", "Nghị quyết:", "1. Ngày 15/9/2024 toàn chi bộ ra quân."]),
                     "no date in the opening: not imported")
        let body = (1...25).map { "Đồng chí \($0) phát biểu ý kiến." }
        XCTAssertNil(date(["Biên bản sinh hoạt chi bộ", "Chi bộ họp thường kỳ."] + body + ["Lúc 9 giờ ngày 15/9/2024 họp tổ."]),
                     "past the opening's first lines")
        XCTAssertEqual(date(["Biên bản", "Hôm nay, vào lúc 19 giờ 30 ngày 05/9/2024, chi bộ họp."]), "2024-09-05")
    }

    /// "Hôm nay, ngày 15/10/2026" over "Vào hồi 19 giờ 30" is one sentence of the clerk's: the
    /// day and the hour the meeting began. A date typed at the top ("Ngày 14/10/2026") was taken
    /// over it, and under "Hôm nay, ngày 12/9/2024" a body's "Vào hồi 8 giờ ngày 20/9/2024 …" gave
    /// the meeting's start (08:00) while the date came from the line above: two lines, two readings.
    func testTheDayAndTheHourComeFromTheSameSentence() {
        func read(_ lines: [String]) -> String {
            let facts = MinutesFacts(lines: lines, resolutionItems: [])
            return "\(facts.date?.description ?? "-") \(facts.start?.description ?? "-")"
        }
        let title = "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026"
        XCTAssertEqual(read([title, "Hôm nay, ngày 15/10/2026,", "Vào hồi 19 giờ 30, tại nhà văn hóa ấp 1, chi bộ họp.", "Có mặt: 26/28"]),
                       "2026-10-15 19:30")
        XCTAssertEqual(read(["Ngày 14/10/2026", title, "Hôm nay, ngày 15/10/2026,", "Vào hồi 19 giờ 30, tại nhà văn hóa ấp 1.",
                             "Có mặt: 26/28"]), "2026-10-15 19:30", "the typed date at the top is not the sentence's")
        XCTAssertEqual(read(["Ngày 14/10/2026", title, "Vào hồi 19 giờ 30 ngày 15/10/2026, tại nhà văn hóa ấp 1.", "Có mặt: 26/28"]),
                       "2026-10-15 19:30")
        XCTAssertEqual(read(["Biên bản sinh hoạt chi bộ tháng 9/2024", "Hôm nay, ngày 12/9/2024, chi bộ họp tại nhà văn hóa.",
                             "Vào hồi 8 giờ ngày 20/9/2024 toàn chi bộ ra quân."]), "2024-09-12 -", "the body's hour is not the meeting's")
        XCTAssertEqual(read([title, "Hôm nay, ngày 15/10/2026,", "Vào hồi 19 giờ 30 ngày 15/10/2026, chi bộ họp.", "Có mặt: 26/28"]),
                       "2026-10-15 19:30")
    }

    /// "Ngày 15/9/2026" alone at the very top, above the title (the day the document was typed,
    /// or last month's left in a copy), was taken as the meeting's date over the "Thời gian" line.
    func testTheThoiGianLineWinsOverADateAtTheTop() {
        let title = "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026"
        XCTAssertEqual(date(["Ngày 15/9/2026", title, "Thời gian: ngày 08/10/2026, tại Nhà văn hóa ấp 1"]), "2026-10-08")
        XCTAssertEqual(date(["Ngày 15/9/2026", title, "Thời gian: 08/10/2026"]), "2026-10-08")
        XCTAssertEqual(date(["Ngày 15/9/2026", title, "Thời gian: 19 giờ 30, ngày 08/10/2026"]), "2026-10-08")
        XCTAssertEqual(date(["Ngày 15/9/2026", title, "- Thời gian: Ngày 08 tháng 10 năm 2026"]), "2026-10-08")
        XCTAssertEqual(date(["Ngày 15/9/2026", title, "Địa điểm: Nhà văn hóa ấp 1"]), "2026-09-15", "no Thời gian line: the top line's")
    }

    /// The title's month against the date read: "THÁNG 10/2026", "THÁNG 10", the title over two
    /// lines; a dated title, or one naming two months, says nothing.
    func testATitleOfAnotherMonthIsKept() {
        func conflict(_ lines: [String]) -> String? {
            MinutesFacts(lines: lines, resolutionItems: []).dateReading.titleConflict.map { "\($0.month)/\($0.year.map(String.init) ?? "-")" }
        }
        XCTAssertEqual(conflict(["BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10/2026", "Thời gian: 19 giờ 30, ngày 08/11/2026"]), "10/2026")
        XCTAssertEqual(conflict(["BIÊN BẢN", "SINH HOẠT CHI BỘ THÁNG 10", "Thời gian: 19 giờ 30, ngày 08/11/2026"]), "10/-")
        XCTAssertEqual(conflict(["BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11/2025", "Thời gian: 19 giờ 30, ngày 08/11/2026"]), "11/2025")
        XCTAssertNil(conflict(["BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11 NĂM 2026", "Thời gian: 19 giờ 30, ngày 08/11/2026"]))
        XCTAssertNil(conflict(["BIÊN BẢN SINH HOẠT CHI BỘ NGÀY 08 THÁNG 11 NĂM 2026", "Thời gian: 19 giờ 30"]))
        XCTAssertNil(conflict(["BIÊN BẢN (đánh giá tháng 9, triển khai tháng 10)", "Thời gian: 19 giờ 30, ngày 08/11/2026"]))
        XCTAssertNil(conflict(["BIÊN BẢN SINH HOẠT CHI BỘ QUÝ IV/2026", "Thời gian: 19 giờ 30, ngày 08/11/2026"]))
    }

    func testADateAfterTheAttendanceOrInAResolutionIsNotTheMeetings() {
        XCTAssertNil(date(["BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10/2026", "Thời gian: 19 giờ 30", "Có mặt: 26/28",
                           "ngày 15/9/2026 chi bộ đã ra quân phát quang đường xóm."]))
        XCTAssertNil(date(["Thời gian: 19 giờ 30", "1. Hoàn thành làm đường bê tông xóm Trại trước ngày 30/11/2026"]))
    }

    /// A numbered "Thời gian" line ("1. Thời gian: …", "a) Thời gian: …", "I. Thời gian, địa
    /// điểm: …") and "Hôm nay, vào lúc …" below a long preamble gave no date (import refused).
    func testANumberedTimeLineOrALongPreambleGivesTheDate() {
        func read(_ lines: [String]) -> String {
            let facts = MinutesFacts(lines: lines, resolutionItems: [])
            return "\(facts.date?.description ?? "-") \(facts.start?.description ?? "-")"
        }
        let title = "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ"
        XCTAssertEqual(read([title, "I. THỜI GIAN, ĐỊA ĐIỂM", "1. Thời gian: 14h00' ngày 05/9/2024.", "Có mặt: 26/28"]), "2024-09-05 14:00")
        XCTAssertEqual(read([title, "I. THỜI GIAN, ĐỊA ĐIỂM", "a) Thời gian: 14h00' ngày 05/9/2024.", "Có mặt: 26/28"]), "2024-09-05 14:00")
        XCTAssertEqual(read([title, "I. Thời gian, địa điểm: 14h00 ngày 05/9/2024 tại hội trường", "Có mặt: 26/28"]), "2024-09-05 14:00")
        let preamble = (1...20).map { "Căn cứ văn bản số \($0)-HD/ĐU ngày 0\($0 % 9 + 1)/8/2024 của Đảng ủy xã;" }
        XCTAssertEqual(read([title] + preamble + ["Hôm nay, vào lúc 14 giờ ngày 05/9/2024, tại hội trường", "Có mặt: 26/28"]),
                       "2024-09-05 14:00")
    }

    /// A "Thời gian" line under the resolutions (a task's) was taken as the meeting's: date
    /// 2024-09-15 and start 07:30 over "Hôm nay, ngày 05/9/2024", silently.
    func testATimeLineInTheResolutionsIsNotTheMeetings() {
        let facts = MinutesFacts(lines: [
            "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ", "Hôm nay, ngày 05/9/2024, tại hội trường ấp 1, chi bộ họp.", "Có mặt: 26/28",
            "II. NGHỊ QUYẾT", "2. Tổ chức ra quân làm vệ sinh môi trường.", "Thời gian: 7 giờ 30 ngày 15/9/2024; địa điểm: xóm Trại.",
        ], resolutionItems: [])
        XCTAssertEqual(facts.date?.description, "2024-09-05")
        XCTAssertNil(facts.start, "the task's hour is not the meeting's")
    }

    /// The header's place and date (the day the minutes were signed) beat "Hôm nay, ngày …" by
    /// coming first; December minutes written up in January took January's year.
    func testTheHeadersDateComesAfterHomNay() {
        XCTAssertEqual(date(["Hòa Thuận, ngày 10 tháng 9 năm 2024", "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ",
                             "Hôm nay, ngày 05 tháng 9 năm 2024, tại hội trường ấp 1", "Có mặt: 26/28"]), "2024-09-05")
        XCTAssertEqual(date(["Hòa Thuận, ngày 10 tháng 9 năm 2024", "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ", "Có mặt: 26/28"]),
                       "2024-09-10", "nothing else: the header's")
        XCTAssertEqual(date(["Hòa Thuận, ngày 05 tháng 01 năm 2025", "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 12",
                             "Hôm nay, ngày 28 tháng 12, tại hội trường ấp 1", "Có mặt: 26/28"]), "2024-12-28")
        XCTAssertEqual(date(["Hòa Thuận, ngày 05 tháng 01 năm 2025", "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 12/2023",
                             "Hôm nay, ngày 28 tháng 12, tại hội trường ấp 1"]), "2023-12-28", "the title's year first")
        XCTAssertEqual(date(["Hòa Thuận, ngày 25 tháng 10 năm 2024", "BIÊN BẢN SINH HOẠT CHI BỘ",
                             "Hôm nay, ngày 08 tháng 10, tại hội trường ấp 1"]), "2024-10-08")
    }

    /// "5-9-24" and "5.9.24" were not read, and the error never quoted the opening line whose
    /// date it could not read; "31/9/2024" was told incomplete where the day does not exist.
    func testATwoDigitYearWithDashesOrDotsAndADayThatDoesNotExist() {
        XCTAssertEqual(date(["Hôm nay, ngày 5-9-24, tại hội trường ấp 1"]), "2024-09-05")
        XCTAssertEqual(date(["Thời gian: 14 giờ, ngày 5.9.24"]), "2024-09-05")
        XCTAssertEqual(date(["Hôm nay, ngày 2024-09-05 chi bộ họp", "Ngày 06/9/2024"]), "2024-09-06", "no '24-09-05' in an ISO date")
        func message(_ lines: [String]) -> String {
            MeetingDateMessages.notFound(MinutesFacts(lines: lines, resolutionItems: []).dateReading.problem).vietnamese
        }
        XCTAssertEqual(message(["Thời gian: 14 giờ, ngày 5 - 9 - 24", "Có mặt: 26/28"]),
                       "; dòng 'Thời gian: 14 giờ, ngày 5 - 9 - 24' không ghi đủ ngày, tháng, năm đọc được (năm ghi bằng số, "
                       + "hoặc năm trong tiêu đề: \"… THÁNG 10/2026\")")
        XCTAssertEqual(message(["Thời gian: 14 giờ, ngày 31/9/2024", "Có mặt: 26/28"]),
                       "; dòng 'Thời gian: 14 giờ, ngày 31/9/2024' ghi ngày 31/9/2024, không có ngày này (tháng 9 chỉ có 30 ngày)")
        XCTAssertEqual(message(["Thời gian: 19 giờ 30, tại hội trường", "Có mặt: 26/28"]), "", "no date written: no line to quote")
    }

    /// "- Thời gian: 14 giờ 00 phút, …" gave the date but `start` was reported missing; a
    /// deadline written in words or with dashes gave no `due:`.
    func testTheTimeLineAndDeadlinesAreReadAsTheDateIs() {
        let facts = MinutesFacts(lines: ["- Thời gian: 14 giờ 00 phút, ngày 05/9/2024.", "Có mặt: 26/28"], resolutionItems: [
            ResolutionItem(text: "Hoàn thành làm đường trước ngày 30 tháng 11 năm 2024."),
            ResolutionItem(text: "Nộp báo cáo trước ngày 15-10-2024."),
            ResolutionItem(text: "Thu đảng phí trước ngày 30/9."),
        ])
        XCTAssertEqual(facts.date?.description, "2024-09-05")
        XCTAssertEqual(facts.start?.description, "14:00")
        XCTAssertEqual(facts.resolutions.map { $0.due?.description ?? "-" }, ["2024-11-30", "2024-10-15", "2024-09-30"])
        XCTAssertTrue(MinutesFacts.hasDeadline("Hoàn thành trong hạn 3 ngày, trước ngày 30 tháng 11 năm 2024"))
    }

    /// A title on two lines, "BIÊN BẢN SINH HOẠT CHI BỘ" over "THƯỜNG KỲ THÁNG 10/2026", gave
    /// the year but never the month: no warning for a date of another month.
    func testATwoLineTitleGivesTheMonthAsItGivesTheYear() {
        let facts = MinutesFacts(lines: ["BIÊN BẢN SINH HOẠT CHI BỘ", "THƯỜNG KỲ THÁNG 10/2026",
                                         "Thời gian: 19 giờ 30, ngày 08/11/2026", "Có mặt: 26/28"], resolutionItems: [])
        XCTAssertEqual(facts.dateReading.titleConflict.map { "\($0.month)/\($0.year ?? 0)" }, "10/2026")
        XCTAssertEqual(date(["BIÊN BẢN SINH HOẠT CHI BỘ", "THƯỜNG KỲ THÁNG 10/2026", "Thời gian: 19 giờ 30, ngày 8 tháng 10"]),
                       "2026-10-08")
        XCTAssertNil(MinutesFacts(lines: ["BIÊN BẢN SINH HOẠT CHI BỘ", "Thực hiện nghị quyết tháng 9 năm 2026, chi bộ đã ra quân.",
                                          "Thời gian: 19 giờ 30, ngày 08/11/2026"], resolutionItems: []).dateReading.titleConflict,
                     "a sentence under the title is not the title")
    }

    /// The title in lower case on two lines, "Biên bản sinh hoạt chi bộ" over "thường kỳ tháng
    /// 10/2026", gave neither its month nor its year, as the capitals version does.
    func testATwoLineTitleInLowerCaseGivesItsMonthAndYear() {
        func conflict(_ lines: [String]) -> String? {
            MinutesFacts(lines: lines + ["Có mặt: 26/28"], resolutionItems: []).dateReading.titleConflict
                .map { "\($0.month)/\($0.year.map(String.init) ?? "-")" }
        }
        XCTAssertEqual(conflict(["Biên bản sinh hoạt chi bộ", "thường kỳ tháng 10/2026", "Thời gian: 19 giờ 30, ngày 08/11/2026"]), "10/2026")
        XCTAssertEqual(conflict(["Biên bản sinh hoạt chi bộ", "Thường kỳ tháng 10/2026", "Thời gian: 19 giờ 30, ngày 08/11/2026"]), "10/2026")
        XCTAssertEqual(date(["Biên bản sinh hoạt chi bộ", "thường kỳ tháng 10/2026", "Thời gian: 19 giờ 30, ngày 8 tháng 10"]), "2026-10-08",
                       "the title's year")
        XCTAssertNil(conflict(["Biên bản sinh hoạt chi bộ", "Thực hiện nghị quyết tháng 9 năm 2026, chi bộ đã ra quân.",
                               "Thời gian: 19 giờ 30, ngày 08/11/2026"]), "a sentence under the title is not the title")
        XCTAssertEqual(MinutesFacts(lines: ["Biên bản sinh hoạt chi bộ", "chuyên đề quý III năm 2026", "Thời gian: 19 giờ 30, ngày 08/9/2026"],
                                    resolutionItems: []).kind, .chuyenDe, "the kind the title's second line names")
    }
}
