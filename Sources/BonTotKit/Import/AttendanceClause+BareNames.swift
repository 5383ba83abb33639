/// The absent an attendance clause names by bare given names (`AttendanceClause`): "Lan, Hoa",
/// "(Lan - ốm, Hùng (đi học))", each alone or with its reason, as a clerk writes them with no title.
extension AttendanceClause {
    /// The absent a bracket names from `index` by bare given names: one or two capitalised words
    /// naming no reason, each alone or with its reason after a dash or a colon or in brackets,
    /// parted by commas, semicolons or "và" ("(Lan)", "(Lan, Hùng)", "(Hùng - đi làm ăn xa)", "(Lan
    /// - ốm, Hùng (đi học))"; "(Ốm)", "(Đi học)" are reasons); `end` is after the bracket. Not
    /// `bracketed`, the names follow a colon and end at a full stop, a semicolon no bare name
    /// follows or the clause's end, which `end` is ("vắng 02 đồng chí: Lan - ốm, Hùng - đi học."). Nil unless the bracket,
    /// or the words to the end, hold only such names.
    /// A dash joins two names only while they are no more than `most`, the count of those named
    /// ("vắng 01 đồng chí (Lan - Huế)": Lan, in Huế).
    func bareNames(from index: Int, within clause: Range<Int>, bracketed: Bool = true,
                   most: Int? = nil) -> (absent: [MinutesFacts.Absentee], end: Int)? {
        guard let named = readBareNames(from: index, within: clause, bracketed: bracketed, most: most) else { return nil }
        // "(Bình Dương)": a province a person may be named after, alone and with no reason, may be where the
        // absent is; the minutes do not say, and no one is named.
        if named.absent.count == 1, named.absent[0].reason == nil, PlaceWords.namesAPlace(named.absent[0].name) { return nil }
        return named
    }

