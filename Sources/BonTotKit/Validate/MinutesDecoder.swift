import Foundation
import Yams

/// Reads the front matter of one minutes file, checking dates, times and attendance.
enum MinutesDecoder {
    static let fields = ["branch", "date", "kind", "topic", "format", "chair", "recorder", "start", "end", "attendance",
                         "absent", "speakers", "guests", "resolutions", "quality"]

    /// Every field is read and checked before giving up, so one run reports all of a file's
    /// problems; `bodyLine` is the file line on which `body` starts.
    static func decode(_ node: Node?, slug: String, path: String, lineOffset: Int, body: String, bodyLine: Int,
                       context: DecodeContext) -> Minutes? {
        guard let reader = FieldReader(node, path: path, lineOffset: lineOffset, known: fields,
                                       misplaced: ["absent": absentWordAdvice], sink: context.sink) else { return nil }
        let branchID = reader.string("branch", required: true)
        if let branchID { context.referenceBranch(branchID, at: reader.location(of: "branch"), in: .minutes) }
        let date = meetingDate(reader, slug: slug, path: path)
        // A date out of its folder's year is told once, by the folder.
        let inItsFolder = date.map { checkYearFolder($0, path: path, reader: reader) } ?? true
        let kind = reader.choice("kind", MeetingKind.self, required: true)
        MinutesFileNameCheck.check(slug: slug, date: inItsFolder ? date : nil, kind: kind, reader: reader)
        let format = reader.choice("format", MeetingFormat.self)
        let topic = reader.string("topic")
        let chair = reader.string("chair")
        let recorder = reader.string("recorder")
        let start = time("start", reader)
        let end = time("end", reader)
        if let start, let end {
            checkEndAfterStart(start, end, reader: reader)
            checkLength(start, end, regular: kind == .thuongKy, reader: reader)
        }
        let attendance = attendance(reader)
        let absent = absentees(reader)
        checkAbsentNames(absent, attendance: attendance, reader: reader)
        let speakers = reader.int("speakers")
        if let speakers, let attendance, speakers > attendance.present {
            // Hướng dẫn 12 asks that several members speak: more than came would pass it falsely.
            reader.sink.warning(reader.location(of: "speakers"), field: "speakers",
                                "số người phát biểu (\(speakers)) nhiều hơn số có mặt (\(attendance.present)); hãy đối chiếu với biên bản "
                                + "/ more speakers than members present")
        }
        let guests = reader.strings("guests")
        let resolutions = resolutions(reader, meeting: date)
        let qualityScore = quality(reader)
        guard let branchID, let date, let kind else { return nil }
        var minutes = Minutes(slug: slug, branchID: branchID, date: date, kind: kind, format: format ?? .trucTiep,
                              source: reader.location(of: "branch"))
        minutes.dateLine = reader.location(of: "date").line
        if attendance != nil { minutes.attendanceLine = reader.location(of: "attendance").line }
        minutes.topic = topic
        minutes.chair = chair
        minutes.recorder = recorder
        minutes.start = start
        minutes.end = end
        minutes.attendance = attendance
        minutes.absent = absent
        minutes.speakers = speakers
        minutes.guests = guests
        minutes.resolutions = resolutions
        minutes.qualityScore = qualityScore
        minutes.body = body
        checkPlaceholder(minutes, path: path, bodyLine: bodyLine, sink: context.sink)
        return minutes
    }

    /// Minutes that still hold the placeholder text of `bontot new minutes` are not filled in
    /// yet: a warning, on the line of the first placeholder, naming the fields still left out.
    /// Not an error, since the office may be half-way through typing them; the file is a
    /// meeting (SPEC §1: one meeting each), so it still counts as held, and the warning says so.
    private static func checkPlaceholder(_ minutes: Minutes, path: String, bodyLine: Int, sink: DiagnosticSink) {
        guard let placeholder = SkeletonPlaceholder.first(of: SkeletonPlaceholder.minutes, in: minutes.body, firstLine: bodyLine) else { return }
        let missing = [("chủ đề", "topic", minutes.topic == nil), ("người chủ trì", "chair", minutes.chair == nil),
                       ("số dự họp", "attendance", minutes.attendance == nil)].filter(\.2)
        let fields = missing.isEmpty ? "" : "; chưa ghi " + missing.map { "\($0.0) ('\($0.1)')" }.joined(separator: ", ")
        let gist = missing.isEmpty ? "" : "; no " + missing.map { "'\($0.1)'" }.joined(separator: ", ")
        sink.warning(SourceLocation(file: path, line: placeholder.line), field: "body",
                     "biên bản còn nội dung mẫu chưa điền: '\(placeholder.text)'\(fields); "
                         + "cuộc họp vẫn được tính là đã sinh hoạt / the minutes still hold the placeholder text of "
                         + "'bontot new minutes'\(gist); the meeting still counts as held")
    }

