import Foundation

/// What a Word minutes document (biên bản sinh hoạt chi bộ) says in its usual wording, found
/// line by line: when it began and ended, who chaired and who recorded, who attended, who was
/// absent and why, the guests, how many spoke, the resolutions and their deadlines. The members
/// expected at the meeting are the members less those exempt from meetings (miễn sinh hoạt).
struct MinutesFacts: Equatable {
    /// A member named absent, with the reason the minutes give ("ốm", "đi công tác"), if any.
    struct Absentee: Equatable {
        var name: String
        var reason: String?
    }

    /// One resolution the meeting adopted, with its deadline when the minutes give one.
    struct Resolution: Equatable {
        var text: String
        var due: CalendarDate?
    }

    /// The meeting date, from the opening of the minutes only (`MeetingDateReading`).
    var date: CalendarDate?
    /// How the date was read, and why it was not when it was not.
    var dateReading: MeetingDateReading
    var start: TimeOfDay?
    var end: TimeOfDay?
    var topic: String?
    var chair: String?
    var recorder: String?
    var present: Int?
    var expected: Int?
    /// "Tổng số đảng viên: 99": every member, the exempt included.
    var total: Int?
    /// "Đảng viên miễn sinh hoạt: 16": members exempt from meetings, not expected at them.
    var exempt: Int?
    /// "vắng: 05": the members absent, as the document counts them.
    var absentCount: Int?
    var excused: Int?
    var unexcused: Int?
    /// True when the minutes count the absent ("vắng: 03") without saying whether they had a
    /// reason: they are written as absent without reason, which the editor should check.
    var reasonsUnsaid = false
    /// The clerk's words counting the absent, as the document writes them ("vắng hai đồng chí",
    /// not the figures they are read as), from the part of the attendance line that opens with
    /// "vắng" to another fact's label: what a message about the absent quotes.
    var absentWords: String?
    /// The lines the absent were read from, their counts in words as figures (`absentWords`).
    private var absentLines: [String] = []
    var absent: [Absentee] = []
    /// Reasons the minutes give for the excused without naming them ("vắng 01 đồng chí (có lý
    /// do: ốm)"): `absent:` has no place for a reason without a name, so the import writes them in
    /// a comment on the line of `attendance` (`MinutesFrontMatterWriter`).
    var reasonsWithoutNames: [String] = []
    var guests: [String] = []
    var speakers: Int?
    var resolutions: [Resolution] = []
    /// From the title ("BIÊN BẢN" and, when that is all of it, the line below): "chuyên đề",
    /// "bất thường", a meeting of the committee ("họp chi ủy"); nil for a regular meeting or
    /// when unsaid.
    var kind: MeetingKind?

