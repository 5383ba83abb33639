import Foundation

/// The attendance a minutes document gives (`MinutesFacts`): the line it is on, the present, the
/// expected, the total and the exempt, the absent with their reasons (`AttendanceClause`), read
/// on the lines below it too; what in those figures does not add up is told apart
/// (`MinutesFacts+AttendanceMismatch`).
extension MinutesFacts {
    /// The attendance line: the first labelled one ("Có mặt: 25", "Đảng viên dự họp: 25") wherever
    /// it is; only when there is none, the first line of the opening (`MeetingOpening.end` as if
    /// it had none) giving it in a sentence ("Chi bộ có 28 đảng viên, dự họp 25 đồng chí, vắng 3
    /// …", "25 đồng chí dự họp"), never one about others than the members (`notMembersWords`:
    /// "Đại diện Đảng ủy phường: 01 đồng chí dự họp", "Quần chúng ưu tú tham dự: 02 người"), the
    /// members called ("Số đảng viên được triệu tập dự họp: 28"), a vote ("Biểu quyết: 24/24
    /// đồng chí dự họp nhất trí") or the hour ("Thời gian dự họp: 19 giờ 30"). Below the opening,
    /// "25 đồng chí dự họp đều nhất trí …" is the body's.
    static func attendanceLine(in lines: [String]) -> Int? {
        if let labelled = lines.firstIndex(where: { AttendanceFigures($0).present != nil }) { return labelled }
        let opening = lines.indices.prefix(MeetingOpening.end(of: lines, attendance: nil))
        return opening.first(where: { index in
            let line = lines[index]
            let figures = AttendanceFigures(line)
            return (figures.presentWorded != nil || figures.presentCountFirst != nil || figures.presentOf != nil)
                && line.firstMatch(of: AttendancePatterns.notMembersWords) == nil
        }) ?? opening.first(where: { index in
            // "Tổng số đảng viên: 21; đảng viên dự sinh hoạt đạt 100%": the present as a share.
            lines[index].firstMatch(of: AttendancePatterns.presentShare) != nil && lines[index].firstMatch(of: AttendancePatterns.notMembersWords) == nil
        })
    }

