/// The figures of an attendance line read over its tokens (`AttendanceToken`), as the absent's
/// clause is: the members present ("Có mặt: 25", "dự họp 25 đồng chí", "25/28 đồng chí có mặt",
/// "Với sự có mặt của 26/28 đảng viên"), those expected ("phải dự: 28", "triệu tập 28"), and
/// those exempt from meetings ("miễn sinh hoạt: 2", "02 đồng chí được miễn sinh hoạt"):
///
///     present     := (presentWords | "đảng viên" (attending | "dự" ":" | "tham gia" (venue | meeting) ":") | "dự" ":") attended
///     presentWords:= ("có mặt" | "hiện diện") ["/" "tổng số"]          ("Dự:" only opening the line or a part)
///     worded      := attending attended
///     ofExpected  := (presentWords | attending | "đảng viên" "tham gia" venue ":" | "dự" ":") attended figure [unit] of figure
///     countFirst  := figure ["/" figure] unit ("có mặt" | attending)
///     of          := ("có mặt" | attending | "tham gia" | "góp mặt") ["đầy đủ" | "đủ"] "của" figure ([unit] "/" figure unit | unit)
///     expected    := ("phải dự" | "triệu tập") [":"] figure
///     exempt      := "miễn" meetings ["đảng"] [":"] figure
///     exemptAfter := figure unit ["được"] "miễn" meetings
///     attending   := "dự họp" | "tham dự"
///     attended    := [(venue | meeting) ":" | ":"] ["đầy đủ" | "đủ"] ["("]    (before the figure)
///     venue       := ("tại" | "trong") word{0,4}                  ("tại buổi sinh hoạt")
///     meeting     := "SHCB" | "sinh hoạt" ["chi bộ"]               ("tham gia SHCB:")
///     of          := "/" | "trên" ["tổng" "số"]
///     meetings    := ["công tác" ("và" | ",")] ("sinh hoạt" | "SH")
///     unit        := "đồng chí" | "đ/c" | "đảng viên" | "ĐV"
///
/// Each reads the first place in the line it matches. A match whose figure is too large to be
/// one reads as found, with no figure (`.some(nil)`), as a reader would stop at it.
struct AttendanceFigures {
    private let chars: [Character]
    private let tokens: [AttendanceToken]

    init(_ text: some StringProtocol) {
        chars = Array(text)
        // "Đại biểu có mặt:" keeps its words: only the figures' words count here.
        tokens = AttendanceToken.tokens(of: chars, labels: false)
    }

    /// "Có mặt: 25", "Đảng viên dự họp: 25", "có mặt đầy đủ (28": the labelled count of the present;
    /// "Có mặt 02 đồng chí cán bộ Hội Nông dân xã", "có mặt ba đồng chí khách mời" count others.
    var present: Int?? {
        first { at in
            guard let found = figure(attended(presentWords(at) ?? membersAttending(at) ?? attendingLabel(at))),
                  !countsOthers(found.next) else { return nil }
            return found.value
        }
    }

    /// "dự họp 25 đồng chí", "Dự họp: 25/28", "tham dự 25": the present in a sentence.
    var presentWorded: Int?? {
        first { at in figure(attended(attending(at))).map(\.value) }
    }

    /// "25 đồng chí dự họp", "25/28 đ/c có mặt": the present, and those expected when given.
    var presentCountFirst: (present: Int?, expected: Int?)? {
        first { at in
            guard let present = figure(at) else { return nil }
            var next = present.next
            var expected: Int?
            if isMark("/", at: next), let of = figure(next + 1) {
                expected = of.value
                next = of.next
            }
            guard isUnit(next), (presentWords(next + 1) ?? attending(next + 1)) != nil else { return nil }
            return (present.value, expected)
        }
    }

    /// "Có mặt: 25/28", "có mặt 25 đồng chí/28", "có mặt đầy đủ (28/28)", "Dự họp: 25/28 đồng chí",
    /// "Đảng viên tham gia: 16/16", "Có mặt 12 trên tổng số 14 đảng viên".
    var presentOfExpected: (present: Int?, expected: Int?)? {
        first { at in
            guard let present = figure(attended(presentWords(at) ?? attending(at) ?? membersAttending(at) ?? attendingLabel(at))) else { return nil }
            let slash = isUnit(present.next) ? present.next + 1 : present.next
            guard let of = of(slash), let expected = figure(of) else { return nil }
            return (present.value, expected.value)
        }
    }

    /// The token after "/", "trên", "trên tổng số" at `index`: the figure after it is of how many.
    private func of(_ index: Int) -> Int? {
        if isMark("/", at: index) { return index + 1 }
        guard isWord("trên", at: index) else { return nil }
        return phrase(["tổng", "số"], index + 1) ?? index + 1
    }