    /// Reads the facts from the document's lines (paragraphs and table cells, in order) and its
    /// list items under a "Nghị quyết" or "Kết luận" heading.
    init(lines: [String], resolutionItems: [ResolutionItem]) {
        // The signatures may part their columns by tabs, which the lines read lose.
        let signatures = SignatureBlock(lines: lines)
        // What the facts quote (the topic, the people, the absent's reasons, the lines a date
        // is read from) is the document's own words, `plain`; a date in words ("ngày mười lăm
        // tháng chín năm hai nghìn không trăm hai mươi tư") is read in figures, from `lines`.
        let plain = lines.map(Self.plainSpaces)
        let lines = plain.map(DateInWords.figures)
        let resolutionItems = resolutionItems.map { $0.mapText(Self.plainSpaces) }
        // The attendance is read with its counts in words as figures ("vắng hai đồng chí").
        let counted = plain.map(CountInWords.figures)
        // The line of the opening saying when the meeting began ("Thời gian: 19 giờ 30…", "1. Thời
        // gian: 14h00'…", "Hôm nay, vào lúc 19 giờ…"), the time read from the label on, and the
        // date from the same choice (`MeetingOpening.timeLine`).
        let attendance = Self.attendanceLine(in: counted)
        let openingEnd = MeetingOpening.end(of: lines, attendance: attendance)
        let timeLine = MeetingOpening.timeLine(in: lines, openingEnd: openingEnd)
        if let timeLine { start = Self.time(in: lines[timeLine.index][timeLine.label...]) }
        dateReading = MeetingDateReading(lines: lines, shown: plain, timeLine: timeLine, openingEnd: openingEnd)
        date = dateReading.date
        for (index, line) in plain.enumerated() {
            if end == nil, let range = lines[index].firstRange(of: Patterns.ending) {
                end = Self.time(in: lines[index][range.upperBound...])
            }
            // "Chủ trì:" alone on its line, the name on the next ("Đồng chí Phạm Văn Long – Bí thư").
            let next = index + 1 < plain.count ? plain[index + 1] : nil
            if chair == nil { chair = Self.person(after: Patterns.chair, in: line) ?? Self.person(under: Patterns.chairAlone, in: line, next: next) }
            if recorder == nil {
                recorder = Self.person(after: Patterns.recorder, in: line) ?? Self.person(under: Patterns.recorderAlone, in: line, next: next)
            }
            if topic == nil, let match = line.firstMatch(of: Patterns.topic) {
                // The topic as the minutes quote it: “Học tập và làm theo…”, without the quotes.
                topic = Self.clean(String(match.output.1)).trimmingCharacters(in: CharacterSet(charactersIn: "\"“”'‘’ "))
            }
            if guests.isEmpty, let match = line.firstMatch(of: Patterns.guests) {
                // Up to another label: "Khách mời: đồng chí Võ Văn Lâm. Thư ký: …".
                var listed = String(match.output.1)
                if let label = AttendanceToken.firstLabel(in: listed) {
                    listed = String(listed[..<label]).trimmingCharacters(in: CharacterSet(charactersIn: ",;. "))
                }
                guests = listed.split(separator: ";").compactMap { Self.guest(String($0)) }
            }
            if speakers == nil, let match = line.firstMatch(of: Patterns.speakers) { speakers = Self.figure(match.output.1) }
        }
        if chair == nil || recorder == nil {
            // "Thành phần: đồng chí A – Bí thư chi bộ chủ trì; đồng chí B – thư ký."
            let composition = MeetingComposition(lines: plain, body: MeetingOpening.end(of: lines, attendance: nil))
            chair = chair ?? composition.chair
            recorder = recorder ?? composition.recorder
        }
        if chair == nil || recorder == nil {
            // Only the signatures name them: "THƯ KÝ | CHỦ TRÌ" over the two names.
            chair = chair ?? signatures.chair
            recorder = recorder ?? signatures.recorder
        }
        if let index = attendance {
            readAttendance(counted[index], nearby: Array(counted[max(0, index - Self.nearby)...min(lines.count - 1, index + Self.nearby)]),
                           following: Array(counted[(index + 1)...].prefix(Self.nearby)))
            // The same lines as the clerk wrote them.
            let written = absentLines.compactMap { line in counted[index...].firstIndex(of: line).map { plain[$0] } }
            absentWords = Self.absentWords(in: written.joined(separator: "; "))
            // A reason holding a count in words is quoted in them: "đi cùng hai đồng chí khác", not "2 đồng chí".
            let countedText = absentLines.joined(separator: "; "), writtenText = written.joined(separator: "; ")
            func asWritten(_ reason: String) -> String {
                guard reason.contains(where: { $0.isASCII && $0.isNumber }), let range = countedText.range(of: reason) else { return reason }
                return CountInWords.words(of: range, in: countedText, from: writtenText)
            }
            absent = absent.map { Absentee(name: $0.name, reason: $0.reason.map(asWritten)) }
            reasonsWithoutNames = reasonsWithoutNames.map(asWritten)
        }
        if let index = lines.firstIndex(where: { $0.localizedCaseInsensitiveContains("biên bản") }) {
            // The title is often set on two lines, "BIÊN BẢN" over "SINH HOẠT CHI BỘ CHUYÊN ĐỀ QUÝ III",
            // "Biên bản sinh hoạt chi bộ" over "chuyên đề quý III năm 2026".
            let short = lines[index].split(separator: " ").count <= 3 && index + 1 < lines.count
            let below = short ? [lines[index + 1]] : MeetingDateReading.titleBelow(index, in: lines)
            let lower = ([lines[index]] + below).joined(separator: " ").lowercased()
            if lower.contains("chuyên đề") {
                kind = .chuyenDe
            } else if lower.contains("bất thường") {
                kind = .batThuong
            } else if lower.firstMatch(of: /(?:chi|cấp|đảng)\s+ủy|chi\s+uỷ|cấp\s+uỷ/) != nil, !lower.contains("sinh hoạt chi bộ") {
                kind = .capUy
            }
        }
        // A deadline written only in the sub-items ("a) Tổ 1 hoàn thành trước ngày 30/9") is the
        // resolution's: the latest of them, when the whole of it is to be done.
        resolutions = resolutionItems.map { item in
            let due = Self.deadline(in: item.text, meeting: date)
                ?? item.subItems.compactMap { Self.deadline(in: $0, meeting: date) }.max()
            return Resolution(text: item.fullText, due: due)
        }
    }