    /// "TT: 1; Họ và tên: Đỗ Thị Hạnh; Lý do: việc gia đình", a row of a table of the absent, as
    /// the minutes name one in a sentence: "đồng chí Đỗ Thị Hạnh (việc gia đình)".
    static func absentee(inRow row: String) -> String? {
        guard let cell = row.firstMatch(of: AttendancePatterns.nameCell) else { return nil }
        let name = clean(String(cell.output.1))
        guard !name.isEmpty else { return nil }
        let reason = row.firstMatch(of: AttendancePatterns.reasonCell).map { clean(String($0.output.1)) } ?? ""
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
    static let nearby = 3

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
    mutating func readAttendance(_ line: String, nearby: [String], following: [String]) {
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
        total = near(AttendancePatterns.total, AttendancePatterns.totalWorded)
        exempt = near({ $0.exempt }, { $0.exemptAfterCount })
        expected = expected ?? near({ $0.expected }) ?? total.map { $0 - (exempt ?? 0) }
        if present == nil, let expected, let share = line.firstMatch(of: AttendancePatterns.presentShare),
           line.firstMatch(of: AttendancePatterns.notMembersWords) == nil {
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
           next.firstMatch(of: AttendancePatterns.statedReason) != nil {
            used.append(next)
            below = below.dropFirst()
            clause = AttendanceClause(used.joined(separator: "; "))
        }
        // "vắng 02 đồng chí" over "Vắng có lý do: Lan; vắng không lý do: Hoa": the reasons of those counted,
        // and their names, on the lines below.
        if clause.absentCount != nil, clause.excused == nil, clause.unexcused == nil, clause.absent.isEmpty {
            let labelled = below.prefix(while: { $0.firstMatch(of: AttendancePatterns.reasonLabel) != nil })
            let joined = AttendanceClause((used + labelled).joined(separator: "; "))
            if !labelled.isEmpty, joined.excused != nil || joined.unexcused != nil {
                used += labelled
                below = below.dropFirst(labelled.count)
                clause = joined
            }
        }
        // "Vắng 02 đồng chí." over "Cụ thể: đồng chí A (ốm), đồng chí B": the names of those counted
        // in the next paragraph, read as when it goes on the same one.
        if clause.countsAbsence, clause.absent.isEmpty, let next = below.first, let match = next.firstMatch(of: AttendancePatterns.namesParagraph) {
            let joined = AttendanceClause(Self.clean(used.joined(separator: "; ")) + ". " + next[match.range.upperBound...])
            if !joined.absent.isEmpty { clause = joined }
        }
        // "vắng 02 đồng chí có lý do, cụ thể:" over a table "TT | Họ và tên | Lý do": its rows
        // (`MinutesImport.headedRows`), each a name and its reason, read as names in the same paragraph;
        // also under a line labelling the table with no count ("Danh sách đảng viên vắng:").
        var namedInRows: [Absentee]?
        if clause.countsAbsence, clause.absent.isEmpty {
            var rows = below
            if let label = rows.first, Self.labelsATableOfTheAbsent(label) { rows = rows.dropFirst() }
            let names = rows.prefix(while: { $0.firstMatch(of: AttendancePatterns.nameCell) != nil }).compactMap(Self.absentee(inRow:))
            if !names.isEmpty, let excused = clause.excused, let unexcused = clause.unexcused {
                // "Vắng có lý do: 02; Vắng không lý do: 0" from a table of figures: the rows are not the last label's
                // (the names were read unexcused and their reasons lost); their reasons say who had one.
                let listed = AttendanceClause("vắng \(clause.absentCount ?? excused + unexcused) đồng chí, cụ thể: " + names.joined(separator: "; "))
                if !listed.absent.isEmpty { namedInRows = listed.absent }
            } else if !names.isEmpty {
                let text = used.joined(separator: "; ").trimmingCharacters(in: .whitespaces)
                let joined = AttendanceClause((text.hasSuffix(":") ? text : Self.clean(text) + ", cụ thể:") + " " + names.joined(separator: "; "))
                if !joined.absent.isEmpty { clause = joined }
            }
        }
        // "Vắng có lý do: 02; Vắng không lý do: 01" from a table, over "Vắng có lý do: đồng chí A (ốm), …".
        let namedBelow = clause.countsAbsence ? Self.namedUnderCounts(clause, below: below) : nil
        absentNamesUnlikeCounts = namedBelow?.unlike
        // "Đảng viên vắng mặt:" over a table of the absent, with no count.
        if !clause.countsAbsence, clause.absent.isEmpty, let table = Self.tableUnderLabel(in: following) {
            used = table.used
            clause = table.clause
        }
        absentLines = used
        absentCount = clause.absentCount
        excused = clause.excused
        unexcused = clause.unexcused
        // "vắng 01 đồng chí." over "Đồng chí Lan vắng có lý do chính đáng.": the labels below tell
        // who is excused, when the count does not.
        if let named = namedBelow?.clause, excused == nil, unexcused == nil {
            excused = named.excused
            unexcused = named.unexcused
        }
        absent = namedBelow?.clause.absent ?? namedInRows ?? clause.absent
        reasonsWithoutNames = clause.unnamedReasons
        unsureAbsentNames = Self.unsureNames(in: used.compactMap(Self.absentWords(in:)), absent: absent,
                                             heads: clause.headsReading)
        if let absentCount {
            if absentCount > 0, (excused == nil && unexcused == nil) || clause.reasonsUnknown > 0 { reasonsUnsaid = true }
            // A count worked out from the others is never below zero: the figures disagree, and
            // the one the minutes do not give stays unsaid.
            if excused == nil, let unexcused, absentCount >= unexcused { excused = absentCount - unexcused }
            if unexcused == nil, absentCount >= (excused ?? 0) { unexcused = absentCount - (excused ?? 0) }
        }
        if expected == nil, let present, let absentCount { expected = present + absentCount }
    }

    /// The places that read as full names in the absent's `lines` (`PlaceWords.unsurePlacesOrNames`),
    /// and the one-word villages after a head with no name (`VillageNames.unsure`), that are neither
    /// one of the `absent` nor in their reasons.
    static func unsureNames(in lines: [String], absent: [Absentee], heads: OfficeTitles.HeadsAfterNames = .afterTitledNames) -> [String] {
        let said = absent.flatMap { [$0.name] + ($0.reason.map { [$0] } ?? []) }
        var names: [String] = []
        let unsure = lines.flatMap { PlaceWords.unsurePlacesOrNames(in: $0) + VillageNames.unsure(in: $0, heads: heads, named: absent.map(\.name)) }
        for name in unsure where !said.contains(where: { $0.contains(name) }) && !names.contains(name) {
            names.append(name)
        }
        return names
    }

    /// The facts with the unsure names (`unsureAbsentNames`) that are the full name of one of
    /// `members` (the branch's people the site knows) written under `absent`, as the one the
    /// minutes count. A one-word village after its head ("Trưởng thôn Nam (ốm)", `VillageNames`)
    /// stays a place though a member's given name is Nam: the office says whose village it is,
    /// and the head is not named (it wrote the member Nam absent).
    func takingKnownMembers(_ members: Set<String>) -> MinutesFacts {
        var facts = self
        let known = unsureAbsentNames.filter { members.contains(Slug.fold($0)) && !VillageNames.isVillage(name: $0) }
        facts.absent += known.map { Absentee(name: $0) }
        facts.unsureAbsentNames.removeAll { known.contains($0) }
        return facts
    }

    /// The part of `text` that counts the absent: from the mark before its first "vắng" (so that
    /// "02 đồng chí vắng mặt" keeps its count), or "vang" typed without marks when there is no
    /// "vắng", to another fact's label or the end; nil without either.
    static func absentWords(in text: String) -> String? {
        // Typed without tone marks, "vang" (`TonelessWords`), when no "vắng" is there.
        guard let match = text.firstMatch(of: /(?:^|\P{L})(vắng)(?!\p{L})/.ignoresCase())
            ?? text.firstMatch(of: /(?:^|\P{L})(vang)(?!\p{L})/.ignoresCase()) else { return nil }
        let start = text[..<match.output.1.startIndex].lastIndex(where: { ";,.".contains($0) }).map { text.index(after: $0) } ?? text.startIndex
        var words = String(text[start...])
        if let label = AttendanceToken.firstLabel(in: words) { words = String(words[..<label]) }
        words = clean(words.trimmingCharacters(in: CharacterSet(charactersIn: " -–+•")))
        // The line's list mark is not the clerk's words about the absent: "b) Vắng mặt: …".
        words = words.replacing(/^(?:[a-zđ]|\d{1,2}|[IVX]{1,4})[.)]\s+(?=vắng)/.ignoresCase(), with: "")
        return words.isEmpty ? nil : words
    }
}

/// The wording the attendance is found by.
enum AttendancePatterns {
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
    /// "Vắng có lý do: …", "- Không lý do: …" at the start of a line: the absent counted above it under a reason.
    nonisolated(unsafe) static let reasonLabel =
        /^\s*[-+•–]?\s*(?:vắng\s+(?:mặt\s+)?)?(?:có|không|không có)\s+lý do\s*:/.ignoresCase()
    /// "Lý do: …", "- Lý do vắng: …" at the start of a line: the reason of the absent counted above it.
    nonisolated(unsafe) static let statedReason = /^\s*[-+•–]?\s*lý do(?:\s+vắng(?:\s+mặt)?)?\s*:/.ignoresCase()
}
