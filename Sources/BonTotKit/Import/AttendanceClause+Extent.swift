/// Where an attendance clause starts and ends in its text (`AttendanceClause`): at "vắng" or the
/// first reason counted, up to another fact's label or a full stop no count of the absent follows.
extension AttendanceClause {
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
    var start: Int? {
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
    func end(from start: Int) -> Int {
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
    /// đồng chí. Vắng không lý do: 01 đồng chí.", "Trong đó 01 đồng chí ốm."
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
        // "Vắng 02 đồng chí. Trong đó 01 đồng chí ốm.": of whom, counted with their reasons.
        if case .number = tokens[next].kind, ofWhich(index, within: index..<tokens.count) != nil { return true }
        if case .reason = tokens[next].kind { return true }
        return countBeforeReason(at: next) != nil
    }

    /// The first name of the sentence after the full stop at `index` when it only names the
    /// absent counted before it: "Cụ thể: đồng chí A (con ốm), …", "Gồm các đồng chí: …", "Đó là đồng chí A …".
    func namesSentence(after index: Int) -> Int? {
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
    func countBeforeReason(at index: Int) -> (count: Int, reason: Int)? {
        guard case .number(let count) = tokens[index].kind else { return nil }
        var next = index + 1
        if next < tokens.count, [.title, .unit].contains(tokens[next].kind) { next += 1 }
        if next < tokens.count, tokens[next].kind == .open { next += 1 }
        // "(cả 02 đồng chí đều có lý do)".
        if next < tokens.count, case .word = tokens[next].kind, text(next..<next + 1).lowercased() == "đều" { next += 1 }
        guard next < tokens.count, case .reason = tokens[next].kind else { return nil }
        return (count, next)
    }
}