    /// The attendance line: the first labelled one ("Có mặt: 25", "Đảng viên dự họp: 25") wherever
    /// it is; only when there is none, the first line of the opening (`MeetingOpening.end` as if
    /// it had none) giving it in a sentence ("Chi bộ có 28 đảng viên, dự họp 25 đồng chí, vắng 3
    /// …", "25 đồng chí dự họp"), never one about others than the members (`notMembersWords`:
    /// "Đại diện Đảng ủy phường: 01 đồng chí dự họp", "Quần chúng ưu tú tham dự: 02 người"), the
    /// members called ("Số đảng viên được triệu tập dự họp: 28"), a vote ("Biểu quyết: 24/24
    /// đồng chí dự họp nhất trí") or the hour ("Thời gian dự họp: 19 giờ 30"). Below the opening,
    /// "25 đồng chí dự họp đều nhất trí …" is the body's.
    private static func attendanceLine(in lines: [String]) -> Int? {
        if let labelled = lines.firstIndex(where: { AttendanceFigures($0).present != nil }) { return labelled }
        let opening = lines.indices.prefix(MeetingOpening.end(of: lines, attendance: nil))
        return opening.first(where: { index in
            let line = lines[index]
            let figures = AttendanceFigures(line)
            return (figures.presentWorded != nil || figures.presentCountFirst != nil || figures.presentOf != nil)
                && line.firstMatch(of: Patterns.notMembersWords) == nil
        }) ?? opening.first(where: { index in
            // "Tổng số đảng viên: 21; đảng viên dự sinh hoạt đạt 100%": the present as a share.
            lines[index].firstMatch(of: Patterns.presentShare) != nil && lines[index].firstMatch(of: Patterns.notMembersWords) == nil
        })
    }

    /// "TT: 1; Họ và tên: Đỗ Thị Hạnh; Lý do: việc gia đình", a row of a table of the absent, as
    /// the minutes name one in a sentence: "đồng chí Đỗ Thị Hạnh (việc gia đình)".
    static func absentee(inRow row: String) -> String? {
        guard let cell = row.firstMatch(of: Patterns.nameCell) else { return nil }
        let name = clean(String(cell.output.1))
        guard !name.isEmpty else { return nil }
        let reason = row.firstMatch(of: Patterns.reasonCell).map { clean(String($0.output.1)) } ?? ""
        let titled = name.lowercased().hasPrefix("đồng chí") || name.lowercased().hasPrefix("đ/c") ? name : "đồng chí " + name
        return titled + (reason.isEmpty ? "" : " (\(reason))")
    }

    /// The present of `expected` whose share, written as the minutes write it ("95", "92,5"),
    /// is `share` per cent: nil unless exactly one count rounds to it.
    static func present(ofShare share: Substring, expected: Int) -> Int? {
        let parts = share.split(whereSeparator: { $0 == "," || $0 == "." })
        let decimals = parts.count > 1 ? parts[1].count : 0
        guard expected > 0, parts.count <= 2, let target = Int(parts.joined()) else { return nil }
        var scale = 100
        for _ in 0..<decimals { scale *= 10 }
        // The share of each count, rounded half up to the decimals written.
        let matching = (0...expected).filter { (2 * scale * $0 + expected) / (2 * expected) == target }
        return matching.count == 1 ? matching.first : nil
    }

    /// How many lines before and after the attendance line may hold its other figures: minutes
    /// often give the total and the exempt on lines of their own, just above "Có mặt: …". Further
    /// off, "miễn sinh hoạt 02 đồng chí" is more likely a decision of the meeting than a count.
    private static let nearby = 3

    /// A count the minutes write, when it is one a committee can have (up to
    /// `ContentLimits.count`): "có mặt: 9223372036854775807; vắng: 1" made the import trap adding
    /// them up, "vắng: 99999999999999999999" was read as 0, and the file written held counts that
    /// `check` then refused. A figure past the limit is not read, as a figure left out.
    static func figure(_ digits: Substring) -> Int? {
        guard let value = Int(digits), (0...ContentLimits.count).contains(value) else { return nil }
        return value
    }