    /// "Với sự có mặt của 26/28 đảng viên", "với sự tham dự của 26 đồng chí/28 đồng chí", "với sự
    /// tham gia của 25/28 đảng viên": the members' word after the figures, so that "của đồng chí Võ
    /// Văn Lâm" is none.
    var presentOf: (present: Int?, expected: Int?)? {
        first { at in
            guard var words = presentWords(at) ?? attending(at) ?? phrase(["tham", "gia"], at) ?? phrase(["góp", "mặt"], at)
            else { return nil }
            // "với sự tham gia đầy đủ của 17/17 đảng viên".
            if let full = phrase(["đầy", "đủ"], words) ?? phrase(["đủ"], words) { words = full }
            guard isWord("của", at: words), let present = figure(words + 1) else { return nil }
            let slash = isUnit(present.next) ? present.next + 1 : present.next
            if isMark("/", at: slash), let expected = figure(slash + 1), isUnit(expected.next) { return (present.value, expected.value) }
            return isUnit(present.next) ? (present.value, nil) : nil
        }
    }

    /// "phải dự: 28", "triệu tập 28".
    var expected: Int?? {
        first { at in
            guard var next = phrase(["phải", "dự"], at) ?? phrase(["triệu", "tập"], at) else { return nil }
            if next < tokens.count, tokens[next].kind == .colon { next += 1 }
            return figure(next).map(\.value)
        }
    }

    /// "miễn sinh hoạt: 16", "được miễn sinh hoạt 16 đ/c", "miễn SH: 16", "miễn công tác và sinh
    /// hoạt đảng: 16" (the Statute's wording).
    var exempt: Int?? {
        first { at in
            guard isWord("miễn", at: at), var next = meetings(at + 1) else { return nil }
            if isWord("đảng", at: next) { next += 1 }
            if next < tokens.count, tokens[next].kind == .colon { next += 1 }
            return figure(next).map(\.value)
        }
    }

    /// "16 đồng chí được miễn sinh hoạt": the count before the words.
    var exemptAfterCount: Int?? {
        first { at in
            guard let count = figure(at), isUnit(count.next) else { return nil }
            var next = count.next + 1
            if isWord("được", at: next) { next += 1 }
            guard isWord("miễn", at: next), meetings(next + 1) != nil else { return nil }
            return count.value
        }
    }

    /// What `read` finds at the first token where it finds anything.
    private func first<T>(_ read: (Int) -> T?) -> T? {
        for index in tokens.indices {
            if let found = read(index) { return found }
        }
        return nil
    }

    /// The token after "có mặt" at `index`, and after "/tổng số" following it ("Số đảng viên có
    /// mặt/tổng số: 18/20").
    private func presentWords(_ index: Int) -> Int? {
        // A "/" between letters is part of a word, as in "đ/c": "mặt/tổng" is one.
        if let after = phrase(["có", "mặt/tổng", "số"], index) ?? phrase(["hiện", "diện/tổng", "số"], index) { return after }
        guard let after = phrase(["có", "mặt"], index) ?? phrase(["hiện", "diện"], index) else { return nil }
        return isMark("/", at: after) ? phrase(["tổng", "số"], after + 1) ?? after : after
    }

    /// The colon of "Dự:" at `index` when it opens the line or a part of it ("Dự: 18/20 đ/c",
    /// "…; dự: 18"), as a label of the present: "Mời dự: 02" and "Đại biểu cấp trên dự:" are not.
    private func attendingLabel(_ index: Int) -> Int? {
        guard isWord("dự", at: index), index + 1 < tokens.count, tokens[index + 1].kind == .colon else { return nil }
        guard index > 0 else { return index + 1 }
        return [.semicolon, .comma, .dash, .stop].contains(tokens[index - 1].kind) || isMark("-", at: index - 1) || isMark("+", at: index - 1)
            ? index + 1 : nil
    }

    /// The token after "dự họp" or "tham dự" at `index`.
    private func attending(_ index: Int) -> Int? { phrase(["dự", "họp"], index) ?? phrase(["tham", "dự"], index) }

    /// The token after "đảng viên dự họp", "đảng viên tham dự" at `index`; "đảng viên dự" only
    /// with a colon, where it stands; after "đảng viên tham
    /// gia" only with a colon ("Đảng viên tham gia: 16/16"), where the colon stands: "đảng viên
    /// tham gia ý kiến" counts no one.
    private func membersAttending(_ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .unit else { return nil }
        if let after = attending(index + 1) { return after }
        // "Số lượng đảng viên dự: 27/29": "dự" and its colon ("đảng viên dự bị: 02" is none).
        if isWord("dự", at: index + 1), index + 2 < tokens.count, tokens[index + 2].kind == .colon { return index + 2 }
        guard let after = phrase(["tham", "gia"], index + 1) else { return nil }
        let colon = venue(after) ?? meeting(after) ?? after
        return colon < tokens.count && tokens[colon].kind == .colon ? colon : nil
    }

