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
    var absentLines: [String] = []
    var absent: [Absentee] = []
    /// The names of the absent under a table of counts that they do not match (`absent` keeps
    /// them, the counts stay as written): what the import warns of.
    var absentNamesUnlikeCounts: AbsentNamesUnlikeCounts?
    /// Places that read as full names written alone after "vắng" ("Vắng: Hà Đông", "vắng 01 đồng
    /// chí (Cao Lãnh)"): the absent's name or where the absent is, the minutes do not say. Not
    /// written under `absent` unless the branch is known to have a member so named
    /// (`takingKnownMembers`); the import warns of the others.
    var unsureAbsentNames: [String] = []
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
        // The attendance is read with its counts in words as figures ("vắng hai đồng chí"), and its
        // words typed without tone marks with them ("vang mat 02 dong chi": `TonelessWords`).
        let counted = plain.map { CountInWords.figures(in: TonelessWords.toned($0)) }
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
            if end == nil { end = MeetingEnding.time(in: lines[index]) }
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
        if end == nil, let timeLine {
            // "Thời gian: từ 19h30 đến 21h00, ngày 05/9/2024": the end in the span of the time line.
            end = MeetingTimeSpan.end(in: lines[timeLine.index][timeLine.label...])
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
                           following: Self.absentCandidates(below: index, in: counted))
            // The same lines as the clerk wrote them (the absent may be counted on a line above).
            let written = absentLines.compactMap { line in counted[max(0, index - Self.nearby)...].firstIndex(of: line).map { plain[$0] } }
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
            // A table's deadline cell that holds no date ("Thường xuyên") stays with the text, in brackets.
            let cellDue = item.deadline.flatMap { Self.deadline(in: "thời hạn: " + $0, meeting: date) }
            let due = Self.deadline(in: item.text, meeting: date) ?? cellDue
                ?? item.subItems.compactMap { Self.deadline(in: $0, meeting: date) }.max()
            let unread = cellDue == nil ? item.deadline.map { " (\($0))" } ?? "" : ""
            return Resolution(text: item.fullText + unread, due: due)
        }
    }

    /// True when `line` says when the meeting ended ("kết thúc vào lúc 21 giờ 15", "bế mạc lúc 21 giờ").
    static func saysEnding(_ line: String) -> Bool {
        MeetingEnding.says(line)
    }

    /// The first time in `text`, where given starting `within` characters of its start; "7 giờ
    /// 30 phút tối", "2 giờ chiều" are after noon.
    static func time(in text: Substring, within: Int? = nil) -> TimeOfDay? {
        guard let match = text.firstMatch(of: Patterns.time), var hour = Int(match.output.1), hour < 24 else { return nil }
        if let within, text.distance(from: text.startIndex, to: match.range.lowerBound) > within { return nil }
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
    /// ("trước ngày 30 tháng 11 năm 2024", "trước ngày 15-10-2024"), a month alone ("trước tháng
    /// 12/2024": its last day, `DeadlineMonth`), or a day and month alone ("thời hạn: 15/11").
    private static func deadlineDate(in text: String) -> (day: Int, month: Int, year: Int?)? {
        for match in text.matches(of: Patterns.deadline) {
            if let found = MeetingDateReading.date(in: text, at: match.output.1.startIndex) { return found }
            if let month = DeadlineMonth.lastDay(in: String(text[match.range.lowerBound...])) { return month }
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

    /// Trimmed, without the full stop that ends a sentence.
    static func clean(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix(".") || text.hasSuffix(";") { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }
}

/// The wording the facts are found by.
private enum Patterns {
    /// "19 giờ 30", "19h30", "19:30", and "19g30" as the South writes it; not the "h" of a word
    /// ("tổ 2 họp").
    nonisolated(unsafe) static let time = /(\d{1,2})\s*(?:giờ|h(?!\p{L})|:|g(?=\s*\d))\s*(\d{1,2})?/.ignoresCase()
    /// "Chủ trì: …", "Chủ trì hội nghị: …", and "Chủ trì hội nghị là đồng chí …"; "Chủ tọa: …" as
    /// minutes of a conference write it.
    nonisolated(unsafe) static let chair =
        /chủ (?:trì|tọa|toạ)(?:[^:]{0,20}:|(?:\s+(?:hội nghị|cuộc họp|buổi họp|buổi sinh hoạt|phiên họp))?\s+là\s)\s*(.+)/.ignoresCase()
    /// "Thư ký: …", "Thư ký hội nghị: …", "Người ghi biên bản: …", "thư ký là đồng chí …".
    nonisolated(unsafe) static let recorder =
        /(?:thư ký|ghi biên bản)(?:[^:]{0,20}:|(?:\s+(?:hội nghị|cuộc họp|buổi họp|buổi sinh hoạt|phiên họp))?\s+là\s)\s*(.+)/.ignoresCase()
    /// "Chủ trì:" or "Thư ký:" with nothing after it: the name is on the next line.
    nonisolated(unsafe) static let chairAlone = /\s*[-+•–]?\s*(?:người\s+)?chủ (?:trì|tọa|toạ)[^:]{0,20}:\s*/.ignoresCase()
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
    /// "trước ngày 30/10", "hạn: 15-10-2024", "xong trước ngày 30 tháng 11": the first figure
    /// after the word, and the day and month when written with a slash.
    nonisolated(unsafe) static let deadline = /(?:trước|hạn|xong)\D{0,15}?(\d{1,2})(?:\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?)?/.ignoresCase()
}