    /// The figures of the attendance line, and the total, the exempt and those expected from the
    /// lines `nearby` when the attendance line does not give them. The absent, with their
    /// reasons, come from the attendance line, or else from the first of the lines `following`
    /// it that counts them ("- Có mặt: 25 đ/c", then "- Vắng: 3 đ/c (có lý do: 3 đ/c)").
    private mutating func readAttendance(_ line: String, nearby: [String], following: [String]) {
        // A line holding a figure no committee has where a count stands is not read at all, and
        // the attendance is told as not found: read around the figure, "vắng: 03 (có lý do:
        // 9223372036854775807)" wrote the three absent as excused, which the minutes do not say.
        // Elsewhere the figure is no count, and is passed over: a phone number ("vắng 02 đồng chí
        // (liên hệ đồng chí An: 0912345678)"), which left the whole line unread. A figure stands
        // where a count does when a count of 1 in its place changes what the line reads.
        let huge = line.matches(of: /[0-9]+/).filter { Self.figure($0.output) == nil }
        if !huge.isEmpty {
            var counted = line
            for figure in huge.reversed() { counted.replaceSubrange(figure.range, with: "1") }
            var asWritten = self
            asWritten.readFigures(line, nearby: nearby, following: following)
            var asCount = self
            asCount.readFigures(counted, nearby: nearby, following: following)
            guard asWritten.attendanceCounts == asCount.attendanceCounts else { return }
        }
        readFigures(line, nearby: nearby, following: following)
    }

    /// The counts of the attendance read, the absent named among them.
    private var attendanceCounts: [Int?] {
        [present, expected, total, exempt, absentCount, excused, unexcused, absent.count, reasonsUnsaid ? 1 : 0]
    }

