/// The absent an attendance clause names (`AttendanceClause`), each with the reason the
/// minutes give, read by the list's grammar:
///
///     list := item (separator item)*
///     separator := ";" when one parts two items of the list, else ","; and "và" between a
///                  reason and a name with its own ("– đi công tác và Phạm Văn Dũng – đi viện")
///     item := name ("và" name)* [("–" | " - " | ":" | [","] "lý do:") reason | "(" reason ")"
///             | "," words in lower case naming a reason ("Nguyễn Thị Lan, đi công tác")]
///
/// The list ends at a bracket it did not open, at a reason's label or its count ("; không lý
/// do: …", ", 01 không lý do"), at a ";" no name follows, at a sentence's full stop, or at the
/// clause's end. A reason in
/// brackets is bounded by them; after a dash it runs to the next separator, so that with names
/// parted by ";" a comma is the reason's ("đi công tác ở Quận 1, TP. Hồ Chí Minh"). Names joined
/// by "và" before one reason share it ("đồng chí A và đồng chí B – đi công tác"). A colon gives
/// a reason only right after a name ("đồng chí Nguyễn Văn An: ốm"); so does a reason stated after
/// a name and its comma ("đồng chí Vũ Đình Trọng, lý do: đi công tác").
struct AbsenteeList {
    private(set) var absent: [MinutesFacts.Absentee] = []
    /// The token after the list: the bracket closing it, the next reason, or the clause's end.
    private(set) var end: Int
    /// The list's text as the minutes write it: a reason without names when no name is in it ("ốm").
    private(set) var text = ""

    private let tokens: [AttendanceToken]
    private let chars: [Character]
    /// True when an item of the list opens with a full name with no title ("Nguyễn Thị Lan, Hoa",
    /// "Lan, Hùng, Trần Thị Mai (đi học)"), or the list with a title ("đ/c Lan, Hùng"): a given name
    /// alone in it is a name too.
    private let holdsAFullName: Bool

    /// With `headsAfter`, the list ends before a bracket with no name that follows a comma, a
    /// semicolon or "và": a village's head left unnamed (`OfficeTitles.unnamedHeads`), read by the clause.
    init(from start: Int, within clause: Range<Int>, tokens: [AttendanceToken], chars: [Character], headsAfter: Bool = false) {
        self.tokens = tokens
        self.chars = chars
        let end = Self.extent(from: start, within: clause, tokens: tokens, chars: chars, headsAfter: headsAfter)
        self.end = end
        // "đ/c Lan, Hùng": a title before the first name is the list's, and Hùng a name too (he was lost).
        holdsAFullName = tokens[start].kind == .title || (start..<end).contains { index in
            (index == start || [.comma, .semicolon].contains(tokens[index - 1].kind)) && FullNames.starts(at: index, in: tokens, chars: chars)
        }
        var last = end
        while last > start, [.semicolon, .comma, .and, .colon].contains(tokens[last - 1].kind) { last -= 1 }
        guard start < last else { return }
        text = source(start..<last)
        absent = items(start..<last).flatMap(item)
        // "(đ/c Lan, đ/c Hùng đều ốm)": "đều" ("both", "all") after a name gives its reason to every name before
        // it with none (`SharedReason`); they were counted with the reason unsaid. So when names follow ("đ/c Lan,
        // đ/c Hùng đều ốm, đ/c Minh (đi học)"), where "đều ốm" was written as Hùng's reason.
        for index in absent.indices {
            guard let reason = absent[index].reason, reason.hasPrefix("đều "), case let shared = String(reason.dropFirst(4)),
                  ReasonWords.namesAReason(shared), !ReasonWords.saysOtherThanAReason(shared) else { continue }
            for before in 0...index where absent[before].reason == nil || before == index {
                absent[before] = MinutesFacts.Absentee(name: absent[before].name, reason: shared)
            }
        }
        // "(Bình Dương)": a province a person may be named after, alone and with no reason, may be where the absent is.
        if absent.count == 1, absent[0].reason == nil, tokens[start].kind != .title, PlaceWords.namesAPlace(absent[0].name) { absent = [] }
    }

    /// Where a name starts at `index` ("đồng chí Nguyễn Văn An", "Trần Thị Bình"): the token
    /// after its capitalised words, how many they are, and whether a title ("đồng chí", "đ/c") leads.
    static func startsName(at index: Int, in tokens: [AttendanceToken], chars: [Character]) -> (end: Int, words: Int, titled: Bool)? {
        var next = index
        let titled = next < tokens.count && tokens[next].kind == .title
        if titled { next += 1 }
        var words = 0
        while next < tokens.count, words < 6, tokens[next].kind == .word(capitalised: true) {
            next += 1
            words += 1
        }
        return words > 0 ? (next, words, titled) : nil
    }

