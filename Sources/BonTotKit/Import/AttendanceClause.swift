/// The clause of an attendance line that counts the absent and names them, read by one small
/// grammar over its tokens (`AttendanceToken`) rather than by patterns each made for a case:
///
///     clause := "vắng" [":"] [count [":" | "(" | "–" ] [intro] names [")"]] part* [reasons] end
///     reasons:= "do" words | "(" [figure] words ("," [figure] words)* ")"   (no reason label: excused)
///     part   := [count ["("]] reason [":"] [count] [":"] [intro] [names | "(" names ")" | a reason alone]
///     intro  := [","] ("gồm" ["có"] | "bao gồm" | "là") ["các"] [":"]
///             | anything else, passed over
///     count  := figure ["đồng chí" | "đ/c" | "đảng viên"]
///     reason := "có lý do" | "không lý do" | "không có lý do"
///     names  := `AbsenteeList`
///     end    := another fact's label ("Chủ trì:", "Khách mời:" …) | a full stop outside brackets
///               (unless the next sentence goes on counting: "Trong đó có lý do 02", or names the
///               counted: "Cụ thể: đồng chí A (ốm), …") | the text's end
///
/// A reason's count is its own figure ("có lý do: 02", "02 có lý do"); else, right after the
/// absent's count, that count ("vắng 03 đồng chí có lý do"), or the names in its bracket when it
/// lists some ("vắng 01 đồng chí (có lý do: A – ốm, B – ốm)" is 2 excused); else its names.
struct AttendanceClause {
    /// "vắng 03": the members absent, as the minutes count them.
    private(set) var absentCount: Int?
    private(set) var excused: Int?
    private(set) var unexcused: Int?
    /// The absent named: the excused with their reasons, then the unexcused; when the clause has
    /// no reason label, those named after the absent's count ("vắng 02 đồng chí: A, B", "vắng 02
    /// đồng chí (A – ốm, B – đi công tác)"), who are the excused when each has a reason.
    private(set) var absent: [MinutesFacts.Absentee] = []
    /// Reasons given with no name to them: "vắng 01 đồng chí (có lý do: ốm)".
    private(set) var unnamedReasons: [String] = []
    /// True when the clause gives a figure of the absent (counted, or by reason).
    private(set) var countsAbsence = false

    private let chars: [Character]
    private let tokens: [AttendanceToken]

    init(_ text: String) {
        chars = Array(Self.countAfterAbsent(text))
        tokens = AttendanceToken.tokens(of: chars)
        guard let start = start else { return }
        read(start..<end(from: start))
    }

    /// "(02 đồng chí vắng có lý do)", "có 02 đồng chí vắng mặt": `text` with the count before the
    /// first "vắng" put after it, as the grammar reads it ("vắng 02 đồng chí có lý do"). Only a
    /// count opening its clause (after a bracket, a mark, or "có") is moved: "có mặt 23 đồng chí
    /// vắng …" counts the present, and "02 đồng chí vắng 2 kỳ liên tiếp" already counts after it.
    static func countAfterAbsent(_ text: String) -> String {
        guard let match = text.firstMatch(of: countBeforeAbsent),
              !text[..<match.range.lowerBound].localizedCaseInsensitiveContains("vắng") else { return text }
        let (_, lead, figure, unit, absent) = match.output
        var moved = text
        moved.replaceSubrange(match.range, with: lead + absent + " " + figure + (unit.map { " " + $0 } ?? ""))
        return moved
    }