    /// Reads the figures of the attendance `line` as `readAttendance` tells, its figures no
    /// committee has passed over.
    private mutating func readFigures(_ line: String, nearby: [String], following: [String]) {
        func number(_ pattern: Regex<(Substring, Substring)>, in text: Substring) -> Int? {
            text.firstMatch(of: pattern).flatMap { Self.figure($0.output.1) }
        }
        func near(_ patterns: Regex<(Substring, Substring)>...) -> Int? {
            for text in [line] + nearby {
                for pattern in patterns { if let found = number(pattern, in: text[...]) { return found } }
            }
            return nil
        }
        /// The first figure `reads` find in the line or the lines near it.
        func near(_ reads: (AttendanceFigures) -> Int??...) -> Int? {
            for text in [line] + nearby {
                let figures = AttendanceFigures(text)
                for read in reads { if let found = read(figures) ?? nil { return found } }
            }
            return nil
        }
        let figures = AttendanceFigures(line)
        present = (figures.present ?? nil) ?? (figures.presentWorded ?? nil)
        if present == nil, let found = figures.presentCountFirst {
            // "25 đồng chí dự họp", "25/28 đồng chí có mặt".
            present = found.present
            expected = found.expected
        }
        if let found = figures.presentOfExpected {
            present = found.present
            expected = found.expected
        }
        if present == nil, let found = figures.presentOf {
            // "Với sự có mặt của 26/28 đảng viên".
            present = found.present
            expected = found.expected
        }
        total = near(Patterns.total, Patterns.totalWorded)
        exempt = near({ $0.exempt }, { $0.exemptAfterCount })
        expected = expected ?? near({ $0.expected }) ?? total.map { $0 - (exempt ?? 0) }
        if present == nil, let expected, let share = line.firstMatch(of: Patterns.presentShare),
           line.firstMatch(of: Patterns.notMembersWords) == nil {
            // "đảng viên dự sinh hoạt đạt 100%", "tỷ lệ dự họp: 95%" of 20: 19 present.
            present = Self.present(ofShare: share.output.1, expected: expected)
        }
        // "Vắng 03 đồng chí" on the next line, "trong đó: có lý do 02, không lý do 01" on the one after.
        var clause = AttendanceClause(line)
        var used = [line]
        var below = following[...]
        // A line below that counts the absent, or, when this one names none, names them under a
        // reason ("Vắng có lý do: đồng chí A – ốm; …").
        let namesNone = clause.absent.isEmpty
        func counts(_ line: String) -> Bool {
            let clause = AttendanceClause(line)
            return clause.countsAbsence || (namesNone && !clause.absent.isEmpty)
        }
        if !clause.countsAbsence, let first = following.firstIndex(where: counts) {
            used = Array(following[first...].prefix(while: counts))
            below = following[(first + used.count)...]
            clause = AttendanceClause(used.joined(separator: "; "))
        }
        // "- Vắng: 02 đồng chí" over "- Lý do: ốm, đi công tác": the reason on the line below.
        if clause.absentCount != nil, clause.excused == nil, clause.unexcused == nil, let next = below.first,
           next.firstMatch(of: Patterns.statedReason) != nil {
            used.append(next)
            below = below.dropFirst()
            clause = AttendanceClause(used.joined(separator: "; "))
        }
        // "Vắng 02 đồng chí." over "Cụ thể: đồng chí A (ốm), đồng chí B": the names of those counted
        // in the next paragraph, read as when it goes on the same one.
        if clause.countsAbsence, clause.absent.isEmpty, let next = below.first, let match = next.firstMatch(of: Patterns.namesParagraph) {
            let joined = AttendanceClause(Self.clean(used.joined(separator: "; ")) + ". " + next[match.range.upperBound...])
            if !joined.absent.isEmpty { clause = joined }
        }
        // "vắng 02 đồng chí có lý do, cụ thể:" over a table "TT | Họ và tên | Lý do": its rows
        // (`MinutesImport.headedRows`), each a name and its reason, read as names in the same paragraph.
        if clause.countsAbsence, clause.absent.isEmpty {
            let names = below.prefix(while: { $0.firstMatch(of: Patterns.nameCell) != nil }).compactMap(Self.absentee(inRow:))
            if !names.isEmpty {
                let text = used.joined(separator: "; ").trimmingCharacters(in: .whitespaces)
                let joined = AttendanceClause((text.hasSuffix(":") ? text : Self.clean(text) + ", cụ thể:") + " " + names.joined(separator: "; "))
                if !joined.absent.isEmpty { clause = joined }
            }
        }
        absentLines = used
        absentCount = clause.absentCount
        excused = clause.excused
        unexcused = clause.unexcused
        absent = clause.absent
        reasonsWithoutNames = clause.unnamedReasons
        if let absentCount {
            if absentCount > 0, excused == nil, unexcused == nil { reasonsUnsaid = true }
            // A count worked out from the others is never below zero: the figures disagree, and
            // the one the minutes do not give stays unsaid.
            if excused == nil, let unexcused, absentCount >= unexcused { excused = absentCount - unexcused }
            if unexcused == nil, absentCount >= (excused ?? 0) { unexcused = absentCount - (excused ?? 0) }
        }
        if expected == nil, let present, let absentCount { expected = present + absentCount }
    }

    /// What does not add up in the attendance figures, in Vietnamese and in English ("có mặt 60 +
    /// vắng 05 = 65, khác số phải dự 83 (tổng số đảng viên 99 − miễn sinh hoạt 16)"), or nil when
    /// they agree or too few are given to tell.
    var attendanceMismatch: (vietnamese: String, english: String)? {
        guard let present, let expected else { return nil }
        var vietnamese: [String] = []
        var english: [String] = []
        let counted = excused == nil && unexcused == nil ? nil : (excused ?? 0) + (unexcused ?? 0)
        if let absentCount, let excused, let unexcused, excused + unexcused != absentCount {
            vietnamese.append("vắng \(absentCount), nhưng có lý do \(excused) + không lý do \(unexcused) = \(excused + unexcused)")
            english.append("absent \(absentCount), but excused \(excused) + unexcused \(unexcused) = \(excused + unexcused)")
        }
        // "vắng 01 đồng chí (có lý do: A – ốm, B – đi công tác)": the other count would be below
        // zero, and is not written.
        if let absentCount, unexcused == nil, let excused, excused > absentCount {
            vietnamese.append("vắng \(absentCount), nhưng có lý do \(excused); chưa ghi số vắng không lý do")
            english.append("absent \(absentCount), but \(excused) excused; unexcused not written")
        }
        if let absentCount, excused == nil, let unexcused, unexcused > absentCount {
            vietnamese.append("vắng \(absentCount), nhưng không lý do \(unexcused); chưa ghi số vắng có lý do")
            english.append("absent \(absentCount), but \(unexcused) unexcused; excused not written")
        }
        if let absent = absentCount ?? counted, present + absent != expected {
            var source = ("", "")
            if let total {
                source = exempt.map { (" (tổng số đảng viên \(total) − miễn sinh hoạt \($0))", " (\(total) members − \($0) exempt)") }
                    ?? (" (tổng số đảng viên \(total); nếu có đảng viên miễn sinh hoạt, số phải dự không tính họ)",
                        " (\(total) members; members exempt from meetings are not expected)")
            }
            vietnamese.append("có mặt \(present) + vắng \(absent) = \(present + absent), khác số phải dự \(expected)" + source.0)
            english.append("present \(present) + absent \(absent) = \(present + absent), not the \(expected) expected" + source.1)
        }
        guard !vietnamese.isEmpty else { return nil }
        return (vietnamese.joined(separator: "; "), english.joined(separator: "; "))
    }