    /// `minutes/<year>/`: a meeting dated in another year is most likely a typo in its date. A
    /// year next to the folder's may be a meeting filed late (a warning); a year further off is
    /// an error, since the pages of every month between the two would follow from it. False when
    /// the date was reported.
    private static func checkYearFolder(_ date: CalendarDate, path: String, reader: FieldReader) -> Bool {
        guard let (folder, year) = yearFolder(path), year != date.year else { return true }
        let message = "biên bản ngày \(date) nằm trong thư mục năm \(folder) / the meeting's date is not in the year of its folder"
        if abs(year - date.year) <= 1 {
            reader.sink.warning(reader.location(of: "date"), field: "date", message)
        } else {
            reader.sink.error(reader.location(of: "date"), field: "date", message + " (\(year)?)")
        }
        return false
    }

    /// The folder of a year a file lies in (`minutes/2024/`), as written and as a number.
    private static func yearFolder(_ path: String) -> (text: Substring, year: Int)? {
        let components = ASCIIParts.split(path, at: "/").filter { $0.length > 0 }
        guard components.count >= 2, case let parent = components[components.count - 2], parent.length == 4,
              let year = parent.number else { return nil }
        return (Substring(path.utf8.dropFirst(parent.start).prefix(parent.length)), year)
    }

    /// The meeting's day. Missing or empty, it is told with the line to write: the month the
    /// file's name gives (`chi-bo-x-2025-03.md`: `date: 2025-03-DD`), else the year of its folder.
    private static func meetingDate(_ reader: FieldReader, slug: String, path: String) -> CalendarDate? {
        if let node = reader.value("date") { return reader.date(node, field: "date") }
        let written: String
        var note = ""
        if let named = MinutesFileNameCheck.named(slug) {
            written = "date: \(named.year)-\(CalendarDate.pad(named.month))-DD"
            note = " (DD là ngày họp trong tháng \(CalendarDate.pad(named.month))/\(named.year) mà tên tệp ghi)"
        } else {
            written = "date: \(yearFolder(path).map { String($0.text) } ?? "YYYY")-MM-DD"
        }
        let problem = reader.has("date") ? ("trường bắt buộc 'date' để trống", "required field 'date' is empty")
                                         : ("thiếu trường bắt buộc 'date'", "missing required field 'date'")
        reader.sink.error(reader.location(of: "date"), field: "date",
                          "\(problem.0): ghi ngày họp dạng YYYY-MM-DD, \(written)\(note) / \(problem.1): write the meeting's day, \(written)")
        return nil
    }

    private static func time(_ key: String, _ reader: FieldReader) -> TimeOfDay? {
        guard let written = reader.string(key) else { return nil }
        // Word's curly quotes, typed for the straight ones the example shows: “19:30”; a mistake
        // inside them (“19h30”) is advised as it is unquoted.
        let text = WordQuotes.inside(written) ?? written
        if let time = TimeOfDay(text) { return time }
        reader.sink.error(reader.location(of: key), field: key, "giờ '\(text)' không hợp lệ; " + timeAdvice(key, text))
        return nil
    }

    /// The line to write for a time that is not `"HH:MM"`: the time it says when it says one
    /// ("7h30" is `start: "07:30"`, not the "19:30" of an example), else the form.
    private static func timeAdvice(_ key: String, _ text: String) -> String {
        guard let meant = TimeOfDay(spoken: text) else {
            return "viết dạng \"HH:MM\" trong dấu ngoặc kép, ví dụ \(key): \"19:30\" / invalid time, write \"HH:MM\" in quotes"
        }
        return "viết \(key): \"\(meant)\" (giờ 24 tiếng, trong dấu ngoặc kép) / invalid time, write \(key): \"\(meant)\""
    }

