/// The small phrases an attendance clause steps over (`AttendanceClause`): the words introducing a
/// list of names ("gồm", "cụ thể:"), a count's unit, and the text of its tokens.
extension AttendanceClause {
    /// The token after the words at `index` that introduce the names of a list ("gồm", "gồm có",
    /// "bao gồm", "là", "đó là", "trong đó", "cụ thể", "gồm các đồng chí", a comma before them
    /// and a colon after them), or nil
    /// when none stands there.
    /// "các" goes with them; "đồng chí" after it stays the first name's title.
    func afterIntroducer(_ index: Int, within clause: Range<Int>) -> Int? {
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

    /// The last token of "trong đó" ("of whom") after the absent's count at `index`, after a comma
    /// or a full stop, with its colon ("vắng 02 đồng chí, trong đó: 01 đồng chí ốm"); nil when
    /// the words are not there.
    func ofWhich(_ index: Int, within clause: Range<Int>) -> Int? {
        var next = index
        if next < clause.upperBound, [.comma, .stop].contains(tokens[next].kind) { next += 1 }
        guard next + 1 < clause.upperBound, text(next..<next + 1).lowercased() == "trong",
              text(next + 1..<next + 2).lowercased() == "đó" else { return nil }
        next += 1
        return next + 1 < clause.upperBound && tokens[next + 1].kind == .colon ? next + 1 : next
    }

    /// The token after a count's unit: "02 đồng chí", "3 đ/c", "5 đảng viên"; "01 đồng chí Hoàng
    /// Văn Năm" keeps "đồng chí" as the name's title.
    func afterUnit(_ index: Int, within clause: Range<Int>) -> Int {
        guard index < clause.upperBound else { return index }
        if tokens[index].kind == .unit { return index + 1 }
        if tokens[index].kind == .title, AbsenteeList.startsName(at: index, in: tokens, chars: chars) == nil { return index + 1 }
        return index
    }

    /// The text of the tokens in `range`, as the minutes write it.
    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return String(chars[tokens[first].range.lowerBound..<tokens[last].range.upperBound])
    }
}