    /// True when `line` says when the meeting ended ("kết thúc vào lúc 21 giờ 15", "bế mạc lúc 21 giờ").
    static func saysEnding(_ line: String) -> Bool {
        line.firstMatch(of: Patterns.ending) != nil
    }

    /// The first time in `text`; "7 giờ 30 phút tối", "2 giờ chiều" are after noon.
    static func time(in text: Substring) -> TimeOfDay? {
        guard let match = text.firstMatch(of: Patterns.time), var hour = Int(match.output.1), hour < 24 else { return nil }
        let minutes = match.output.2.flatMap { Int($0) } ?? 0
        if hour < 12, text[match.range.upperBound...].prefix(16).firstMatch(of: /^\W*(?:phút\W*)?(?:chiều|tối|đêm)/.ignoresCase()) != nil {
            hour += 12
        }
        return TimeOfDay(String(format: "%02d:%02d", hour, minutes))
    }

    /// The deadline in "… trước ngày 30/10/2024" or "thời hạn: 15/11"; a date without its year
    /// falls in the year after the meeting when its month has passed.
    private static func deadline(in text: String, meeting: CalendarDate?) -> CalendarDate? {
        guard let (day, month, year) = deadlineDate(in: text) else { return nil }
        if let year { return CalendarDate(year: year, month: month, day: day) }
        guard let meeting else { return nil }
        return CalendarDate(year: meeting.year + (month < meeting.month ? 1 : 0), month: month, day: day)
    }

    /// True when `text` sets a deadline ("… trước ngày 30/10", "thời hạn: 15/11").
    static func hasDeadline(_ text: String) -> Bool {
        deadlineDate(in: text) != nil
    }

    /// The date after "trước", "hạn", "xong" in `text`, read as the meeting date is
    /// ("trước ngày 30 tháng 11 năm 2024", "trước ngày 15-10-2024"), or a day and month alone
    /// ("thời hạn: 15/11").
    private static func deadlineDate(in text: String) -> (day: Int, month: Int, year: Int?)? {
        for match in text.matches(of: Patterns.deadline) {
            if let found = MeetingDateReading.date(in: text, at: match.output.1.startIndex) { return found }
            if let day = Int(match.output.1), let month = match.output.2.flatMap({ Int($0) }) {
                return (day, month, match.output.3.flatMap { Int($0) })
            }
        }
        return nil
    }

    /// The person on the line after a label that stands alone on `line`.
    private static func person(under label: Regex<Substring>, in line: String, next: String?) -> String? {
        guard let next, line.wholeMatch(of: label) != nil else { return nil }
        return person(next.replacing(/^\s*[-+•–]\s*/, with: ""))
    }

    private static func person(after label: Regex<(Substring, Substring)>, in line: String) -> String? {
        line.firstMatch(of: label).flatMap { person(String($0.output.1)) }
    }