    /// An end before the start is read as a meeting past midnight, which a cell meeting hardly
    /// ever is: most often the end is written on the 12-hour clock ("9:15" for 21:15), and the
    /// meeting would last 13 hours and pass the 90 minutes of Hướng dẫn 12. A warning, naming
    /// the hour on the 24-hour clock when that reading fits.
    private static func checkEndAfterStart(_ start: TimeOfDay, _ end: TimeOfDay, reader: FieldReader) {
        guard end < start else { return }
        let evening = TimeOfDay(minutesSinceMidnight: end.minutesSinceMidnight + 12 * 60)
        let fix = end.hour < 12 && start < evening ? "; nếu cuộc họp kết thúc lúc \(evening) thì viết end: \"\(evening)\" (giờ 24 tiếng)" : ""
        let fixEnglish = fix.isEmpty ? "" : "; for \(evening), write end: \"\(evening)\""
        reader.sink.warning(reader.location(of: "end"), field: "end",
                            "giờ kết thúc \(end) sớm hơn giờ bắt đầu \(start): cuộc họp được tính là qua nửa đêm, "
                            + "dài \(VietnameseFormat.duration(minutes: end.minutesSinceMidnight + 24 * 60 - start.minutesSinceMidnight))\(fix) "
                            + "/ the end \(end) is before the start \(start), read as past midnight\(fixEnglish)")
    }

    /// The longest meeting taken without a word: a cell meeting lasts an evening, not a day.
    static let longestMeetingMinutes = 6 * 60

    /// A meeting of more than six hours ("7:30" to "21:15") has one of its times mistyped, most
    /// often the start written on the 12-hour clock ("7:30" for 19:30). A warning on the `end`
    /// line, naming the start on the 24-hour clock when that reading fits, and saying that a
    /// regular meeting still passes the 90 minutes of Hướng dẫn 12 as written (SPEC §3 keeps the
    /// rule; the office corrects the time). An end before the start is told on its own.
    private static func checkLength(_ start: TimeOfDay, _ end: TimeOfDay, regular: Bool, reader: FieldReader) {
        let minutes = end.minutesSinceMidnight - start.minutesSinceMidnight
        guard minutes > longestMeetingMinutes else { return }
        let evening = TimeOfDay(minutesSinceMidnight: start.minutesSinceMidnight + 12 * 60)
        let fits = start.hour < 12 && evening <= end
        let fix = fits ? "; nếu cuộc họp bắt đầu lúc \(evening) thì viết start: \"\(evening)\" (giờ 24 tiếng)" : ""
        let fixEnglish = fits ? "; for \(evening), write start: \"\(evening)\"" : ""
        let counted = regular ? "; cuộc họp vẫn được tính là đủ thời gian của buổi sinh hoạt có chất lượng (Hướng dẫn 12)" : ""
        reader.sink.warning(reader.location(of: "end"), field: "end",
                            "cuộc họp từ \(start) đến \(end) dài \(VietnameseFormat.duration(minutes: minutes)), quá "
                            + "\(VietnameseFormat.duration(minutes: longestMeetingMinutes)): có lẽ một trong hai giờ viết nhầm\(fix)\(counted) "
                            + "/ the meeting lasts over \(longestMeetingMinutes / 60) hours: one of its times is likely mistyped\(fixEnglish)")
    }

    /// `attendance: { …, absent: 1 }`: the absences are counted by reason, the names listed apart.
    private static let absentCountAdvice = "; số vắng ghi theo lý do: excused: (vắng có lý do), unexcused: (vắng không lý do); "
        + "tên người vắng ghi ở danh sách 'absent:' riêng, ngoài 'attendance' / write the count as excused: or unexcused:; "
        + "the names of the absent go in the separate absent: list"