    /// The token the list from `start` ends before.
    private static func extent(from start: Int, within clause: Range<Int>, tokens: [AttendanceToken], chars: [Character],
                               headsAfter: Bool) -> Int {
        var depth = 0
        var index = start
        while index < clause.upperBound {
            if headsAfter, depth == 0, index > start, index + 1 < clause.upperBound, [.comma, .semicolon, .and].contains(tokens[index].kind),
               tokens[index + 1].kind == .open {
                return index
            }
            switch tokens[index].kind {
            case .open:
                depth += 1
            case .close:
                if depth == 0 { return index }
                depth -= 1
            case .reason(let excused) where depth == 0:
                // "đồng chí Hoàng Văn Năm – không lý do", "Nguyễn Thị Lan - có lý do, Trần Văn Hùng - không lý do": a
                // name's own reason, not the next reason's label.
                if isOwnReason(at: index, tokens: tokens, excused: excused) { break }
                if isReasonAfterName(at: index, tokens: tokens, chars: chars) { break }
                return index
            case .number where depth == 0 && isCountOfAReason(at: index, tokens: tokens):
                return index
            case .stop where depth == 0:
                // "có lý do: A – ốm. Vắng không lý do: B": the sentence ends the list.
                return index
            case .semicolon where depth == 0:
                // Another name goes on the list ("…; đồng chí Trần Thị Bình (ốm)"); anything else ends it.
                guard let name = startsName(at: index + 1, in: tokens, chars: chars), name.titled || name.words >= 2 else { return index }
            default:
                break
            }
            index += 1
        }
        return index
    }

    /// True when the "không lý do" at `index` is what a dash or a colon after a name gives a name
    /// ("– không lý do", "– vắng không lý do", "Hoàng Văn Năm: không lý do"), ending its item; so
    /// is an `excused` "có lý do" right after a name's dash or colon ("Nguyễn Thị Lan - có lý do,
    /// Trần Văn Hùng - không lý do": the list ended at it, and the names were counted unsaid).
    private static func isOwnReason(at index: Int, tokens: [AttendanceToken], excused: Bool = false) -> Bool {
        var before = index - 1
        if !excused, before >= 0, tokens[before].kind == .absent { before -= 1 }
        let afterName = before >= 1 && tokens[before].kind == .colon && tokens[before - 1].kind == .word(capitalised: true)
        let dashAfterName = before >= 1 && tokens[before].kind == .dash && tokens[before - 1].kind == .word(capitalised: true)
        guard before >= 0, (excused ? dashAfterName : tokens[before].kind == .dash) || afterName else { return false }
        let after = index + 1
        return after == tokens.count || [.comma, .semicolon, .close, .stop].contains(tokens[after].kind)
    }

    /// True when the reason at `index` is a name's own, after the name and a comma: stated
    /// ("đồng chí Vũ Đình Trọng, lý do: đi công tác", or after a dash), or "không lý do" ending
    /// the item ("đồng chí Bùi Văn Hải, không lý do."; not the label "…, không lý do: đồng chí C").
    private static func isReasonAfterName(at index: Int, tokens: [AttendanceToken], chars: [Character]) -> Bool {
        guard index >= 2, [.word(capitalised: true), .close].contains(tokens[index - 2].kind) else { return false }
        if AttendanceToken.isStated(tokens[index], in: chars) { return [.comma, .dash].contains(tokens[index - 1].kind) }
        guard tokens[index].kind == .reason(excused: false), tokens[index - 1].kind == .comma else { return false }
        let after = index + 1
        return after == tokens.count || [.comma, .semicolon, .close, .stop].contains(tokens[after].kind)
    }

    /// True when a reason an item gives is none (after a label "lý do:"): "không lý do", "không có lý do", "không rõ lý do", "vắng không lý do",
    /// "chưa rõ lý do", "chưa có lý do", and the absent who did not tell the branch: "không báo", "không báo cáo",
    /// "không xin phép".
    static func isNoReason(_ reason: String?) -> Bool {
        guard let reason else { return false }
        var words = reason.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
        // "(lý do: không lý do)": the label of a reason, then none.
        if words.hasPrefix("lý do "), words != "lý do " { words.removeFirst(6) }
        return ["không lý do", "không có lý do", "không rõ lý do", "vắng không lý do", "vắng không có lý do", "vắng mặt không lý do",
                "chưa rõ lý do", "chưa có lý do", "không báo", "không báo cáo", "không xin phép"].contains(words)
    }