    /// A person's name from "đồng chí Nguyễn Văn Hùng, Bí thư chi bộ": the titles before it and
    /// the office after it left out; nil when what remains does not look like a name.
    static func person(_ text: String) -> String? {
        var name = text.trimmingCharacters(in: .whitespaces)
        for title in ["đồng chí", "đ/c", "ông", "bà"] where name.lowercased().hasPrefix(title + " ") {
            name = String(name.dropFirst(title.count)).trimmingCharacters(in: .whitespaces)
        }
        if let cut = name.firstRange(of: /\s*[,;(.–—]|\s+-\s+/) { name = String(name[..<cut.lowerBound]) }
        let words = name.split(separator: " ")
        guard (2...6).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        // A name typed in capitals ("PHẠM VĂN LONG", as in the signature block) is written as
        // names are: "Phạm Văn Long".
        if words.allSatisfy({ $0.allSatisfy { !$0.isLetter || $0.isUppercase } }) {
            return words.map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
        }
        return words.joined(separator: " ")
    }

    private static func guest(_ text: String) -> String? {
        var guest = clean(text)
        for title in ["đồng chí ", "đ/c "] where guest.lowercased().hasPrefix(title) { guest = String(guest.dropFirst(title.count)) }
        guest = guest.replacingOccurrences(of: " – ", with: " — ").replacingOccurrences(of: " - ", with: " — ")
        return guest.isEmpty ? nil : guest
    }

    /// `line` with each space of another kind as a plain one: a non-breaking space (U+00A0,
    /// Ctrl+Shift+Space in Word, common in pasted text), a narrow or figure space, a tab.
    static func plainSpaces(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { $0 != " " && $0.properties.isWhitespace && $0 != "\n" }) else { return line }
        return String(String.UnicodeScalarView(line.unicodeScalars.map {
            $0 != "\n" && $0.properties.isWhitespace ? " " : $0
        }))
    }

    /// The part of `text` that counts the absent: from the mark before its first "vắng" (so that
    /// "02 đồng chí vắng mặt" keeps its count) to another fact's label or the end; nil without "vắng".
    static func absentWords(in text: String) -> String? {
        guard let match = text.firstMatch(of: /(?:^|\P{L})(vắng)(?!\p{L})/.ignoresCase()) else { return nil }
        let start = text[..<match.output.1.startIndex].lastIndex(where: { ";,.".contains($0) }).map { text.index(after: $0) } ?? text.startIndex
        var words = String(text[start...])
        if let label = AttendanceToken.firstLabel(in: words) { words = String(words[..<label]) }
        words = clean(words.trimmingCharacters(in: CharacterSet(charactersIn: " -–+•")))
        return words.isEmpty ? nil : words
    }

