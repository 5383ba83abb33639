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

    /// The clause's text, without the offices before names (`OfficeTitles`), the names' own "vắng
    /// có lý do (…)" as their reasons (`AbsentAfterTheName`) and its count before "vắng" put after it
    /// (`countAfterAbsent`), and its tokens.
    let chars: [Character]
    let tokens: [AttendanceToken]
    /// How many heads of villages the text names with no name, their brackets left with none
    /// (`OfficeTitles.unnamedHeads`, `headsAfterNames`).
    let unnamedHeadCount: Int

    init(_ text: String) {
        chars = Array(Self.countAfterAbsent(AbsentAfterTheName.rewritten(OfficeTitles.withoutTitles(text))))
        unnamedHeadCount = OfficeTitles.unnamedHeads(in: text)
        tokens = AttendanceToken.tokens(of: chars)
        guard let start = start else { return }
        read(start..<end(from: start))
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
        // True when the reason after the last bare name is its own alone ("Lan - Hoa, Minh - ốm": `lastReasonIsOwn`).
        var ownLastReason = false
        // The heads of villages with no name among the names (`namesAfterHeads`, `headsAfterNames`).
        var heads: [UnnamedHead] = []
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
                    // "vắng: đ/c Lan - ốm, đ/c Hùng - đi làm ăn xa", "Vắng: Nguyễn Thị Lan (ốm), Trần Văn Hùng": the
                    // absent named with no count, by a title or by full names (`FullNames`), are counted by their names.
                    // "vắng: Trưởng thôn Đông, đ/c Lan (đi học)", read "vắng: , đ/c Lan (đi học)": a head with no name and
                    // no bracket before the names, counted with them, whether he had a reason unsaid (Lan was lost).
                    if absentCount == nil, plainNames.isEmpty, let named = namesAfterABareHead(at: index, within: clause, most: .max) {
                        plainNames = named.names
                        countsAbsence = true
                        index = named.end
                        absentCount = plainNames.count + 1
                        afterNames = index
                    } else if absentCount == nil, plainNames.isEmpty, index < clause.upperBound, let named = namedWithNoCount(at: index, within: clause) {
                        if !named.absent.isEmpty {
                            plainNames = named.absent
                            // "vắng: Lan - Hoa, Minh - ốm": the reason after the last bare name its own (`lastReasonIsOwn`).
                            if named.bare { ownLastReason = lastReasonIsOwn(index..<named.end, within: clause) }
                            countsAbsence = true
                            index = max(index, named.end)
                            // "vắng: đ/c Lan (đi công tác), Trưởng thôn Nam (ốm)": the head after the names.
                            (heads, index) = headsAfterNames(at: index, within: clause, most: unnamedHeadCount)
                            absentCount = plainNames.count + heads.count
                            afterNames = index
                        }
                    } else if absentCount == nil, plainNames.isEmpty, index < clause.upperBound, tokens[index - 1].kind == .colon,
                              let mixed = namesAfterHeads(at: index, within: clause, most: unnamedHeadCount) {
                        // "vắng: Trưởng thôn Nam (ốm), đ/c Lan (đi công tác)", read "vắng: (ốm), đ/c Lan …": the head, then the names.
                        heads = mixed.heads
                        plainNames = mixed.names
                        absentCount = mixed.heads.count + mixed.names.count
                        countsAbsence = true
                        index = max(index, mixed.end)
                        afterNames = index
                    } else if absentCount == nil, plainNames.isEmpty, index < clause.upperBound, tokens[index - 1].kind == .colon,
                              tokens[index].kind == .open, case let heads = bracketsInARow(from: index, within: clause).count,
                              let reasons = reasonsWithoutLabel(at: index - 1, count: heads, within: clause) {
                        // "vắng: Trưởng thôn Nam (ốm)", read "vắng: (ốm)" (`OfficeTitles`): a village's head unnamed, a
                        // bracket each, with a reason (they were not counted).
                        absentCount = heads
                        countsAbsence = true
                        excused = heads
                        unexcused = 0
                        unnamedReasons += reasons
                    } else if absentCount == nil, plainNames.isEmpty, index < clause.upperBound, tokens[index - 1].kind == .colon,
                              tokens[index].kind == .open, let heads = headsInBrackets(from: index, within: clause) {
                        // "vắng: Trưởng thôn Nam (không lý do)", read "vắng: (không lý do)": each head counted by the
                        // label, or excused for a reason ("Phó thôn Đông (ốm), Trưởng thôn Nam (không lý do)").
                        absentCount = heads.each.count
                        countsAbsence = true
                        excused = heads.each.filter(\.excused).count
                        unexcused = heads.each.filter { !$0.excused }.count
                        unnamedReasons += heads.each.compactMap(\.reason)
                        index = heads.end
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
                    // Parts over the absent with none unexcused: how many were, the minutes do not say.
                    unexcused = counted.unexcused > 0 || counted.excused == count ? counted.unexcused : nil
                    unnamedReasons += counted.reasons
                    index = counted.end
                    continue
                }
                // "vắng 02 đồng chí, trong đó 01 đồng chí ốm": the reasons of some of them; the others had none said.
                if let words = ofWhich(index, within: clause),
                   let counted = countedReasons(at: words, count: count, within: clause, ofWhich: true) {
                    excused = counted.excused
                    unexcused = counted.unexcused > 0 || counted.excused == count ? counted.unexcused : nil
                    unnamedReasons += counted.reasons
                    index = counted.end
                    continue
                }
                // "vắng 02 đồng chí: Nguyễn Văn An, Trần Thị Bình", "vắng 02 đồng chí gồm: …", "vắng 02 đồng
                // chí (đồng chí A – ốm, …)": names with no reason label.
                let bracketed = index < clause.upperBound && tokens[index].kind == .open
                // "vắng 01 đồng chí (ốm): đồng chí Nguyễn Văn Hùng": the bracket's reason is the names' after its colon.
                if bracketed, let reasoned = reasonBeforeNames(at: index, within: clause) {
                    let list = AbsenteeList(from: reasoned.names, within: clause, tokens: tokens, chars: chars)
                    if !list.absent.isEmpty, list.absent.count <= count {
                        plainNames = list.absent.map { MinutesFacts.Absentee(name: $0.name, reason: $0.reason ?? reasoned.reason) }
                        index = max(index + 1, list.end)
                        afterNames = index
                        continue
                    }
                }
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
                   let named = bareNames(from: first, within: clause, bracketed: false, most: count) {
                    // "vắng 02 đồng chí: Lan - ốm, Hùng (đi học)", "vắng 02 đồng chí - Lan, Hoa": the absent by bare
                    // given names after the colon or the dash.
                    plainNames = named.absent
                    ownLastReason = lastReasonIsOwn(first..<named.end, within: clause)
                    index = named.end
                    (heads, index) = headsAfterNames(at: index, within: clause, most: min(unnamedHeadCount, count - plainNames.count))
                    afterNames = index
                } else if let first, first < clause.upperBound, let name = AbsenteeList.startsName(at: first, in: tokens, chars: chars),
                   !bracketed || name.titled || name.words >= 2 {
                    let list = AbsenteeList(from: first, within: clause, tokens: tokens, chars: chars, headsAfter: unnamedHeadCount > 0)
                    // After a dash, words that name no one are the reason's ("vắng 01 đồng chí - Đi viện").
                    if dashed, list.absent.isEmpty { continue }
                    // "vắng 01 đồng chí: Nguyễn Thị Lan, Trần Văn Hùng": more named than counted; which of them was
                    // absent the minutes do not say, and the count is kept with no name.
                    plainNames = list.absent.count > count ? [] : list.absent
                    index = bracketed && list.end < clause.upperBound && tokens[list.end].kind == .close ? list.end + 1 : list.end
                    if !plainNames.isEmpty {
                        (heads, index) = headsAfterNames(at: index, within: clause, most: min(unnamedHeadCount, count - plainNames.count))
                    }
                    afterNames = index
                } else if !bracketed, let first, first < clause.upperBound, tokens[first - 1].kind == .colon,
                          let mixed = namesAfterHeads(at: first, within: clause, most: min(unnamedHeadCount, count - 1)),
                          mixed.heads.count + mixed.names.count <= count {
                    // "vắng 02 đồng chí: Trưởng thôn Nam (ốm), đ/c Lan (đi công tác)": the head, then the names.
                    heads = mixed.heads
                    plainNames = mixed.names
                    index = mixed.end
                    afterNames = index
                } else if !bracketed, let first, let named = namesAfterABareHead(at: first, within: clause, most: count - 1) {
                    // "vắng 02 đồng chí: Trưởng thôn Nam, Lan (ốm)", read "…: , Lan (ốm)": a head with no name and no
                    // bracket, then the names (Lan was lost).
                    plainNames = named.names
                    index = named.end
                    afterNames = index
                } else if bracketed, [.title, .unit].contains(tokens[index - 1].kind) || index - 1 == countToken, let first,
                          let named = bareNames(from: first, within: clause, most: count) {
                    // "vắng mặt: 01 đồng chí (Hùng - đi làm ăn xa)", "vắng 02 đồng chí (Lan, Hùng)", "vắng 02 (Ba, Tư)": the
                    // absent by bare given names.
                    plainNames = named.absent
                    index = named.end
                    afterNames = index
                } else if first == nil, index < clause.upperBound, tokens[index].kind == .title,
                          let name = AbsenteeList.startsName(at: index, in: tokens, chars: chars), name.words <= 2,
                          let named = bareNames(from: index + 1, within: clause, bracketed: false, most: count) {
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
        let shared = ownLastReason ? (names: plainNames, unclear: nil, excused: false) : SharedReason.read(plainNames)
        plainNames = shared.names
        if let unclear = shared.unclear { unnamedReasons.append(unclear) }
        if shared.excused, excused == nil, unexcused == nil {
            // "Lan, Hoa (đều có lý do)": all of them excused, with no reason said.
            excused = absentCount ?? plainNames.count
            namesStated = true
        }
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
            plainNames = Self.labelledByTheNext(plainNames)
            // "A (ốm), B (không lý do)": B has no reason.
            let withReason = plainNames.filter { $0.reason != nil && !AbsenteeList.isNoReason($0.reason) }
            let withNone = plainNames.filter { AbsenteeList.isNoReason($0.reason) }.map { MinutesFacts.Absentee(name: $0.name) }
            absent = withReason + withNone + plainNames.filter { $0.reason == nil }
            // SPEC §1: a name with a reason is excused. When every one of the absent is named with
            // one, or as having none, they are counted so; else whether the others had one stays unsaid.
            if !plainNames.isEmpty, plainNames.count + heads.count == absentCount, withReason.count + withNone.count == plainNames.count {
                excused = withReason.count + heads.filter(\.excused).count
                unexcused = withNone.count + heads.filter { !$0.excused }.count
            }
        }
        unnamedReasons += heads.compactMap(\.reason)
    }

    /// `names` where a name with no reason takes the label ("có lý do", "không lý do") of the
    /// next that has one, as a label after the last of names with none is all of theirs
    /// ("Nguyễn Thị Lan, Trần Văn Hùng - có lý do, Lê Văn Tám - không lý do": Lan and Hùng
    /// excused, Tám not; "Lan (ốm), Hùng, Tám - không lý do": Hùng and Tám not). They were all
    /// counted unexcused, the minutes said to give no reason. Unchanged when a name with none is
    /// followed by a reason of its own ("Lan, Hoa, Minh (đi công tác)": `SharedReason`) or by nothing.
    private static func labelledByTheNext(_ names: [MinutesFacts.Absentee]) -> [MinutesFacts.Absentee] {
        guard names.count >= 2, names.contains(where: { $0.reason == nil }) else { return names }
        var next: String?
        var labelled: [MinutesFacts.Absentee] = []
        for name in names.reversed() {
            if let reason = name.reason {
                next = reason
                labelled.append(name)
                continue
            }
            guard let label = next, SharedReason.isExcusedLabel(label) || AbsenteeList.isNoReason(label) else { return names }
            labelled.append(MinutesFacts.Absentee(name: name.name, reason: label))
        }
        return labelled.reversed()
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
}
