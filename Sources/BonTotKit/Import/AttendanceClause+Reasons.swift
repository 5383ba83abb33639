/// The reasons an attendance clause gives (`AttendanceClause`): a reason label and what follows it
/// (`ReasonGroup`), counts each with its reason, and reasons written with no label.
extension AttendanceClause {
    /// The words that give the reasons of the `count` absent right after their count, at
    /// `index`, with no reason label: "do ốm", "(bận công tác)", "(01 ốm, 01 đi công tác)", ", do
    /// đi làm xa", "vì ốm", "– đi viện", "đi công tác", ", đều đi công tác"; nil when they may say anything else: no reason ("(không lý do)", "không
    /// rõ lý do"), a name, who the absent were ("(01 chi ủy viên)", "(trong đó 01 đồng chí …)"),
    /// counts that do not add up to `count`, or, after a comma or "vì", words naming no reason
    /// ("vắng 02 đồng chí, do đó …", ", vì lần thứ hai liên tiếp").
    func reasonsWithoutLabel(at index: Int, count: Int, within clause: Range<Int>) -> [String]? {
        guard index < clause.upperBound else { return nil }
        var index = index
        // "vắng 02 đồng chí, đều đi công tác", "…, cả hai đều ốm": one reason, all of theirs.
        if let all = afterAll(at: index, within: clause), all < clause.upperBound, tokens[all].kind == .word(capitalised: false) {
            index = all
        }
        // "vắng 01 đồng chí: (ốm)", as "vắng 01 đồng chí: Trưởng thôn Đông (ốm)" reads, the head unnamed (`OfficeTitles`).
        if tokens[index].kind == .colon, index + 1 < clause.upperBound, tokens[index + 1].kind == .open {
            index += 1
            // "vắng 02 đồng chí: (ốm), (đi công tác)", as "…: Trưởng thôn Đông (ốm), Trưởng thôn Nam (đi công tác)" reads: a bracket each.
            let brackets = bracketsInARow(from: index, within: clause)
            if brackets.count > 1 {
                guard brackets.count <= count else { return nil }
                let each = brackets.map { reasonsWithoutLabel(at: $0, count: 1, within: clause) }
                guard each.allSatisfy({ $0 != nil }) else { return nil }
                return each.flatMap { $0 ?? [] }
            }
        }
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
        } else if tokens[index].kind == .word(capitalised: false) {
            // "vắng 01 đồng chí đi công tác", "vắng 02 đồng chí đi công tác Hà Đông, Cao Lãnh", "vắng 01 đồng chí, đi
            // công tác": words in lower case naming a reason right after the count or its comma, and the places after them.
            sure = false
            first = index
            end = index
            while end < clause.upperBound, ![.stop, .semicolon, .open, .close].contains(tokens[end].kind) { end += 1 }
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
            // "(vắng mặt tại Hà Đông)": the absent's word again before where they are.
            if tokens[index].kind == .open, tokens[words].kind == .absent, words + 1 < part { words += 1 }
            if case .number(let figure) = tokens[words].kind {
                counted += figure
                words += 1
            }
            // "(đi công tác Hà Đông, Cao Lãnh)": a place after a reason is more of where the absent went, no reason of its own.
            if words == first, let last = reasons.last, PlaceWords.namesAPlace(text(words..<part)) {
                reasons[reasons.count - 1] = last + ", " + text(words..<part)
                parts -= 1
                continue
            }
            guard words < part, mayBeReason(words..<part),
                  let reason = Self.reasonText(text(words..<part)), !ReasonWords.saysOtherThanAReason(reason) else { return nil }
            reasons.append(reason)
        }
        // A bracket says many things ("(lần thứ hai liên tiếp)"), and so do words after a comma, a
        // dash or "vì"; "do …" right after the count says a reason: the others are taken for reasons only
        // when each names one.
        if !sure, !reasons.allSatisfy({ ReasonWords.namesAReason($0) || ReasonWords.namesAJourney($0) }) { return nil }
        // Counts, when given, are each part's and add up to the absent.
        if counted > 0, counted != count || tokens[index].kind != .open { return nil }
        if counted == 0, parts > 1, count < parts { return nil }
        return reasons
    }

    /// What each of the brackets in a row from `index` says of one absent, as the heads of
    /// villages with no name read (`OfficeTitles`): the label of the excused or of the unexcused
    /// alone ("(có lý do)", "(không lý do)"), or a reason, excused ("(ốm)"); with the token after
    /// the last bracket. Nil when any says other words.
    func headsInBrackets(from index: Int, within clause: Range<Int>) -> (each: [(excused: Bool, reason: String?)], end: Int)? {
        let opens = bracketsInARow(from: index, within: clause)
        var each: [(excused: Bool, reason: String?)] = []
        for open in opens {
            if open + 2 < clause.upperBound, tokens[open + 2].kind == .close, case .reason(let excused) = tokens[open + 1].kind,
               !AttendanceToken.isStated(tokens[open + 1], in: chars) {
                each.append((excused, nil))
            } else if let reasons = reasonsWithoutLabel(at: open, count: 1, within: clause), reasons.count == 1 {
                each.append((true, reasons[0]))
            } else {
                return nil
            }
        }
        guard var end = opens.last else { return nil }
        while end < clause.upperBound, tokens[end].kind != .close { end += 1 }
        return (each, min(end + 1, clause.upperBound))
    }

    /// The opening brackets of the brackets from `index` on, one after another with a comma or a
    /// semicolon between them: "(ốm), (đi công tác)".
    func bracketsInARow(from index: Int, within clause: Range<Int>) -> [Int] {
        var opens: [Int] = []
        var next = index
        while next < clause.upperBound, tokens[next].kind == .open {
            opens.append(next)
            guard let close = tokens[next..<clause.upperBound].firstIndex(where: { $0.kind == .close }) else { break }
            guard close + 2 < clause.upperBound, [.comma, .semicolon].contains(tokens[close + 1].kind) else { break }
            next = close + 2
        }
        return opens
    }

    /// The counts of the `count` absent each with its reason, after their count and a colon or in
    /// a bracket, at `index`: "vắng 03 đồng chí: 02 đồng chí đám giỗ, 01 đồng chí không có lý do",
    /// "(02 ốm, 01 không lý do)"; a reason is a label ("có lý do", "không phép") or words naming
    /// one, kept in `reasons`, and `end` is the token after the counts. Nil unless every part is
    /// so, one at least names its reason in words, and the counts add up to `count`, or more (read
    /// as written, for the import to warn of); after "trong đó" (`ofWhich`, the token before the
    /// first count: "vắng 02 đồng chí, trong đó 01 đồng chí ốm") they count some of the absent.
    func countedReasons(at index: Int, count: Int, within clause: Range<Int>, ofWhich: Bool = false)
        -> (excused: Int, unexcused: Int, reasons: [String], end: Int)? {
        guard index < clause.upperBound, ofWhich || [.colon, .open].contains(tokens[index].kind) else { return nil }
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
                      let reason = Self.reasonText(text(next..<end)), !ReasonWords.saysOtherThanAReason(reason), ReasonWords.namesAReason(reason)
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
        // Parts over the absent ("vắng 02 đồng chí, trong đó 03 đồng chí ốm") are read as written: the figures do not add
        // up, and the import says so (`MinutesFacts.attendanceMismatch`).
        guard !reasons.isEmpty, ofWhich || excused + unexcused >= count else { return nil }
        return (excused, unexcused, reasons, next)
    }

    /// True when the words in `range` may give a reason: words in lower case, a reason written
    /// with capitals (`ReasonWords.isCapitalisedReason`: "Đi viện", "Con ốm"), or where the absent
    /// went (`ReasonWords.namesAJourney`: "đi Cao Lãnh"); not a name ("Lan").
    private func mayBeReason(_ range: Range<Int>) -> Bool {
        guard tokens[range].allSatisfy({ if case .word = $0.kind { true } else { false } }) else { return false }
        return tokens[range].allSatisfy { $0.kind == .word(capitalised: false) } || ReasonWords.isCapitalisedReason(text(range))
            || ReasonWords.namesAJourney(text(range))
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
        // The token after the reason's own figure: "có lý do 01 (Lan)" names the counted in the bracket after it.
        var afterFigure: Int?
        if next < clause.upperBound, case .number(let figure) = tokens[next].kind, countBeforeReason(at: next) == nil {
            own = figure
            next = afterUnit(next + 1, within: clause)
            afterFigure = next
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
            if names.isEmpty, own != nil, [.title, .unit].contains(tokens[next - 1].kind) || (next - 1 == index && count != nil) || next == afterFigure,
               let named = bareNames(from: next + 1, within: clause, most: own) {
                // "có lý do: 01 đ/c (Lan)", "có lý do: 02 đ/c (Lan - ốm, Hùng - đi học)", "01 đ/c có lý do (Lan - ốm)",
                // "có lý do 01 (Lan), không lý do 01 (Hùng)": the counted by bare given names.
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
               let named = bareNames(from: next, within: clause, bracketed: false, most: own ?? inherited) {
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
        // "vắng 02 đồng chí, có lý do: Lan; không lý do: Hoa": names another reason follows are its count.
        if found == nil, let inherited { found = (opensBracket || reasonFollows(next, within: clause)) && !names.isEmpty ? names.count : inherited }
        if found == nil, !names.isEmpty { found = names.count }
        return ReasonGroup(excused: isExcused, count: found, names: names, unnamedReason: unnamedReason.flatMap(Self.reasonText),
                           counted: own != nil, end: max(next, index + 1))
    }

    /// True when another reason, or its count, follows at `index`, after a mark and "vắng": "; không
    /// lý do: Hoa", ", vắng không lý do 01".
    private func reasonFollows(_ index: Int, within clause: Range<Int>) -> Bool {
        var next = index
        while next < clause.upperBound, [.semicolon, .comma, .absent].contains(tokens[next].kind) { next += 1 }
        guard next < clause.upperBound else { return false }
        if case .reason = tokens[next].kind { return !AttendanceToken.isStated(tokens[next], in: chars) }
        return countBeforeReason(at: next) != nil
    }

    /// A reason without a name as the front matter keeps it ("ốm", "đi công tác"): nil when it
    /// is no words ("02", ""), or words about who the absent were rather than why: with a figure
    /// or a title ("trong đó có 01 đồng chí chi ủy viên", "gồm đ/c chi ủy viên"), or led by the
    /// words that introduce them ("trong đó", "gồm", "bao gồm", "trong số").
    static func reasonText(_ text: String) -> String? {
        let text = MinutesFacts.clean(AbsenteeList.withoutStrayBrackets(text))
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