    /// True when a count at `index` is a reason's ("01 không lý do", "2 đ/c (có lý do)").
    private static func isCountOfAReason(at index: Int, tokens: [AttendanceToken]) -> Bool {
        var next = index + 1
        if next < tokens.count, [.title, .unit].contains(tokens[next].kind) { next += 1 }
        if next < tokens.count, tokens[next].kind == .open { next += 1 }
        guard next < tokens.count, case .reason = tokens[next].kind else { return false }
        return true
    }

    /// The items of the list in `range`, parted by its separator, or by "và" after a reason
    /// when a name with its own reason follows.
    private func items(_ range: Range<Int>) -> [Range<Int>] {
        var depth = 0
        var separator = AttendanceToken.Kind.comma
        for index in range {
            switch tokens[index].kind {
            case .open: depth += 1
            case .close: depth = max(0, depth - 1)
            case .semicolon where depth == 0: separator = .semicolon
            default: break
            }
        }
        depth = 0
        var items: [Range<Int>] = []
        var itemStart = range.lowerBound
        var inReason = false
        for index in range {
            let kind = tokens[index].kind
            if depth == 0 {
                if kind == separator, !(index + 1 < range.upperBound && AbsenteeList.isReasonAfterName(at: index + 1, tokens: tokens, chars: chars)) {
                    items.append(itemStart..<index)
                    itemStart = index + 1
                    inReason = false
                } else if kind == .and, inReason, hasOwnReason(at: index + 1) {
                    items.append(itemStart..<index)
                    itemStart = index + 1
                    inReason = false
                } else if kind == .dash || kind == .open || (kind == .colon && reasonColon(in: itemStart..<range.upperBound) == index) {
                    inReason = true
                }
            }
            if kind == .open { depth += 1 }
            if kind == .close { depth = max(0, depth - 1) }
        }
        items.append(itemStart..<range.upperBound)
        return merged(items.filter { !$0.isEmpty }, separator: separator)
    }