    /// Where the colon after the meeting named at `index` stands: "SHCB:" (sinh hoạt chi bộ, as
    /// clerks shorten it), "sinh hoạt chi bộ:", "sinh hoạt:"; nil when no meeting with its colon
    /// is there.
    private func meeting(_ index: Int) -> Int? {
        var next: Int
        if isWord("shcb", at: index) {
            next = index + 1
        } else if let after = phrase(["sinh", "hoạt"], index) {
            next = phrase(["chi", "bộ"], after) ?? after
        } else {
            return nil
        }
        return next < tokens.count && tokens[next].kind == .colon ? next : nil
    }

    /// Where the colon after the place at `index` stands: "tại buổi sinh hoạt:", "trong cuộc họp:"
    /// (at most four words); nil when no place with its colon is there.
    private func venue(_ index: Int) -> Int? {
        guard isWord("tại", at: index) || isWord("trong", at: index) else { return nil }
        var next = index + 1
        while next < tokens.count, next - index <= 4, case .word = tokens[next].kind { next += 1 }
        return next < tokens.count && tokens[next].kind == .colon ? next : nil
    }

    /// The token after ":" (and the place before it: "hiện diện tại buổi sinh hoạt: 19/20"),
    /// "đầy đủ" or "đủ", "(" from `index`, each there or not, in that order.
    private func attended(_ index: Int?) -> Int? {
        guard var next = index else { return nil }
        if let colon = venue(next) ?? meeting(next) { next = colon }
        if next < tokens.count, tokens[next].kind == .colon { next += 1 }
        if isWord("đầy", at: next), isWord("đủ", at: next + 1) {
            next += 2
        } else if isWord("đủ", at: next) {
            next += 1
        }
        if next < tokens.count, tokens[next].kind == .open { next += 1 }
        return next
    }

    /// The token after the meetings one is exempt from, at `index`: "sinh hoạt", "SH", after
    /// "công tác và", "công tác,".
    private func meetings(_ index: Int) -> Int? {
        var next = index
        if let work = phrase(["công", "tác"], next), work < tokens.count, [.and, .comma].contains(tokens[work].kind) { next = work + 1 }
        if let after = phrase(["sinh", "hoạt"], next) { return after }
        return isWord("sh", at: next) ? next + 1 : nil
    }

    /// The figure at `index` (nil in `value` when too large to be one) and the token after it;
    /// none when it is a share ("dự họp: 95%", "92,5 %"), not a count.
    private func figure(_ index: Int?) -> (value: Int?, next: Int)? {
        guard let index, index < tokens.count, case .number = tokens[index].kind else { return nil }
        let decimals = index + 2 < tokens.count && (tokens[index + 1].kind == .comma || isMark(".", at: index + 1))
            && { if case .number = tokens[index + 2].kind { true } else { false } }()
        guard !isMark("%", at: decimals ? index + 3 : index + 1) else { return nil }
        return (Int(String(chars[tokens[index].range])), index + 1)
    }

    /// The token after the words `words` from `index`, in any case.
    private func phrase(_ words: [String], _ index: Int) -> Int? {
        for (offset, word) in words.enumerated() where !isWord(word, at: index + offset) { return nil }
        return index + words.count
    }

    /// True when the token at `index` is the word `word`, in any case.
    private func isWord(_ word: String, at index: Int) -> Bool {
        guard index < tokens.count, case .word = tokens[index].kind else { return false }
        return String(chars[tokens[index].range]).lowercased() == word
    }

    /// True when the words at `index`, after a count's unit or none, name others than the members:
    /// "(02 đồng chí) cán bộ", "khách mời", "đại diện", "đại biểu", "lãnh đạo", "quần chúng".
    private func countsOthers(_ index: Int) -> Bool {
        let next = isUnit(index) ? index + 1 : index
        return [["cán", "bộ"], ["khách", "mời"], ["đại", "diện"], ["đại", "biểu"], ["lãnh", "đạo"], ["quần", "chúng"]]
            .contains { phrase($0, next) != nil }
    }

    /// True when the token at `index` is "đồng chí", "đ/c" or "đảng viên".
    private func isUnit(_ index: Int) -> Bool {
        index < tokens.count && [.title, .unit].contains(tokens[index].kind)
    }

    /// True when the token at `index` is the mark `mark` ("/").
    private func isMark(_ mark: String, at index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .other && String(chars[tokens[index].range]) == mark
    }
}