    /// "Vắng mặt: 2" typed as a field of its own, which may be the count or the names: where
    /// each goes (rather than "write absent: …", which takes a count for a name).
    private static let absentWordAdvice = "; số người vắng ghi trong 'attendance' theo lý do: excused: (vắng có lý do), unexcused: "
        + "(vắng không lý do); tên người vắng ghi ở danh sách 'absent:' / the count goes in attendance as excused: or unexcused:, "
        + "the names in the absent: list"

    private static func attendance(_ reader: FieldReader) -> Attendance? {
        // Written and left empty, or only quotes ("").
        let blank = reader.value("attendance")?.scalar.map { $0.string.allSatisfy(\.isWhitespace) } ?? false
        guard (reader.value("attendance") != nil && !blank) || !reader.has("attendance") else {
            // Written and left empty: the pages would show no attendance, and nothing said why.
            reader.sink.warning(reader.location(of: "attendance"), field: "attendance",
                                "'attendance' để trống: biên bản chưa ghi số đảng viên dự họp, nên trang cuộc họp và bản tin không có "
                                + "tỷ lệ dự họp; hãy ghi \(attendanceExample) (số có mặt, số phải dự), như dòng mẫu của 'bontot new minutes' "
                                + "/ attendance is empty: write \(attendanceExample) (present, expected)")
            return nil
        }
        if let count = AttendanceFraction.count(reader.value("attendance")) {
            // One number, most likely the members present, as the minutes' "có mặt 23" says it.
            let line = "attendance: { present: \(count), expected: <số phải dự> }"
            reader.sink.error(reader.location(of: "attendance"), field: "attendance",
                              "'attendance' cần số có mặt và số phải dự, không phải một số: hãy viết \(line) "
                              + "(\(count) là số có mặt; số phải dự không tính người miễn sinh hoạt) "
                              + "/ write attendance: { present: \(count), expected: <members expected> }")
            return nil
        }
        guard !AttendanceFraction.report(reader.value("attendance"), field: "attendance", at: reader.location(of: "attendance"),
                                         sink: reader.sink),
              let fields = reader.nested("attendance", known: ["present", "expected", "excused", "unexcused"],
                                         misplaced: ["absent": absentCountAdvice]) else { return nil }
        guard !AttendanceFraction.report(fields.value("present"), field: "attendance.present", at: fields.location(of: "present"),
                                         sink: reader.sink) else { return nil }
        let present = fields.int("present", required: true)
        let expected = fields.int("expected", required: true)
        let excused = fields.int("excused")
        let unexcused = fields.int("unexcused")
        guard let present, let expected else { return nil }
        let attendance = Attendance(present: present, expected: expected, excused: excused, unexcused: unexcused)
        if present > expected {
            reader.sink.error(fields.location(of: "present"), field: "attendance.present",
                              "số có mặt (\(present)) lớn hơn số phải dự (\(expected)); hãy đối chiếu với biên bản: số phải dự là "
                              + "số đảng viên của chi bộ trừ người được miễn sinh hoạt, và khách mời không tính vào số có mặt "
                              + "/ present is above expected: check the minutes (expected is the branch's members less those "
                              + "exempt; guests are not counted present)")
        }
        guard present <= expected else { return attendance }
        if let excused, let unexcused {
            // Every figure given: they must add up. A warning, since real minutes sometimes count
            // a member who came late as present and as absent.
            let sum = present + excused + unexcused
            if sum != expected {
                reader.sink.warning(reader.location(of: "attendance"), field: "attendance",
                                    "có mặt \(present) + vắng có lý do \(excused) + vắng không lý do \(unexcused) = \(sum), "
                                    + "khác số phải dự \(expected); hãy đối chiếu với biên bản / "
                                    + "present \(present) + excused \(excused) + unexcused \(unexcused) = \(sum), not the \(expected) expected")
            }
        } else if excused != nil || unexcused != nil, present + (excused ?? 0) + (unexcused ?? 0) > expected {
            let absentCount = (excused ?? 0) + (unexcused ?? 0)
            reader.sink.warning(reader.location(of: "attendance"), field: "attendance",
                                "có mặt + vắng (\(present + absentCount)) vượt số phải dự (\(expected)) / present plus absent exceeds expected")
        }
        return attendance
    }