    /// `items` with an item that goes on the reason before it joined to it: with names parted by
    /// commas, "đồng chí Trần Quốc Bảo: đi công tác tại TP. Hồ Chí Minh, Bình Dương" — after a
    /// titled name with its reason, words with no title and no reason of their own are the
    /// reason's, not a name.
    private func merged(_ items: [Range<Int>], separator: AttendanceToken.Kind) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for item in items {
            if let last = merged.last, separator == .comma, tokens[last.lowerBound].kind == .title, reasonRunsToEnd(last),
               tokens[item.lowerBound].kind != .title, !hasReason(item) {
                merged[merged.count - 1] = last.lowerBound..<item.upperBound
            } else if let last = merged.last, isReasonAfterComma(item), !hasReason(last),
                      AbsenteeList.startsName(at: last.lowerBound, in: tokens, chars: chars) != nil, last.upperBound < item.lowerBound,
                      tokens[last.upperBound].kind == .comma {
                // "Nguyễn Thị Lan, đi công tác": the words after a name without a reason and its comma are its reason.
                merged[merged.count - 1] = last.lowerBound..<item.upperBound
            } else {
                merged.append(item)
            }
        }
        return merged
    }

    /// True when the item in `range` is words in lower case naming a reason and nothing else ("đi
    /// công tác", "ốm"; not "lần thứ hai liên tiếp", "không lý do"), where a place after them keeps
    /// its capitals ("đi công tác Cao Lãnh"); after "đều" too ("Nguyễn Thị Lan, Trần Văn Hùng, đều
    /// đi công tác": `SharedReason` gives it to every name).
    private func isReasonAfterComma(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, tokens[range.lowerBound].kind == .word(capitalised: false),
              tokens[range].allSatisfy({ if case .word = $0.kind { true } else { false } }) else { return false }
        var text = source(range)
        if text.lowercased().hasPrefix("đều ") { text = String(text.dropFirst(4)) }
        return (ReasonWords.namesAReason(text) || ReasonWords.namesAJourney(text)) && !ReasonWords.saysOtherThanAReason(text)
    }

    /// True when the item in `range` gives a reason: after a dash, in brackets, after a colon or "lý do:".
    private func hasReason(_ range: Range<Int>) -> Bool {
        range.contains { [.dash, .open].contains(tokens[$0].kind) || AbsenteeList.isReasonAfterName(at: $0, tokens: tokens, chars: chars) }
            || reasonColon(in: range) != nil
    }

    /// True when the item in `range` gives a reason running to its end: after a dash, a colon or
    /// "lý do:", not in brackets ("đồng chí A (ốm), Trần Thị Bình" are two).
    private func reasonRunsToEnd(_ range: Range<Int>) -> Bool {
        let colon = reasonColon(in: range)
        guard let first = range.first(where: { [.dash, .open].contains(tokens[$0].kind) || $0 == colon
            || AbsenteeList.isReasonAfterName(at: $0, tokens: tokens, chars: chars) }) else { return false }
        return tokens[first].kind != .open
    }

    /// True when a name with its own reason starts at `index`: "Phạm Văn Dũng – đi viện".
    private func hasOwnReason(at index: Int) -> Bool {
        guard let name = AbsenteeList.startsName(at: index, in: tokens, chars: chars), name.titled || name.words >= 2,
              name.end < tokens.count else { return false }
        return tokens[name.end].kind == .dash || tokens[name.end].kind == .open || tokens[name.end].kind == .colon
    }

    /// The colon parting the names at the start of the item in `range` from their reason
    /// ("đồng chí Nguyễn Văn An: ốm", "đồng chí A và đồng chí B: đi công tác"): only titles,
    /// capitalised words and "và" before it, the first name titled or of two words, a reason after it.
    private func reasonColon(in range: Range<Int>) -> Int? {
        guard let colon = range.first(where: { tokens[$0].kind == .colon }), colon > range.lowerBound, colon + 1 < range.upperBound,
              tokens[colon - 1].kind == .word(capitalised: true),
              tokens[range.lowerBound..<colon].allSatisfy({ [.title, .and, .word(capitalised: true)].contains($0.kind) }),
              let name = AbsenteeList.startsName(at: range.lowerBound, in: tokens, chars: chars), name.titled || name.words >= 2
        else { return nil }
        return colon
    }

    /// The absent one item names: its names, each with the item's reason.
    private func item(_ range: Range<Int>) -> [MinutesFacts.Absentee] {
        var cut = range.first { tokens[$0].kind == .dash || tokens[$0].kind == .open } ?? range.upperBound
        // "Nguyễn Thị Lan, đi công tác" (`merged`): the reason after the name's comma.
        if cut == range.upperBound, let comma = range.first(where: { tokens[$0].kind == .comma }),
           isReasonAfterComma(comma + 1..<range.upperBound) {
            cut = comma
        }
        if let colon = reasonColon(in: range), colon < cut { cut = colon }
        var reason: String?
        if let stated = range.first(where: { AbsenteeList.isReasonAfterName(at: $0, tokens: tokens, chars: chars) }), stated - 1 <= cut {
            // "đồng chí Vũ Đình Trọng, lý do: đi công tác"; "…, lý do: không lý do", "…, không lý do" are none.
            cut = stated - 1
            var first = stated + 1
            if first < range.upperBound, tokens[first].kind == .colon { first += 1 }
            let text = MinutesFacts.clean(source(first..<range.upperBound))
            if case .reason(excused: false) = tokens[stated].kind {
                reason = "không lý do"
            } else {
                reason = text.isEmpty ? nil : text
            }
        } else if cut < range.upperBound {
            var reasonEnd = range.upperBound
            if tokens[cut].kind == .open {
                // The bracket bounds the reason.
                var depth = 0
                for index in cut..<range.upperBound {
                    if tokens[index].kind == .open { depth += 1 }
                    if tokens[index].kind == .close { depth -= 1 }
                    if depth == 0 {
                        reasonEnd = index
                        break
                    }
                }
            }
            // "đ/c Thảo (lý do: đi học)", "đ/c Thảo (có lý do: ốm)": the reason after its label (it kept "lý do:",
            // "có lý do: ốm"); the name is excused for it.
            var reasonStart = cut + 1
            if reasonStart + 1 < reasonEnd, tokens[reasonStart].kind == .reason(excused: true) {
                let mark = [.colon, .dash, .comma].contains(tokens[reasonStart + 1].kind)
                if AttendanceToken.isStated(tokens[reasonStart], in: chars) {
                    reasonStart += mark ? 2 : 1
                } else if mark, reasonStart + 2 < reasonEnd {
                    reasonStart += 2
                }
            }
            let text = MinutesFacts.clean(Self.withoutStrayBrackets(source(reasonStart..<reasonEnd)))
            reason = text.isEmpty ? nil : text
        } else if let name = AbsenteeList.startsName(at: range.lowerBound, in: tokens, chars: chars),
                  name.titled || FullNames.starts(at: range.lowerBound, in: tokens, chars: chars) || (holdsAFullName && name.words == 1) {
            // "đồng chí Lan đi viện", "đ/c Tâm và đ/c Hiền đều đi làm ăn xa", "Nguyễn Thị Lan đi công tác", "Hùng ốm, Đinh
            // Văn Lộc ốm": a reason right after the titled or full names, or a given name among full names, with no mark
            // between, when its words name one ("đồng chí Lan đều" is none); "đều"
            // ("both") before it gives it to every name, as it does without.
            var namesEnd = name.end
            while namesEnd + 1 < range.upperBound, tokens[namesEnd].kind == .and,
                  let next = AbsenteeList.startsName(at: namesEnd + 1, in: tokens, chars: chars), next.end <= range.upperBound {
                namesEnd = next.end
            }
            // The reason opens in lower case and may name a place after ("đang điều trị tại Bệnh viện Bạch Mai": the
            // name before it was lost, and the absent counted one fewer).
            if namesEnd < range.upperBound, tokens[namesEnd].kind == .word(capitalised: false),
               tokens[namesEnd..<range.upperBound].allSatisfy({ if case .word = $0.kind { true } else { false } }) {
                var text = MinutesFacts.clean(source(namesEnd..<range.upperBound))
                let all = text.lowercased().hasPrefix("đều ")
                if all { text = String(text.dropFirst(4)) }
                if ReasonWords.namesAReason(text), !ReasonWords.saysOtherThanAReason(text) {
                    // "đ/c Lan, đ/c Hùng đều ốm": after a name alone, "đều" is kept for the names before (`init`).
                    reason = all && !(namesEnd > name.end) ? "đều " + text : text
                    cut = namesEnd
                }
            }
        }
        // "đồng chí Nguyễn Văn An và đồng chí Trần Thị Bình": two names; so is "đồng chí A, đồng chí B –
        // đi công tác" in an item of a list parted by semicolons, which share the reason.
        var names: [Range<Int>] = []
        var nameStart = range.lowerBound
        for index in range.lowerBound..<cut where (tokens[index].kind == .and
            && AbsenteeList.startsName(at: index + 1, in: tokens, chars: chars) != nil)
            || (tokens[index].kind == .comma && AbsenteeList.startsName(at: index + 1, in: tokens, chars: chars)
                .map { $0.titled || $0.words >= 2 } == true) {
            names.append(nameStart..<index)
            nameStart = index + 1
        }
        names.append(nameStart..<cut)
        return names.compactMap { name in
            // "(Công Tác)", "(Đi Viện)": a reason written with capitals names no one, nor "(Đi Hà Nội)", nor a place ("(Hà Nội)").
            guard tokens[name.lowerBound].kind == .title
                || (!ReasonWords.isCapitalisedReason(source(name)) && !ReasonWords.opensWithAVerb(source(name))
                    && (!PlaceWords.namesAPlace(source(name)) || PlaceWords.mayBeAGivenName(source(name)))) else { return nil }
            return (MinutesFacts.person(source(name)) ?? givenName(name) ?? givenNameAmongFullNames(name))
                .map { MinutesFacts.Absentee(name: $0, reason: reason) }
        }
    }

    /// A reason's words with a bracket it did not open left out ("ốm)"), and kept where they
    /// pair: "Hà Nội (đi học)" after a dash (it was read "Hà Nội (đi học", a bracket left open).
    static func withoutStrayBrackets(_ text: String) -> String {
        text.filter { $0 == "(" }.count == text.filter { $0 == ")" }.count ? text : text.replacingOccurrences(of: ")", with: "")
    }

    /// The one word after a title that names someone by it: "đ/c Lâm", "đồng chí An".
    private func givenName(_ range: Range<Int>) -> String? {
        guard range.count == 2, tokens[range.lowerBound].kind == .title,
              tokens[range.lowerBound + 1].kind == .word(capitalised: true) else { return nil }
        return source(range.lowerBound + 1..<range.upperBound)
    }

    /// The one capitalised word of `range` in a list that holds a full name: "Hoa" in "Nguyễn Thị
    /// Lan, Hoa", "Lan" in "Lan, Trần Thị Mai" (it was lost, and the absent counted one).
    private func givenNameAmongFullNames(_ range: Range<Int>) -> String? {
        guard holdsAFullName, range.count == 1, tokens[range.lowerBound].kind == .word(capitalised: true) else { return nil }
        return source(range)
    }

    /// The text of the tokens in `range`, as the minutes write it.
    private func source(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return String(chars[tokens[first].range.lowerBound..<tokens[last].range.upperBound])
    }
}