    /// The absent `bareNames` reads, a province a person may be named after taken for a name.
    private func readBareNames(from index: Int, within clause: Range<Int>, bracketed: Bool,
                               most: Int?) -> (absent: [MinutesFacts.Absentee], end: Int)? {
        var absent: [MinutesFacts.Absentee] = []
        // The mark before each name but the first: ",", ";" or "và".
        var marks: [AttendanceToken.Kind?] = []
        var next = index
        let dashesBringReasons = dashBringsAReason(from: index, within: clause)
        while next < clause.upperBound {
            guard let nameEnd = bareName(at: next, within: clause) else { return nil }
            marks.append(next > index ? tokens[next - 1].kind : nil)
            let given = text(next..<nameEnd)
            next = nameEnd
            var reason: String?
            // "Lan - Hoa - Minh (đi công tác)", "Lan - Huế": a dash before another bare name joins the two, as "và"
            // does; but where the list's dashes bring reasons ("Lan - Huế, Minh - ốm"), a place that is a given name
            // too, alone up to the next name, is where the one before it is; and so is, alone, a place that
            // reads as a full name ("Hùng - Cao Lãnh").
            let following = next + 1 < clause.upperBound && tokens[next].kind == .dash ? bareName(at: next + 1, within: clause) : nil
            // ("vắng 02 đồng chí: Lan - Hoàng Mai": the last of the two the count says, not where Lan is).
            let joined = absent.count + 2 <= (most ?? .max) && following.map { end in
                let alone = end == clause.upperBound || [.comma, .semicolon, .stop].contains(tokens[end].kind)
                return (alone || [.dash, .open, .close, .and].contains(tokens[end].kind))
                    && !(alone && dashesBringReasons && PlaceWords.mayBeAPlace(text(next + 1..<end)))
                    && !(alone && PlaceWords.mayBeAFullName(text(next + 1..<end)) && !isTheLastCounted(absent.count + 2, most, endingAt: end, within: clause))
            } == true
            if joined {
                // The next name's, read after it.
            } else if !bracketed, !absent.isEmpty, absent.allSatisfy({ $0.reason == nil }), next + 1 < clause.upperBound,
               [.dash, .colon].contains(tokens[next].kind), case .reason = tokens[next + 1].kind,
               !AttendanceToken.isStated(tokens[next + 1], in: chars),
               next + 2 == clause.upperBound || tokens[next + 2].kind == .stop {
                // "Lan, Hoa – có lý do": the reason of all the names, read after them (`read`), as in brackets.
                absent.append(MinutesFacts.Absentee(name: given))
                return (absent, next)
            } else if next < clause.upperBound, [.dash, .colon].contains(tokens[next].kind) {
                var end = next + 1
                while end < clause.upperBound, ![.comma, .semicolon, .open, .close, .stop].contains(tokens[end].kind) { end += 1 }
                while let more = placeGoingOn(after: end, within: clause, counted: absent.count + 1, most: most) { end = more }
                guard next + 1 < end, let said = Self.reasonOrAll(text(next + 1..<end)) else { return nil }
                reason = said
                next = end
            } else if next < clause.upperBound, tokens[next].kind == .word(capitalised: false), let end = reasonAfterComma(at: next, within: clause) {
                // "(Lan đi viện)", "Lan đi công tác": words naming a reason right after the name, with no mark between.
                reason = text(next..<end)
                next = end
            } else if let stated = statedAfterComma(at: next, within: clause) {
                // "Lan, lý do ốm; Hùng, lý do đi học": the reason stated after the name and its comma (Hùng was lost).
                reason = stated.reason
                next = stated.end
            } else if let label = noReasonAfterComma(at: next, within: clause, amongReasons: absent.contains { $0.reason != nil }) {
                // "Lan, lý do ốm; Hùng, không lý do; Minh, lý do đi học": a name's own "không lý do" after its comma (Minh was lost).
                reason = label
                next += 2
            } else if next + 1 < clause.upperBound, tokens[next].kind == .comma, let end = reasonAfterComma(at: next + 1, within: clause) {
                // "Lan, đi công tác": words naming a reason after the name and its comma.
                reason = text(next + 1..<end)
                next = end
            } else if !bracketed, next + 2 < clause.upperBound, tokens[next].kind == .open, tokens[next + 2].kind == .close,
                      case .reason = tokens[next + 1].kind, !AttendanceToken.isStated(tokens[next + 1], in: chars) {
                // "Lan (có lý do), Hùng (không lý do)": a name's own label when another name follows it, or after a
                // name with its own (Hùng was lost, or both counted with no reason said).
                if (next + 4 < clause.upperBound && [.comma, .semicolon].contains(tokens[next + 3].kind) && bareName(at: next + 4, within: clause) != nil)
                    || absent.contains(where: { $0.reason != nil }) {
                    reason = text(next + 1..<next + 2)
                    next += 3
                } else {
                    // "Lan, Hoa (có lý do)": the reason of all the names, read after them (`read`).
                    absent.append(MinutesFacts.Absentee(name: given))
                    return (absent, next)
                }
            } else if next < clause.upperBound, tokens[next].kind == .open {
                // "Hùng (đi học)".
                var end = next + 1
                while end < clause.upperBound, ![.open, .close, .stop].contains(tokens[end].kind) { end += 1 }
                guard end < clause.upperBound, tokens[end].kind == .close, next + 1 < end,
                      let said = Self.reasonOrAll(text(next + 1..<end)) else { return nil }
                reason = said
                next = end + 1
            }
            // "Lan, Hùng đều có lý do", "Lan, Hoa đều đi công tác", "Lan, Hoa đều có lý do đi công tác": "đều"
            // ("both", "all") gives what follows to every name.
            let afterAll = reason == nil ? afterAll(at: next, within: clause) : nil
            let all = afterAll != nil
            if let afterAll { next = afterAll }
            if all, next < clause.upperBound, tokens[next].kind == .reason(excused: true), !AttendanceToken.isStated(tokens[next], in: chars),
               let end = reasonAfterComma(at: next + 1, within: clause) {
                next += 1
                reason = text(next..<end)
                next = end
            } else if all, let end = reasonAfterComma(at: next, within: clause) {
                reason = text(next..<end)
                next = end
            } else if all, !(next < clause.upperBound && { if case .reason = tokens[next].kind { true } else { false } }()) {
                // "Lan, Hoa, cả hai đều là chi ủy viên": who they all are gives no reason.
                guard next < clause.upperBound, text(next..<next + 1).lowercased() == "là" else { return nil }
                while next < clause.upperBound, ![.comma, .semicolon, .open, .close, .stop].contains(tokens[next].kind) { next += 1 }
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
            // "Lan và Hoa (đi công tác)", "Lan - Hoa - Minh (đi công tác)": names joined by "và" or dashes before one reason
            // share it, as titled names do (`AbsenteeList`).
            if let reason {
                var earlier = absent.count - 1
                while earlier > 0, marks[earlier] == .and || marks[earlier] == .dash, absent[earlier - 1].reason == nil {
                    absent[earlier - 1].reason = reason
                    earlier -= 1
                }
            }
            // Not bracketed, a semicolon ends the names unless another bare name follows it ("Lan - ốm; Hùng - đi học"),
            // and a reason right after them does ("Lan, Hùng có lý do": theirs, `read`), and the bracket a reason
            // opened ("(có lý do: Lan, Hoa)").
            if !bracketed, next == clause.upperBound || [.stop, .close].contains(tokens[next].kind) || (reason == nil && atReason)
                || (tokens[next].kind == .semicolon && AbsenteeList.startsName(at: next + 1, in: tokens, chars: chars)?.titled != false) {
                return (Self.groupsShare(absent, marks: marks), next)
            }
            guard next < clause.upperBound else { return nil }
            if bracketed, tokens[next].kind == .close { return (Self.groupsShare(absent, marks: marks), next + 1) }
            guard [.comma, .semicolon, .and].contains(tokens[next].kind) || joined else { return nil }
            // Not bracketed, words that name no one after a comma end the names ("Lan, lần thứ hai liên tiếp").
            if !bracketed, tokens[next].kind == .comma, AbsenteeList.startsName(at: next + 1, in: tokens, chars: chars) == nil {
                return (absent, next)
            }
            next += 1
        }
        return nil
    }

    /// The token after the bare given name at `index`: one or two capitalised words with no title
    /// naming no reason, no place but a province a person may be named after, and no verb ("Lan",
    /// "Hải Dương", "Bình Dương", "Thi"; not "Ốm", "Đi học", "Hà Nội"); nil when none stands there.
    func bareName(at index: Int, within clause: Range<Int>) -> Int? {
        guard let name = AbsenteeList.startsName(at: index, in: tokens, chars: chars), !name.titled, name.words <= 2,
              name.end <= clause.upperBound else { return nil }
        let given = text(index..<name.end)
        guard !FullNames.namesAnOrganisation(given) else { return nil }
        // "Trong (ốm)", "Lan, Nam": a name, ending the list or before a mark, where "Trong đó" is not (Nam was lost, and Lan with him).
        let nameLikeOtherWords = ReasonWords.isGivenNameLikeOtherWords(given)
            && (name.end == clause.upperBound || [.open, .dash, .comma, .semicolon, .stop, .close, .and].contains(tokens[name.end].kind))
        guard ReasonWords.isGivenNameLikeAReason(given) || nameLikeOtherWords
            || (!ReasonWords.namesAReason(given) && !ReasonWords.saysOtherThanAReason(given) && !ReasonWords.opensWithAVerb(given)
                && (!PlaceWords.namesAPlace(given) || PlaceWords.mayBeAGivenName(given))) else { return nil }
        return name.end
    }

    /// The token after a place that goes on with the reason ending at `end` ("Hùng - đi công tác Hà
    /// Đông, Cao Lãnh; Lan - ốm"): after its comma, a place that may be a name too ("Cao Lãnh",
    /// "Bình Dương"), ending the item, when the reason ends with a place too; nil otherwise (it is
    /// the next name: "Lan - ốm, Bình Dương"), nor when it ends the list one name short of `most`,
    /// the count, with `counted` named up to it ("vắng 02 đồng chí: Hùng - đi công tác Hà Đông,
    /// Hoàng Mai": Hoàng Mai is the second).
    private func placeGoingOn(after end: Int, within clause: Range<Int>, counted: Int, most: Int?) -> Int? {
        guard end + 1 < clause.upperBound, end > 0, tokens[end].kind == .comma, tokens[end - 1].kind == .word(capitalised: true),
              let nameEnd = bareName(at: end + 1, within: clause), PlaceWords.namesAPlace(text(end + 1..<nameEnd)),
              nameEnd == clause.upperBound || [.semicolon, .stop, .close, .comma].contains(tokens[nameEnd].kind),
              !isTheLastCounted(counted + 1, most, endingAt: nameEnd, within: clause) else { return nil }
        return nameEnd
    }

    /// True when a name ending at `end`, the end of the clause or a full stop, would be the
    /// `named`th and the count `most` says as many are absent: the count makes it a name.
    private func isTheLastCounted(_ named: Int, _ most: Int?, endingAt end: Int, within clause: Range<Int>) -> Bool {
        named == most && (end == clause.upperBound || tokens[end].kind == .stop)
    }

    /// True when the reason after the last of the bare names in `names` follows a dash and is its
    /// own alone: an earlier dash joins two names, and a comma or a semicolon parts them from the
    /// last ("Lan - Hoa, Minh - ốm": Minh ill, Lan and Hoa with no reason said), so that the
    /// clerk's dash before a reason gives it to the name before it, not to the list (`SharedReason`).
    func lastReasonIsOwn(_ names: Range<Int>, within clause: Range<Int>) -> Bool {
        let dashes = names.filter { tokens[$0].kind == .dash }
        guard let last = dashes.last, last + 1 < names.upperBound, bareName(at: last + 1, within: clause) == nil else { return false }
        return dashes.dropLast().contains { dash in
            bareName(at: dash + 1, within: clause) != nil
                && (dash + 1..<last).contains { [.comma, .semicolon].contains(tokens[$0].kind) }
        }
    }

    /// True when a dash in the list from `index` brings words naming a reason after a name ("Lan -
    /// ốm, Minh - Huế", "Lan - Huế, Minh - đi học"): the list parts its names from their reasons by dashes.
    private func dashBringsAReason(from index: Int, within clause: Range<Int>) -> Bool {
        (index..<clause.upperBound).contains { dash in
            guard tokens[dash].kind == .dash, dash > index else { return false }
            var end = dash + 1
            while end < clause.upperBound, ![.comma, .semicolon, .open, .close, .stop, .dash].contains(tokens[end].kind) { end += 1 }
            guard dash + 1 < end, bareName(at: dash + 1, within: clause) == nil else { return false }
            let words = text(dash + 1..<end)
            return ReasonWords.namesAReason(words) && !ReasonWords.saysOtherThanAReason(words)
        }
    }

    /// The reason stated after a bare name's comma at `index` ("Lan, lý do ốm", "Lan, lý do: đi
    /// học"), up to the next mark, and the token after it; nil when none is stated there or its
    /// words say none (`reasonText`).
    private func statedAfterComma(at index: Int, within clause: Range<Int>) -> (reason: String, end: Int)? {
        guard index + 2 < clause.upperBound, tokens[index].kind == .comma, tokens[index + 1].kind == .reason(excused: true),
              AttendanceToken.isStated(tokens[index + 1], in: chars) else { return nil }
        var start = index + 2
        if tokens[start].kind == .colon { start += 1 }
        var end = start
        while end < clause.upperBound, ![.comma, .semicolon, .open, .close, .stop].contains(tokens[end].kind) { end += 1 }
        guard start < end, let reason = Self.reasonText(text(start..<end)) else { return nil }
        return (reason, end)
    }

    /// "không lý do" after a bare name's comma at `index`, as that name's own: before a semicolon
    /// and another bare name, or, `amongReasons` (a name before it has a reason of its own), before
    /// a semicolon, a full stop or the clause's end; nil otherwise (after names with none, the label
    /// is all of theirs, read after them).
    private func noReasonAfterComma(at index: Int, within clause: Range<Int>, amongReasons: Bool) -> String? {
        guard index + 1 < clause.upperBound, tokens[index].kind == .comma, tokens[index + 1].kind == .reason(excused: false) else { return nil }
        let end = index + 2
        let another = end + 1 < clause.upperBound && tokens[end].kind == .semicolon && bareName(at: end + 1, within: clause) != nil
        guard another || (amongReasons && (end == clause.upperBound || [.semicolon, .stop].contains(tokens[end].kind))) else { return nil }
        return text(index + 1..<end)
    }

    /// The token after "đều" ("both", "all") at `index`, with a comma and "cả hai", "cả 02" before
    /// it ("Lan, Hoa đều …", "Lan, Hoa, cả hai đều ốm"); nil when no "đều" stands there.
    func afterAll(at index: Int, within clause: Range<Int>) -> Int? {
        var next = index
        func isWord(_ word: String) -> Bool {
            guard next < clause.upperBound, case .word = tokens[next].kind else { return false }
            return text(next..<next + 1).lowercased() == word
        }
        if next < clause.upperBound, tokens[next].kind == .comma { next += 1 }
        if isWord("cả"), next + 1 < clause.upperBound {
            let count = text(next + 1..<next + 2)
            guard CountInWords.value(of: Substring(count.lowercased())) != nil || Int(count) != nil else { return nil }
            next += 2
        }
        guard isWord("đều") else { return nil }
        return next + 1
    }

    /// What a clerk writes after a bare name as its reason (`reasonText`), or, when it says
    /// something of all the names that is no reason ("đều là đảng viên dự bị", "cả hai đều là chi ủy
    /// viên"), those words, for `SharedReason` to tell that they give none.
    private static func reasonOrAll(_ text: String) -> String? {
        // "Thảo (có lý do: ốm)", "Lan (lý do ốm)", "Lan - lý do: ốm": the reason after its label (it kept the label).
        if let label = text.firstMatch(of: /^\s*(?:có lý do\s*[:,–-]|lý do(?:\s+vắng(?:\s+mặt)?)?\s*[:,–-]?)\s*(?=\p{L})/.ignoresCase()),
           let reason = reasonText(String(text[label.range.upperBound...])) {
            return reason
        }
        if let reason = reasonText(text) { return reason }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let all = words.first == "đều" || (words.count > 2 && words.first == "cả" && words[2] == "đều")
        return all ? MinutesFacts.clean(text) : nil
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
    /// up to the next mark: "đi công tác" in "Lan, đi công tác; Hoa, ốm"; a place after them keeps
    /// its capitals ("Lan, đi công tác Hà Nội"); nil when they name none.
    func reasonAfterComma(at index: Int, within clause: Range<Int>) -> Int? {
        guard index < clause.upperBound, case .word(let capitalised) = tokens[index].kind else { return nil }
        var end = index
        while end < clause.upperBound, { if case .word = tokens[end].kind { true } else { false } }() { end += 1 }
        guard index < end, end == clause.upperBound || [.comma, .semicolon, .close, .stop].contains(tokens[end].kind) else { return nil }
        let words = text(index..<end)
        // "Lan, Đi Hà Nội": with a capital, only a reason no name may be ("Lan, Hiếu" are two names).
        let saysAReason = capitalised ? ReasonWords.isCapitalisedReason(words) || ReasonWords.namesAJourney(words)
            : ReasonWords.namesAReason(words) || ReasonWords.namesAJourney(words)
        return saysAReason && !ReasonWords.saysOtherThanAReason(words) ? end : nil
    }
}