    /// Trimmed, without the full stop that ends a sentence.
    static func clean(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix(".") || text.hasSuffix(";") { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }
}

/// The wording the facts are found by.
private enum Patterns {
    /// "19 giờ 30", "19h30", "19:30", and "19g30" as the South writes it.
    nonisolated(unsafe) static let time = /(\d{1,2})\s*(?:giờ|h|:|g(?=\s*\d))\s*(\d{1,2})?/.ignoresCase()
    /// "kết thúc vào lúc 21 giờ 15", "bế mạc lúc 21 giờ".
    nonisolated(unsafe) static let ending = /kết thúc|bế mạc/.ignoresCase()
    /// "Chủ trì: …", "Chủ trì hội nghị: …", and "Chủ trì hội nghị là đồng chí …".
    nonisolated(unsafe) static let chair =
        /chủ trì(?:[^:]{0,20}:|(?:\s+(?:hội nghị|cuộc họp|buổi họp|buổi sinh hoạt|phiên họp))?\s+là\s)\s*(.+)/.ignoresCase()
    /// "Thư ký: …", "Thư ký hội nghị: …", "Người ghi biên bản: …", "thư ký là đồng chí …".
    nonisolated(unsafe) static let recorder =
        /(?:thư ký|ghi biên bản)(?:[^:]{0,20}:|(?:\s+(?:hội nghị|cuộc họp|buổi họp|buổi sinh hoạt|phiên họp))?\s+là\s)\s*(.+)/.ignoresCase()
    /// "Chủ trì:" or "Thư ký:" with nothing after it: the name is on the next line.
    nonisolated(unsafe) static let chairAlone = /\s*[-+•–]?\s*(?:người\s+)?chủ trì[^:]{0,20}:\s*/.ignoresCase()
    nonisolated(unsafe) static let recorderAlone = /\s*[-+•–]?\s*(?:người\s+)?(?:thư ký|ghi biên bản)[^:]{0,20}:\s*/.ignoresCase()
    /// "Chuyên đề: …", "Tên chuyên đề: …", "Nội dung sinh hoạt chuyên đề: …", "Nội dung trọng tâm: …",
    /// "Chủ đề: …", and "Nội dung: …", "Nội dung sinh hoạt: …" with text after the colon (the
    /// heading "II. NỘI DUNG" is not the topic).
    nonisolated(unsafe) static let topic =
        /^\s*[-+•]?\s*(?:(?:tên\s+|nội dung\s+(?:sinh hoạt\s+)?)?(?:chuyên đề|trọng tâm|chủ đề)|nội dung(?:\s+sinh hoạt)?)\s*:\s*(.+)/.ignoresCase()
    /// "Khách mời: …" on its line or after another sentence of it ("Vắng 03 đồng chí (có lý do).
    /// Khách mời: …").
    nonisolated(unsafe) static let guests = /(?:^|[.;]\s)\s*(?:khách mời|đại biểu(?: cấp trên)?(?: dự)?|cấp trên dự|mời dự)\s*:\s*(.+)/.ignoresCase()
    nonisolated(unsafe) static let speakers = /(\d+)\s*(?:lượt\s*)?(?:đảng viên|ý kiến|đồng chí)\s*(?:tham gia\s*)?phát biểu/.ignoresCase()
    /// Words of a line wording the attendance of others than the members, or no attendance:
    /// the guests ("Đại biểu cấp trên tham dự: 01 đồng chí", "Đảng ủy phường cử 01 đồng chí tham
    /// dự", "Quần chúng ưu tú tham dự: 02 người", "Trưởng các đoàn thể … tham dự"), the members
    /// called or expected ("được triệu tập dự họp: 28", "phải dự họp: 28"), a vote ("24/24 đồng
    /// chí dự họp nhất trí"), the hour ("Thời gian dự họp: 19 giờ 30").
    nonisolated(unsafe) static let notMembersWords =
        /(?:^|\P{L})(?:đại diện|đại biểu|khách mời|mời dự|cấp trên|cử|quần chúng|đoàn thể|đảng ủy|đảng uỷ|triệu tập|phải dự|biểu quyết|tán thành|nhất trí|thời gian)(?!\p{L})/.ignoresCase()
    /// "dự sinh hoạt đạt 100%", "Tỷ lệ đảng viên dự họp: 95%", "tham gia đạt tỷ lệ 92,5%": the
    /// present as a share of those expected.
    nonisolated(unsafe) static let presentShare =
        /(?:có mặt|dự họp|dự sinh hoạt|tham dự|tham gia)[^%\d]{0,20}?(?:đạt|là|:|bằng)\s*(?:tỷ lệ|tỉ lệ)?\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%/
        .ignoresCase()
    nonisolated(unsafe) static let total = /tổng số (?:đảng viên|đv(?!\p{L}))\D{0,20}?(\d+)/.ignoresCase()
    /// "Chi bộ có 28 đảng viên", "chi bộ hiện có 28 đồng chí", not "… có 25 đồng chí dự họp".
    nonisolated(unsafe) static let totalWorded =
        /chi bộ\s+(?:hiện\s+)?(?:có|gồm)\s+(\d+)\s*(?:đảng viên|đồng chí|đ\/c)(?!\s*(?:dự|tham|có mặt|vắng))/.ignoresCase()
    /// "Cụ thể:", "- Gồm:", "Gồm các đồng chí:", "Đó là" at the start of a line, its list mark
    /// left out: the names of the absent counted above it may follow.
    nonisolated(unsafe) static let namesParagraph = /^\s*[-+•–]?\s*(?=(?:cụ thể|gồm|đó là)(?!\p{L}))/.ignoresCase()
    /// The name and the reason in a row of a table of the absent: "Họ và tên: …", "Lý do vắng: …".
    nonisolated(unsafe) static let nameCell = /(?:^|;\s*)(?:họ và tên|họ tên|tên đảng viên)\s*:\s*([^;]+)/.ignoresCase()
    nonisolated(unsafe) static let reasonCell = /(?:^|;\s*)lý do(?:\s+vắng(?:\s+mặt)?)?\s*:\s*([^;]+)/.ignoresCase()
    /// "Lý do: …", "- Lý do vắng: …" at the start of a line: the reason of the absent counted above it.
    nonisolated(unsafe) static let statedReason = /^\s*[-+•–]?\s*lý do(?:\s+vắng(?:\s+mặt)?)?\s*:/.ignoresCase()
    /// "trước ngày 30/10", "hạn: 15-10-2024", "xong trước ngày 30 tháng 11": the first figure
    /// after the word, and the day and month when written with a slash.
    nonisolated(unsafe) static let deadline = /(?:trước|hạn|xong)\D{0,15}?(\d{1,2})(?:\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?)?/.ignoresCase()
}