    /// The attendance line as `bontot new minutes` writes it (`Skeleton.minutes`), its figures
    /// the members present and expected.
    private static let attendanceExample = "attendance: { present: 25, expected: 28 }"

    /// The names under `absent:` against the absences counted in `attendance`: more names than
    /// absences means a name or a figure is wrong (a warning, on the line of `attendance`).
    /// Fewer names is a partial list, which SPEC §1's own example is (13 absent, 2 named).
    private static func checkAbsentNames(_ absent: [Absentee], attendance: Attendance?, reader: FieldReader) {
        guard !absent.isEmpty, let attendance, attendance.excused != nil || attendance.unexcused != nil else { return }
        let excused = attendance.excused ?? 0
        let unexcused = attendance.unexcused ?? 0
        guard absent.count > excused + unexcused else { return }
        reader.sink.warning(reader.location(of: "attendance"), field: "absent",
                            "'absent' ghi tên \(absent.count) người vắng, nhưng 'attendance' đếm \(excused + unexcused) "
                            + "(có lý do \(excused) + không lý do \(unexcused)); hãy đối chiếu với biên bản / "
                            + "\(Plain.count(absent.count, "name")) under 'absent', but excused \(excused) + unexcused \(unexcused) = \(excused + unexcused)")
    }

    private static func absentees(_ reader: FieldReader) -> [Absentee] {
        // "absent: 2", the count where the names go: not a list of one member called "2".
        if let node = reader.value("absent"), node.scalar?.style == .plain, let count = node.scalar.flatMap({ Int($0.string) }) {
            reader.sink.error(reader.line(of: node), field: "absent",
                              "'absent' là danh sách tên người vắng, không phải số người vắng (\(count)); số vắng ghi trong 'attendance' "
                              + "theo lý do: excused: (vắng có lý do), unexcused: (vắng không lý do) / 'absent' lists the names of "
                              + "the absent: write the count in attendance as excused: or unexcused:")
            return []
        }
        return reader.sequence("absent").enumerated().compactMap { index, node in
            if let name = node.scalar?.string { return Absentee(name: name) }
            guard let fields = FieldReader(node, path: reader.path, lineOffset: reader.lineOffset, prefix: "absent[\(index)]",
                                           known: ["name", "reason"], sink: reader.sink),
                  let name = fields.string("name", required: true)
            else { return nil }
            return Absentee(name: name, reason: fields.string("reason"))
        }
    }

    /// The resolutions; a deadline before the `meeting` that decided it is a warning on its line:
    /// "due: 1900-01-01" (or 2023 for 2025) was printed "hạn 01/01/1900" under a 2024 meeting.
    private static func resolutions(_ reader: FieldReader, meeting: CalendarDate?) -> [Resolution] {
        reader.sequence("resolutions").enumerated().compactMap { index, node in
            if let text = node.scalar?.string { return Resolution(text: text) }
            guard let fields = FieldReader(node, path: reader.path, lineOffset: reader.lineOffset, prefix: "resolutions[\(index)]",
                                           known: ["text", "due"], sink: reader.sink),
                  let text = fields.string("text", required: true)
            else { return nil }
            let due = fields.date("due")
            if let due, let meeting, due < meeting {
                reader.sink.warning(fields.location(of: "due"), field: "resolutions[\(index)].due",
                                    "hạn của nghị quyết là \(VietnameseFormat.longDate(due)), trước ngày họp "
                                        + "(\(VietnameseFormat.longDate(meeting))) đã ra nghị quyết: có lẽ gõ nhầm năm hoặc tháng; "
                                        + "hãy đối chiếu với biên bản / the deadline \(due) is before the meeting \(meeting)")
            }
            return Resolution(text: text, due: due)
        }
    }

    private static func quality(_ reader: FieldReader) -> Double? {
        guard let quality = reader.nested("quality", known: ["score"]),
              let score = quality.number("score", required: true) else { return nil }
        guard (0...100).contains(score) else {
            reader.sink.error(quality.location(of: "score"), field: "quality.score",
                              "điểm chất lượng \(Plain.number(score)) phải từ 0 đến 100 / quality score must be 0–100")
            return nil
        }
        return score
    }
}