    nonisolated(unsafe) private static let countBeforeAbsent =
        /(^|[(,;.–-]\s*|(?:^|\s)có\s+)(\d{1,3})(?:\s*(đồng chí|đ\/c|đảng viên))?\s+(vắng(?:\s+mặt)?)(?!\p{L})(?!\s*:?\s*\d)/.ignoresCase()

    /// Where the clause starts: at "vắng", or, when the text has none, at the first reason with
    /// the count before it ("Trong đó: có lý do 02", "02 đồng chí có lý do"); a reason stated
    /// ("Lý do: ốm") starts none.
    private var start: Int? {
        if let absent = tokens.firstIndex(where: { $0.kind == .absent }) { return absent }
        guard var start = tokens.firstIndex(where: { token in
            if case .reason = token.kind { !AttendanceToken.isStated(token, in: chars) } else { false }
        }) else { return nil }
        while start > 0, [.open, .unit, .title].contains(tokens[start - 1].kind) { start -= 1 }
        if start > 0, case .number = tokens[start - 1].kind { start -= 1 }
        return start
    }

    /// Where the clause from `start` ends: another fact's label, or a full stop outside brackets
    /// that no count of the absent follows.
    private func end(from start: Int) -> Int {
        var depth = 0
        for index in start..<tokens.count {
            switch tokens[index].kind {
            case .label: return index
            case .open: depth += 1
            case .close: depth = max(0, depth - 1)
            case .stop where depth == 0 && !goesOnCounting(after: index): return index
            default: break
            }
        }
        return tokens.count
    }

    /// True when the sentence after the full stop at `index` goes on counting the absent by
    /// reason: "Vắng: 03 đồng chí. Trong đó: có lý do 02, không lý do 01.", "Vắng có lý do: 02
    /// đồng chí. Vắng không lý do: 01 đồng chí."
    private func goesOnCounting(after index: Int) -> Bool {
        var next = index + 1
        while next < tokens.count {
            let kind = tokens[next].kind
            let isWord = if case .word = kind { true } else { false }
            if [.colon, .comma, .open, .absent].contains(kind) || (isWord && ["trong", "đó", "gồm", "cụ", "thể"].contains(text(next..<next + 1).lowercased())) {
                next += 1
            } else {
                break
            }
        }
        guard next < tokens.count else { return false }
        if namesSentence(after: index) != nil { return true }
        if case .reason = tokens[next].kind { return true }
        return countBeforeReason(at: next) != nil
    }

    /// The first name of the sentence after the full stop at `index` when it only names the
    /// absent counted before it: "Cụ thể: đồng chí A (con ốm), …", "Gồm các đồng chí: …", "Đó là đồng chí A …".
    private func namesSentence(after index: Int) -> Int? {
        var next = index + 1
        func isWord(_ word: String) -> Bool {
            guard next < tokens.count, case .word = tokens[next].kind else { return false }
            return text(next..<next + 1).lowercased() == word
        }
        if isWord("cụ") {
            next += 1
            guard isWord("thể") else { return nil }
            next += 1
        } else if isWord("gồm") {
            next += 1
            if isWord("có") { next += 1 }
        } else if isWord("đó") {
            next += 1
            guard isWord("là") else { return nil }
            next += 1
        } else {
            return nil
        }
        if isWord("các"), next + 2 < tokens.count, tokens[next + 1].kind == .title, tokens[next + 2].kind == .colon { next += 2 }
        if next < tokens.count, tokens[next].kind == .colon { next += 1 }
        guard AbsenteeList.startsName(at: next, in: tokens, chars: chars)?.titled == true else { return nil }
        return next
    }

    /// When a count stands at `index` and a reason follows it ("02 có lý do", "2 đ/c (có lý do)"),
    /// the count and the reason's index.
    private func countBeforeReason(at index: Int) -> (count: Int, reason: Int)? {
        guard case .number(let count) = tokens[index].kind else { return nil }
        var next = index + 1
        if next < tokens.count, [.title, .unit].contains(tokens[next].kind) { next += 1 }
        if next < tokens.count, tokens[next].kind == .open { next += 1 }
        // "(cả 02 đồng chí đều có lý do)".
        if next < tokens.count, case .word = tokens[next].kind, text(next..<next + 1).lowercased() == "đều" { next += 1 }
        guard next < tokens.count, case .reason = tokens[next].kind else { return nil }
        return (count, next)
    }

    /// Reads the clause's tokens in `clause`: the absent's count, each reason, the names.
    private mutating func read(_ clause: Range<Int>) {
        var index = clause.lowerBound
        // The token after the absent's count ("vắng 03 đồng chí"), whose figure a reason right after it takes.
        var afterCount: Int?
        var plainNames: [MinutesFacts.Absentee] = []
        var excusedNames: [MinutesFacts.Absentee] = []
        var unexcusedNames: [MinutesFacts.Absentee] = []
        // True when a reason took the absent's count as its own ("vắng 02 đồng chí có lý do").
        var inheritedCount = false
        // The token after the names given with the absent's count, and whether a reason stated
        // after them is theirs ("Vắng 02 đồng chí: A, B. Lý do: đi làm ca, nằm viện").
        var afterNames: Int?
        var namesStated = false
        // The last reason read, and whether it named anyone.
        var lastReason: ReasonGroup?
        while index < clause.upperBound {
            switch tokens[index].kind {
            case .stop:
                // "Vắng: 02 đồng chí có lý do. Cụ thể: đồng chí A (con ốm), đồng chí B (ốm).": the names
                // of those counted, in the next sentence.
                guard let first = namesSentence(after: index), first < clause.upperBound,
                      lastReason.map({ $0.names.isEmpty }) ?? (plainNames.isEmpty && afterCount != nil) else {
                    index += 1
                    continue
                }
                let list = AbsenteeList(from: first, within: clause, tokens: tokens, chars: chars)
                if let reason = lastReason {
                    if reason.excused {
                        excusedNames += list.absent
                    } else {
                        unexcusedNames += list.absent.map { MinutesFacts.Absentee(name: $0.name) }
                    }
                    lastReason?.names = list.absent
                } else {
                    plainNames = list.absent
                }
                index = max(list.end, first)
            case .absent:
                index += 1
                if index < clause.upperBound, tokens[index].kind == .colon { index += 1 }
                guard index < clause.upperBound, case .number(let count) = tokens[index].kind, absentCount == nil else {
                    // "vắng: đ/c Lan - ốm, đ/c Hùng - đi làm ăn xa": the absent named with no count are
                    // counted by their names.
                    if absentCount == nil, plainNames.isEmpty, index < clause.upperBound,
                       AbsenteeList.startsName(at: index, in: tokens, chars: chars)?.titled == true {
                        let list = AbsenteeList(from: index, within: clause, tokens: tokens, chars: chars)
                        if !list.absent.isEmpty {
                            plainNames = list.absent
                            absentCount = list.absent.count
                            countsAbsence = true
                            index = max(index, list.end)
                            afterNames = index
                        }
                    }
                    continue
                }
                absentCount = count
                countsAbsence = true
                // The count's token: a bracket right after it, with no unit between, is the absent's too ("vắng 02 (Ba, Tư)").
                let countToken = index
                index = afterUnit(index + 1, within: clause)
                afterCount = index
                // "vắng 03 đồng chí: 02 đồng chí đám giỗ, 01 đồng chí không có lý do": each count with its reason.
                if let counted = countedReasons(at: index, count: count, within: clause) {
                    excused = counted.excused
                    unexcused = counted.unexcused
                    unnamedReasons += counted.reasons
                    index = counted.end
                    continue
                }
                // "vắng 02 đồng chí: Nguyễn Văn An, Trần Thị Bình", "vắng 02 đồng chí gồm: …", "vắng 02 đồng
                // chí (đồng chí A – ốm, …)": names with no reason label.
                let bracketed = index < clause.upperBound && tokens[index].kind == .open
                // "Vắng: 2 đồng chí – đồng chí A (nằm viện), …", "vắng 02 đồng chí - Lan, Hoa": names after a dash.
                let dashed = index + 1 < clause.upperBound && tokens[index].kind == .dash
                    && AbsenteeList.startsName(at: index + 1, in: tokens, chars: chars) != nil
                // "vắng 01 đ/c, đ/c Hòa đi làm ca": titled names after a comma.
                let commaNames = index + 1 < clause.upperBound && tokens[index].kind == .comma
                    && AbsenteeList.startsName(at: index + 1, in: tokens, chars: chars)?.titled == true
                var first = index < clause.upperBound && (tokens[index].kind == .colon || bracketed || dashed || commaNames) ? index + 1 : nil
                // "vắng 02 đồng chí gồm Lan và Hoa", "… là Lan, Hoa": the names after the words introducing them.
                var introduced = false
                if let after = afterIntroducer(first ?? index, within: clause) {
                    first = after
                    introduced = true
                }
                if !bracketed, let first, first < clause.upperBound, [.colon, .dash].contains(tokens[first - 1].kind) || introduced,
                   AbsenteeList.startsName(at: first, in: tokens, chars: chars)?.titled == false,
                   let named = bareNames(from: first, within: clause, bracketed: false) {
                    // "vắng 02 đồng chí: Lan - ốm, Hùng (đi học)", "vắng 02 đồng chí - Lan, Hoa": the absent by bare
                    // given names after the colon or the dash.
                    plainNames = named.absent
                    index = named.end
                    afterNames = index
                } else if let first, first < clause.upperBound, let name = AbsenteeList.startsName(at: first, in: tokens, chars: chars),
                   !bracketed || name.titled || name.words >= 2 {
                    let list = AbsenteeList(from: first, within: clause, tokens: tokens, chars: chars)
                    // After a dash, words that name no one are the reason's ("vắng 01 đồng chí - Đi viện").
                    if dashed, list.absent.isEmpty { continue }
                    plainNames = list.absent
                    index = bracketed && list.end < clause.upperBound && tokens[list.end].kind == .close ? list.end + 1 : list.end
                    afterNames = index
                } else if bracketed, [.title, .unit].contains(tokens[index - 1].kind) || index - 1 == countToken, let first,
                          let named = bareNames(from: first, within: clause) {
                    // "vắng mặt: 01 đồng chí (Hùng - đi làm ăn xa)", "vắng 02 đồng chí (Lan, Hùng)", "vắng 02 (Ba, Tư)": the
                    // absent by bare given names.
                    plainNames = named.absent
                    index = named.end
                    afterNames = index
                } else if first == nil, index < clause.upperBound, tokens[index].kind == .title,
                          let name = AbsenteeList.startsName(at: index, in: tokens, chars: chars), name.words <= 2,
                          let named = bareNames(from: index + 1, within: clause, bracketed: false) {
                    // "vắng 02 đồng chí Lan, Hoa đều có lý do": the count's "đồng chí" is the first name's title too.
                    plainNames = named.absent
                    index = named.end
                    afterNames = index
                }
                // "vắng 1 đ/c (Lan) - ốm", "(Lan, Hoa) – đi công tác": words naming a reason after the names'
                // bracket and a dash are all of theirs, as a reason label there is ("(Lan, Hùng) có lý do").
                if let after = afterNames, after > clause.lowerBound, tokens[after - 1].kind == .close, after + 1 < clause.upperBound,
                   tokens[after].kind == .dash, !plainNames.isEmpty, plainNames.allSatisfy({ $0.reason == nil }),
                   let end = reasonAfterComma(at: after + 1, within: clause) {
                    let reason = text(after + 1..<end)
                    plainNames = plainNames.map { MinutesFacts.Absentee(name: $0.name, reason: reason) }
                    index = end
                    afterNames = end
                }
            case .number:
                guard let found = countBeforeReason(at: index), found.reason < clause.upperBound else {
                    index += 1
                    continue
                }
                let group = readReason(at: found.reason, count: found.count, inherited: nil, within: clause)
                take(group, excusedNames: &excusedNames, unexcusedNames: &unexcusedNames)
                lastReason = group
                index = group.end
            case .reason:
                // Right after the absent's count, the reason is theirs: "vắng 03 đồng chí có lý do",
                // "vắng 02 (có lý do: ốm)", "vắng 02 đồng chí (đều có lý do: …)"; and a reason stated, in
                // the next sentence too: "Vắng 02 đồng chí. Lý do: ốm", "vắng 02 đồng chí, lý do vắng:
                // ốm", "vắng 01 đồng chí vì lý do sức khỏe"; after a comma too ("vắng 02 đồng chí, có lý do"),
                // and after the names' bracket ("vắng 02 đồng chí (Lan, Hùng) có lý do").
                let stated = AttendanceToken.isStated(tokens[index], in: chars)
                func onlyMarks(from after: Int) -> Bool {
                    guard after <= index else { return false }
                    let words = tokens[after..<index].map { String(chars[$0.range]).lowercased() }
                    // "cả hai đều có lý do", "cả ba đều …": all of the absent, counted in words.
                    let all = words.contains("cả")
                    return zip(tokens[after..<index], words).allSatisfy { token, text in
                        token.kind == .colon || token.kind == .open || token.kind == .comma || token.kind == .dash || text == "đều"
                            || (all && (text == "cả" || CountInWords.value(of: Substring(text)) != nil))
                            || (stated && ([.stop, .semicolon, .dash].contains(token.kind) || text == "." || text == "vì"))
                    }
                }
                // Right after the names when none has its own reason: "(Lan, Hùng) có lý do", "Lan, Hùng có lý do".
                let bracketedNames = afterNames.map { $0 > clause.lowerBound && tokens[$0 - 1].kind == .close } == true
                    || (afterNames.map(onlyMarks) == true && plainNames.allSatisfy { $0.reason == nil })
                let forNames = (stated || bracketedNames) && !plainNames.isEmpty && afterNames.map(onlyMarks) == true
                if forNames { namesStated = true }
                let follows = afterCount.map(onlyMarks) == true || forNames
                let group = readReason(at: index, count: nil, inherited: follows ? absentCount : nil, within: clause)
                if follows, !group.counted, group.count == absentCount { inheritedCount = true }
                take(group, excusedNames: &excusedNames, unexcusedNames: &unexcusedNames)
                lastReason = group
                index = group.end
            default:
                index += 1
            }
        }
        // "Lan, Hoa (đều đi công tác)", "Lan, Hoa, Minh (đi công tác)": one reason after the names (`SharedReason`).
        let shared = SharedReason.read(plainNames)
        plainNames = shared.names
        if let unclear = shared.unclear { unnamedReasons.append(unclear) }
        // "vắng 02 đồng chí có lý do: A, B; 01 đồng chí không lý do: C": the absent's count was
        // the excused's, and the absent are both.
        if inheritedCount, let excused, let unexcused { absentCount = excused + unexcused }
        absent = excusedNames + unexcusedNames
        if namesStated, absent.isEmpty { absent = plainNames }
        // "vắng 1 đồng chí do ốm", "vắng 1 đồng chí (bận công tác)", "vắng 2 (01 ốm, 01 đi công tác)":
        // a reason with no reason label still makes the absent excused (SPEC §1).
        if excused == nil, unexcused == nil, plainNames.isEmpty, let absentCount, absentCount > 0, let afterCount,
           let reasons = reasonsWithoutLabel(at: afterCount, count: absentCount, within: clause) {
            excused = absentCount
            unexcused = 0
            unnamedReasons += reasons
        }
        if excused == nil, unexcused == nil {
            // "A (ốm), B (không lý do)": B has no reason.
            let withReason = plainNames.filter { $0.reason != nil && !AbsenteeList.isNoReason($0.reason) }
            let withNone = plainNames.filter { AbsenteeList.isNoReason($0.reason) }.map { MinutesFacts.Absentee(name: $0.name) }
            absent = withReason + withNone + plainNames.filter { $0.reason == nil }
            // SPEC §1: a name with a reason is excused. When every one of the absent is named with
            // one, or as having none, they are counted so; else whether the others had one stays unsaid.
            if !plainNames.isEmpty, plainNames.count == absentCount, withReason.count + withNone.count == plainNames.count {
                excused = withReason.count
                unexcused = withNone.count
            }
        }
    }

    /// The words that give the reasons of the `count` absent right after their count, at
    /// `index`, with no reason label: "do ốm", "(bận công tác)", "(01 ốm, 01 đi công tác)", ", do
    /// đi làm xa", "vì ốm", "– đi viện"; nil when they may say anything else: no reason ("(không lý do)", "không
    /// rõ lý do"), a name, who the absent were ("(01 chi ủy viên)", "(trong đó 01 đồng chí …)"),
    /// counts that do not add up to `count`, or, after a comma or "vì", words naming no reason
    /// ("vắng 02 đồng chí, do đó …", ", vì lần thứ hai liên tiếp").
    private func reasonsWithoutLabel(at index: Int, count: Int, within clause: Range<Int>) -> [String]? {
        guard index < clause.upperBound else { return nil }
        var index = index
        // "vắng 2 đồng chí, do đi làm xa": a comma before "do" or "vì".
        let afterComma = tokens[index].kind == .comma
        if afterComma { index += 1 }
        guard index < clause.upperBound else { return nil }
        var first = index + 1
        var end = first
        var sure = true
        if tokens[index].kind == .open, !afterComma {
            sure = false
            while end < clause.upperBound, tokens[end].kind != .close {
                if [.open, .stop].contains(tokens[end].kind) { return nil }
                end += 1
            }
            guard end < clause.upperBound else { return nil }
        } else if case .word = tokens[index].kind, ["do", "vì"].contains(text(index..<index + 1).lowercased()) {
            // "do đó", "vì vậy", "vì thế": "therefore", no reason.
            guard first < clause.upperBound, !["đó", "vậy", "thế"].contains(text(first..<first + 1).lowercased()) else { return nil }
            sure = !afterComma && text(index..<index + 1).lowercased() == "do"
            while end < clause.upperBound, ![.stop, .semicolon, .comma, .open, .close].contains(tokens[end].kind) { end += 1 }
        } else if tokens[index].kind == .dash, !afterComma {
            // "vắng: 01 đồng chí – đi viện": after a dash, words naming a reason.
            sure = false
            while end < clause.upperBound, ![.stop, .semicolon, .comma, .open, .close].contains(tokens[end].kind) { end += 1 }
        } else {
            return nil
        }
        guard first < end else { return nil }
        var reasons: [String] = []
        var counted = 0
        var parts = 0
        var part = first
        while part <= end {
            guard part == end || [.comma, .semicolon].contains(tokens[part].kind) else {
                part += 1
                continue
            }
            defer { first = part + 1; part += 1 }
            guard first < part else { return nil }
            parts += 1
            var words = first
            if case .number(let figure) = tokens[words].kind {
                counted += figure
                words += 1
            }
            guard words < part, mayBeReason(words..<part),
                  let reason = Self.reasonText(text(words..<part)), !Self.saysOtherThanAReason(reason) else { return nil }
            reasons.append(reason)
        }
        // A bracket says many things ("(lần thứ hai liên tiếp)"), and so do words after a comma, a
        // dash or "vì"; "do …" right after the count says a reason: the others are taken for reasons only
        // when each names one.
        if !sure, !reasons.allSatisfy(Self.namesAReason) { return nil }
        // Counts, when given, are each part's and add up to the absent.
        if counted > 0, counted != count || tokens[index].kind != .open { return nil }
        if counted == 0, parts > 1, count < parts { return nil }
        return reasons
    }

    /// The counts of the `count` absent each with its reason, after their count and a colon or in
    /// a bracket, at `index`: "vắng 03 đồng chí: 02 đồng chí đám giỗ, 01 đồng chí không có lý do",
    /// "(02 ốm, 01 không lý do)"; a reason is a label ("có lý do", "không phép") or words naming
    /// one, kept in `reasons`, and `end` is the token after the counts. Nil unless every part is
    /// so, one at least names its reason in words, and the counts add up to `count`.
    private func countedReasons(at index: Int, count: Int, within clause: Range<Int>)
        -> (excused: Int, unexcused: Int, reasons: [String], end: Int)? {
        guard index < clause.upperBound, [.colon, .open].contains(tokens[index].kind) else { return nil }
        var excused = 0
        var unexcused = 0
        var reasons: [String] = []
        var next = index + 1
        while true {
            guard next < clause.upperBound, case .number(let figure) = tokens[next].kind else { return nil }
            next += 1
            if next < clause.upperBound, [.title, .unit].contains(tokens[next].kind) { next += 1 }
            var end = next
            while end < clause.upperBound, ![.comma, .semicolon, .close, .stop].contains(tokens[end].kind) { end += 1 }
            guard next < end else { return nil }
            if end == next + 1, case .reason(let isExcused) = tokens[next].kind, !AttendanceToken.isStated(tokens[next], in: chars) {
                if isExcused { excused += figure } else { unexcused += figure }
            } else {
                guard mayBeReason(next..<end),
                      let reason = Self.reasonText(text(next..<end)), !Self.saysOtherThanAReason(reason), Self.namesAReason(reason)
                else { return nil }
                excused += figure
                reasons.append(reason)
            }
            next = end
            guard next < clause.upperBound, [.comma, .semicolon].contains(tokens[next].kind) else { break }
            next += 1
        }
        if tokens[index].kind == .open {
            guard next < clause.upperBound, tokens[next].kind == .close else { return nil }
            next += 1
        }
        guard !reasons.isEmpty, excused + unexcused == count else { return nil }
        return (excused, unexcused, reasons, next)
    }

    /// The words of the usual reasons for missing a meeting: illness, work, study, the family,
    /// travel, the weather, leave asked for.
    private static let reasonWords = [
        "ốm", "bệnh", "đau", "sốt", "cảm", "viện", "mổ", "phẫu thuật", "khám", "điều trị", "cấp cứu", "tai nạn", "sức khỏe",
        "sức khoẻ", "thai sản", "sinh con", "tuổi cao", "già yếu",
        "công tác", "tập huấn", "bồi dưỡng", "học", "thi", "họp", "hội nghị", "trực", "làm", "tăng ca", "việc", "bận",
        "gia đình", "đám", "giỗ", "cưới", "tang", "hiếu", "hỷ", "chăm", "trông", "con nhỏ", "đi xa", "ở xa", "vắng nhà",
        "về quê", "nghỉ", "phép", "mưa", "bão", "lũ",
    ]

    /// The words a reason is led by when a clerk writes it with a capital ("Đi viện", "Con ốm",
    /// "Việc riêng", "Công Tác"): verbs, kin, the first word of a usual reason; no family name.
    private static let reasonOpeners: Set<String> = [
        "đi", "đang", "về", "ở", "bị", "bận", "nằm", "nghỉ", "ốm", "bệnh", "đau", "sốt", "mổ", "khám", "điều", "cấp", "tai", "sức", "thai",
        "sinh", "tuổi", "già", "công", "tập", "bồi", "học", "thi", "họp", "hội", "trực", "làm", "việc", "gia", "nhà", "con",
        "vợ", "chồng", "mẹ", "bố", "cha", "cháu", "đám", "giỗ", "cưới", "chăm", "trông", "mưa", "bão", "lũ",
    ]

    /// True when `text`, written with capitals, is a reason and no name: its words name a reason
    /// and its first word opens one ("Đi viện", "Con Ốm", "Công Tác"; "Nguyễn Văn Hiếu", "Hiếu" are names).
    static func isCapitalisedReason(_ text: String) -> Bool {
        guard let first = text.split(whereSeparator: { !$0.isLetter }).first, reasonOpeners.contains(first.lowercased()),
              !isGivenNameLikeAReason(text) else { return false }
        return namesAReason(text)
    }

    /// Given names that are a reason's one word too: "(Thi)", "(Trực)", "(Học)", "(Hiếu)" alone, with a
    /// capital, name someone ("(Đi thi)", "(Trực)" in lower case, "(việc hiếu)" are reasons).
    private static let givenNamesLikeReasons: Set<String> = ["thi", "trực", "học", "hiếu"]

    /// The verbs no name begins with, which open what a clerk writes of where the absent are:
    /// "(Đi Hà Nội)", "(Đang Điều Trị)", "(Về Huế)".
    private static let verbsNoNameBegins: Set<String> = ["đi", "đang", "về", "bị", "nằm", "được", "ở"]

    /// True when the first word of `text` is one of `verbsNoNameBegins`: "Đi Hà Nội" names no one.
    static func opensWithAVerb(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter }).first.map { verbsNoNameBegins.contains($0.lowercased()) } ?? false
    }

    /// True when `text` is one capitalised word of `givenNamesLikeReasons`: "Thi", not "thi".
    static func isGivenNameLikeAReason(_ text: String) -> Bool {
        text.first?.isUppercase == true && givenNamesLikeReasons.contains(text.lowercased())
    }

    /// True when the words in `range` may give a reason: words in lower case, or a reason written
    /// with capitals (`isCapitalisedReason`: "Đi viện", "Con ốm"), not a name ("Lan").
    private func mayBeReason(_ range: Range<Int>) -> Bool {
        guard tokens[range].allSatisfy({ if case .word = $0.kind { true } else { false } }) else { return false }
        return tokens[range].allSatisfy { $0.kind == .word(capitalised: false) } || Self.isCapitalisedReason(text(range))
    }

    /// True when `reason` holds one of `reasonWords`, as whole words.
    static func namesAReason(_ reason: String) -> Bool {
        let words = " " + reason.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ") + " "
        return reasonWords.contains { words.contains(" \($0) ") }
    }

    /// True when `reason`, read as one with no reason label, may say something else: no reason,
    /// or who the absent were.
    static func saysOtherThanAReason(_ reason: String) -> Bool {
        let words = " " + reason.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ") + " "
        return [" lý do ", " không ", " chưa ", " rõ ", " phép ", " chi ủy ", " ủy viên ", " bí thư ", " dự bị ", " chính thức ", " nữ ",
                " nam ", " người ", " miễn ", " cả ", " đều ", " trong ", " gồm ", " là ", " số "].contains { words.contains($0) }
    }

    /// What one reason says: whose reason it is (excused or not), how many, the names under it
    /// and a reason given without a name; `end` is the token after it.
    struct ReasonGroup: Equatable {
        var excused: Bool
        var count: Int?
        var names: [MinutesFacts.Absentee]
        var unnamedReason: String?
        /// True when a figure gave the count, not the names.
        var counted: Bool
        var end: Int
    }

    /// Adds what `group` says to the clause: its count, unless an earlier reason of its kind gave
    /// one, its names, and a reason given without a name.
    private mutating func take(_ group: ReasonGroup, excusedNames: inout [MinutesFacts.Absentee],
                               unexcusedNames: inout [MinutesFacts.Absentee]) {
        if group.counted { countsAbsence = true }
        var group = group
        if group.excused {
            // "có lý do: Lan, Hoa (đều đi công tác)": one reason after the names (`SharedReason`).
            let shared = SharedReason.read(group.names)
            group.names = shared.names
            if let unclear = shared.unclear { unnamedReasons.append(unclear) }
            // "có lý do: A – ốm, B – không lý do": B is not excused; when the names gave the count, he leaves it.
            let none = group.names.filter { AbsenteeList.isNoReason($0.reason) }.map { MinutesFacts.Absentee(name: $0.name) }
            if !none.isEmpty, !group.counted, group.count == group.names.count {
                excused = excused ?? group.names.count - none.count
                unexcused = (unexcused ?? 0) + none.count
                excusedNames += group.names.filter { !AbsenteeList.isNoReason($0.reason) }
                unexcusedNames += none
                return
            }
            excused = excused ?? group.count
            excusedNames += group.names
            if let reason = group.unnamedReason { unnamedReasons.append(reason) }
        } else {
            unexcused = unexcused ?? group.count
            // The unexcused have no reason: what follows a name is not one.
            unexcusedNames += group.names.map { MinutesFacts.Absentee(name: $0.name) }
        }
    }

    /// The reason at `index` and what follows it: its own count (the figure after it, or `count`,
    /// the one before it), else `inherited`, the absent's count it follows. A token that is no
    /// reason says nothing: an empty group, ending after it (internal for its test).
    func readReason(at index: Int, count: Int?, inherited: Int?, within clause: Range<Int>) -> ReasonGroup {
        guard clause.contains(index), case .reason(let isExcused) = tokens[index].kind else {
            return ReasonGroup(excused: false, count: nil, names: [], unnamedReason: nil, counted: false, end: index + 1)
        }
        let opensBracket = index > clause.lowerBound && tokens[index - 1].kind == .open
        var next = index + 1
        var own = count
        var colon = false
        func skipColon() {
            if next < clause.upperBound, tokens[next].kind == .colon { colon = true; next += 1 }
        }
        skipColon()
        // "(lý do ốm)": a reason stated with no colon is followed by the reason all the same.
        if AttendanceToken.isStated(tokens[index], in: chars) { colon = true }
        // The figure after the reason is its count, over one before it ("3 (có lý do 2, …)"),
        // unless it counts the next reason ("02 có lý do 01 không lý do").
        if next < clause.upperBound, case .number(let figure) = tokens[next].kind, countBeforeReason(at: next) == nil {
            own = figure
            next = afterUnit(next + 1, within: clause)
        }
        skipColon()
        // "có lý do: 03 đồng chí gồm A – ốm, …": the names come after the words that introduce them.
        let introduced = afterIntroducer(next, within: clause)
        if let introduced { next = introduced }
        var names: [MinutesFacts.Absentee] = []
        var unnamedReason: String?
        if opensBracket, next < clause.upperBound, tokens[next].kind == .close {
            // "(có lý do)": nothing more in the bracket; the names may follow it ("(có lý do): A – ốm",
            // "(có lý do) gồm: …", "(có lý do), cụ thể: …"), or be in a bracket of their own ("(có lý
            // do) (đồng chí A: ốm; …)").
            next += 1
            var first = next < clause.upperBound && tokens[next].kind == .colon ? next + 1 : nil
            if let introduced = afterIntroducer(first ?? next, within: clause) { first = introduced }
            let bracketed = first == nil && next + 1 < clause.upperBound && tokens[next].kind == .open
            if bracketed, let name = AbsenteeList.startsName(at: next + 1, in: tokens, chars: chars), name.titled || name.words >= 2 {
                let list = AbsenteeList(from: next + 1, within: clause, tokens: tokens, chars: chars)
                names = list.absent
                next = list.end < clause.upperBound && tokens[list.end].kind == .close ? list.end + 1 : list.end
            } else if let first, first < clause.upperBound, AbsenteeList.startsName(at: first, in: tokens, chars: chars) != nil {
                let list = AbsenteeList(from: first, within: clause, tokens: tokens, chars: chars)
                names = list.absent
                next = list.end
            }
        } else if next < clause.upperBound, tokens[next].kind == .open {
            // "có lý do (đồng chí A – ốm; đồng chí B – đi công tác)", "có lý do (ốm)".
            let list = AbsenteeList(from: next + 1, within: clause, tokens: tokens, chars: chars)
            names = list.absent
            if names.isEmpty, own != nil, [.title, .unit].contains(tokens[next - 1].kind), let named = bareNames(from: next + 1, within: clause) {
                // "có lý do: 01 đ/c (Lan)", "có lý do: 02 đ/c (Lan - ốm, Hùng - đi học)": the counted by bare given names.
                names = named.absent
                next = named.end
            } else {
                if names.isEmpty { unnamedReason = list.text }
                next = list.end < clause.upperBound && tokens[list.end].kind == .close ? list.end + 1 : list.end
            }
        } else if next < clause.upperBound, colon || introduced != nil || tokens[next].kind == .dash
                    || AbsenteeList.startsName(at: next, in: tokens, chars: chars)?.titled == true {
            // "có lý do: A – ốm, B – đi công tác", "không lý do 01 đồng chí Hoàng Văn Năm", "có lý do: ốm".
            if tokens[next].kind == .dash { next += 1 }
            if AbsenteeList.startsName(at: next, in: tokens, chars: chars)?.titled == false,
               let named = bareNames(from: next, within: clause, bracketed: false) {
                // "vắng có lý do 02 đồng chí: Lan, Hoa (đi công tác)": bare given names (they were taken for a reason).
                names = named.absent
                next = named.end
            } else {
                let list = AbsenteeList(from: next, within: clause, tokens: tokens, chars: chars)
                names = list.absent
                if names.isEmpty { unnamedReason = list.text }
                next = list.end
            }
        }
        var found = own
        if found == nil, let inherited { found = opensBracket && !names.isEmpty ? names.count : inherited }
        if found == nil, !names.isEmpty { found = names.count }
        return ReasonGroup(excused: isExcused, count: found, names: names, unnamedReason: unnamedReason.flatMap(Self.reasonText),
                           counted: own != nil, end: max(next, index + 1))
    }

    /// The absent a bracket names from `index` by bare given names: one or two capitalised words
    /// naming no reason, each alone or with its reason after a dash or a colon or in brackets,
    /// parted by commas, semicolons or "và" ("(Lan)", "(Lan, Hùng)", "(Hùng - đi làm ăn xa)", "(Lan
    /// - ốm, Hùng (đi học))"; "(Ốm)", "(Đi học)" are reasons); `end` is after the bracket. Not
    /// `bracketed`, the names follow a colon and end at a full stop, a semicolon no bare name
    /// follows or the clause's end, which `end` is ("vắng 02 đồng chí: Lan - ốm, Hùng - đi học."). Nil unless the bracket,
    /// or the words to the end, hold only such names.
    private func bareNames(from index: Int, within clause: Range<Int>, bracketed: Bool = true) -> (absent: [MinutesFacts.Absentee], end: Int)? {
        var absent: [MinutesFacts.Absentee] = []
        // The mark before each name but the first: ",", ";" or "và".
        var marks: [AttendanceToken.Kind?] = []
        var next = index
        while next < clause.upperBound {
            guard let name = AbsenteeList.startsName(at: next, in: tokens, chars: chars), !name.titled, name.words <= 2 else { return nil }
            marks.append(next > index ? tokens[next - 1].kind : nil)
            let given = text(next..<name.end)
            guard Self.isGivenNameLikeAReason(given)
                || (!Self.namesAReason(given) && !Self.saysOtherThanAReason(given) && !Self.opensWithAVerb(given)
                    && !PlaceWords.namesAPlace(given)) else { return nil }
            next = name.end
            var reason: String?
            if !bracketed, !absent.isEmpty, absent.allSatisfy({ $0.reason == nil }), next + 1 < clause.upperBound,
               [.dash, .colon].contains(tokens[next].kind), case .reason = tokens[next + 1].kind,
               !AttendanceToken.isStated(tokens[next + 1], in: chars),
               next + 2 == clause.upperBound || tokens[next + 2].kind == .stop {
                // "Lan, Hoa – có lý do": the reason of all the names, read after them (`read`), as in brackets.
                absent.append(MinutesFacts.Absentee(name: given))
                return (absent, next)
            } else if next < clause.upperBound, [.dash, .colon].contains(tokens[next].kind) {
                var end = next + 1
                while end < clause.upperBound, ![.comma, .semicolon, .open, .close, .stop].contains(tokens[end].kind) { end += 1 }
                guard next + 1 < end, let said = Self.reasonText(text(next + 1..<end)) else { return nil }
                reason = said
                next = end
            } else if next < clause.upperBound, tokens[next].kind == .word(capitalised: false), let end = reasonAfterComma(at: next, within: clause) {
                // "(Lan đi viện)", "Lan đi công tác": words naming a reason right after the name, with no mark between.
                reason = text(next..<end)
                next = end
            } else if next + 1 < clause.upperBound, tokens[next].kind == .comma, let end = reasonAfterComma(at: next + 1, within: clause) {
                // "Lan, đi công tác": words naming a reason after the name and its comma.
                reason = text(next + 1..<end)
                next = end
            } else if !bracketed, next + 2 < clause.upperBound, tokens[next].kind == .open, tokens[next + 2].kind == .close,
                      case .reason = tokens[next + 1].kind, !AttendanceToken.isStated(tokens[next + 1], in: chars) {
                // "Lan, Hoa (có lý do)": the reason of all the names, read after them (`read`).
                absent.append(MinutesFacts.Absentee(name: given))
                return (absent, next)
            } else if next < clause.upperBound, tokens[next].kind == .open {
                // "Hùng (đi học)".
                var end = next + 1
                while end < clause.upperBound, ![.open, .close, .stop].contains(tokens[end].kind) { end += 1 }
                guard end < clause.upperBound, tokens[end].kind == .close, next + 1 < end,
                      let said = Self.reasonText(text(next + 1..<end)) else { return nil }
                reason = said
                next = end + 1
            }
            // "Lan, Hùng đều có lý do", "Lan, Hoa đều đi công tác", "Lan, Hoa đều có lý do đi công tác": "đều"
            // ("both", "all") gives what follows to every name.
            let all = reason == nil && next < clause.upperBound && { if case .word = tokens[next].kind { true } else { false } }()
                && text(next..<next + 1).lowercased() == "đều"
            if all { next += 1 }
            if all, next < clause.upperBound, tokens[next].kind == .reason(excused: true), !AttendanceToken.isStated(tokens[next], in: chars),
               let end = reasonAfterComma(at: next + 1, within: clause) {
                next += 1
                reason = text(next..<end)
                next = end
            } else if all, let end = reasonAfterComma(at: next, within: clause) {
                reason = text(next..<end)
                next = end
            } else if all, !(next < clause.upperBound && { if case .reason = tokens[next].kind { true } else { false } }()) {
                return nil
            }
            if all, let reason {
                absent = absent.map { MinutesFacts.Absentee(name: $0.name, reason: $0.reason ?? reason) }
            }
            var atReason = next < clause.upperBound && { if case .reason = tokens[next].kind { true } else { false } }()
            if !bracketed, reason == nil, atReason, absent.contains(where: { $0.reason != nil }) {
                // "Lan (ốm), Hùng không lý do": after a name with its own reason, the words after the last are its own.
                var end = next + 1
                while end < clause.upperBound, ![.comma, .semicolon, .open, .close, .stop].contains(tokens[end].kind) { end += 1 }
                guard let said = Self.reasonText(text(next..<end)) else { return nil }
                reason = said
                next = end
                atReason = false
            }
            absent.append(MinutesFacts.Absentee(name: given, reason: reason))
            // "Lan và Hoa (đi công tác)": names joined by "và" before one reason share it, as titled names do (`AbsenteeList`).
            if let reason {
                var earlier = absent.count - 1
                while earlier > 0, marks[earlier] == .and, absent[earlier - 1].reason == nil {
                    absent[earlier - 1].reason = reason
                    earlier -= 1
                }
            }
            // Not bracketed, a semicolon ends the names unless another bare name follows it ("Lan - ốm; Hùng - đi học"),
            // and a reason right after them does ("Lan, Hùng có lý do": theirs, `read`).
            if !bracketed, next == clause.upperBound || tokens[next].kind == .stop || (reason == nil && atReason)
                || (tokens[next].kind == .semicolon && AbsenteeList.startsName(at: next + 1, in: tokens, chars: chars)?.titled != false) {
                return (Self.groupsShare(absent, marks: marks), next)
            }
            guard next < clause.upperBound else { return nil }
            if bracketed, tokens[next].kind == .close { return (Self.groupsShare(absent, marks: marks), next + 1) }
            guard [.comma, .semicolon, .and].contains(tokens[next].kind) else { return nil }
            // Not bracketed, words that name no one after a comma end the names ("Lan, lần thứ hai liên tiếp").
            if !bracketed, tokens[next].kind == .comma, AbsenteeList.startsName(at: next + 1, in: tokens, chars: chars) == nil {
                return (absent, next)
            }
            next += 1
        }
        return nil
    }

    /// `absent`, named with `marks` before each name, with names parted by commas into groups by
    /// semicolons each given their group's one reason, after its last name: "Lan, Hoa - đi công
    /// tác; Minh - ốm" (the semicolons say the comma's names go together). Without a semicolon
    /// the list is one group, whose one reason `SharedReason` reads.
    private static func groupsShare(_ absent: [MinutesFacts.Absentee], marks: [AttendanceToken.Kind?]) -> [MinutesFacts.Absentee] {
        guard !absent.isEmpty, marks.contains(.semicolon) else { return absent }
        var shared = absent
        var start = 0
        for end in 1...absent.count where end == absent.count || marks[end] == .semicolon {
            let group = start..<end
            if group.count >= 2, let reason = absent[end - 1].reason, absent[start..<end - 1].allSatisfy({ $0.reason == nil }),
               marks[(start + 1)..<end].allSatisfy({ $0 == .comma }) {
                for index in group { shared[index].reason = reason }
            }
            start = end
        }
        return shared
    }

    /// The token after the words in lower case from `index` that name a reason and nothing else,
    /// up to the next mark: "đi công tác" in "Lan, đi công tác; Hoa, ốm"; nil when they name none.
    private func reasonAfterComma(at index: Int, within clause: Range<Int>) -> Int? {
        var end = index
        while end < clause.upperBound, tokens[end].kind == .word(capitalised: false) { end += 1 }
        guard index < end, end == clause.upperBound || [.comma, .semicolon, .close, .stop].contains(tokens[end].kind) else { return nil }
        let words = text(index..<end)
        return Self.namesAReason(words) && !Self.saysOtherThanAReason(words) ? end : nil
    }

    /// The token after the words at `index` that introduce the names of a list ("gồm", "gồm có",
    /// "bao gồm", "là", "đó là", "trong đó", "cụ thể", "gồm các đồng chí", a comma before them
    /// and a colon after them), or nil
    /// when none stands there.
    /// "các" goes with them; "đồng chí" after it stays the first name's title.
    private func afterIntroducer(_ index: Int, within clause: Range<Int>) -> Int? {
        var next = index
        // "có lý do, bao gồm: …".
        if next < clause.upperBound, tokens[next].kind == .comma { next += 1 }
        func isWord(_ word: String) -> Bool {
            guard next < clause.upperBound, case .word = tokens[next].kind else { return false }
            return text(next..<next + 1).lowercased() == word
        }
        if isWord("bao") || isWord("đó") {
            next += 1
            guard isWord("gồm") || isWord("là") else { return nil }
        }
        if isWord("gồm") {
            next += 1
            if isWord("có") { next += 1 }
        } else if isWord("là") {
            next += 1
        } else if isWord("trong") || isWord("cụ") {
            // "trong đó:", "cụ thể:", "cụ thể là".
            let specific = isWord("cụ")
            next += 1
            guard isWord(specific ? "thể" : "đó") else { return nil }
            next += 1
            if specific, isWord("là") { next += 1 }
        } else {
            return nil
        }
        if isWord("các") {
            next += 1
            // "gồm các đồng chí: A, B": the title is the list's, not the first name's.
            if next + 1 < clause.upperBound, tokens[next].kind == .title, tokens[next + 1].kind == .colon { next += 1 }
        }
        if next < clause.upperBound, tokens[next].kind == .colon { next += 1 }
        return next
    }

    /// The token after a count's unit: "02 đồng chí", "3 đ/c", "5 đảng viên"; "01 đồng chí Hoàng
    /// Văn Năm" keeps "đồng chí" as the name's title.
    private func afterUnit(_ index: Int, within clause: Range<Int>) -> Int {
        guard index < clause.upperBound else { return index }
        if tokens[index].kind == .unit { return index + 1 }
        if tokens[index].kind == .title, AbsenteeList.startsName(at: index, in: tokens, chars: chars) == nil { return index + 1 }
        return index
    }

    /// The text of the tokens in `range`, as the minutes write it.
    private func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return String(chars[tokens[first].range.lowerBound..<tokens[last].range.upperBound])
    }

    /// A reason without a name as the front matter keeps it ("ốm", "đi công tác"): nil when it
    /// is no words ("02", ""), or words about who the absent were rather than why: with a figure
    /// or a title ("trong đó có 01 đồng chí chi ủy viên", "gồm đ/c chi ủy viên"), or led by the
    /// words that introduce them ("trong đó", "gồm", "bao gồm", "trong số").
    private static func reasonText(_ text: String) -> String? {
        let text = MinutesFacts.clean(text.replacingOccurrences(of: ")", with: ""))
        // "cả 02 đều đi làm ăn xa": the figure counts them all (`SharedReason`), as "cả hai" does.
        let counted = text.lowercased().hasPrefix("cả ") ? String(text.dropFirst(3).drop(while: { $0.isASCII && $0.isNumber })) : text
        guard text.contains(where: \.isLetter), !counted.contains(where: { $0.isASCII && $0.isNumber }) else { return nil }
        let tokens = AttendanceToken.tokens(of: Array(text))
        guard !tokens.contains(where: { $0.kind == .title || $0.kind == .unit }) else { return nil }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(2).joined(separator: " ")
        guard !["trong đó", "gồm", "bao gồm", "trong số"].contains(where: { words == $0 || words.hasPrefix($0 + " ") }) else { return nil }
        return text
    }
}
