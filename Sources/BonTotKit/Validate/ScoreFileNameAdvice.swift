import Foundation

/// The name a score file should have when its name is not a period but holds exactly one
/// ("Điểm thi đua 2026.xlsx" → `2026.xlsx`, "Điểm T6-2026.xlsx" → `2026-06.xlsx`, "Bảng điểm
/// quý 3 năm 2024.csv" → `2024-q3.csv`), for the error on its name to say what to call it. A
/// name with two years ("Điểm 2025-2026.xlsx"), two months or quarters, or whose period another
/// score file already holds, gets no suggestion: which one is meant is the clerk's to say.
enum ScoreFileNameAdvice {
    /// The name to give the score file `path` (its extension kept), or nil; `scoreFiles` are the
    /// paths of the score files beside it.
    static func suggestedName(for path: String, scoreFiles: [String]) -> String? {
        guard let period = period(inName: PathParts.stem(of: path)) else { return nil }
        guard ScoreFiles(paths: scoreFiles).holder(of: period, besides: path) == nil else { return nil }
        let name = String(PathParts.name(of: path))
        let stem = PathParts.stem(of: path)
        return "\(period)\(name.dropFirst(stem.count))"
    }

    /// The error on the score file `path`, whose name is no period: `kind` names the file
    /// (`bảng tính`, `tệp CSV`), `examples` the names it could have. When the name holds a
    /// period, the error names the file to rename it to, or not when another score file holds
    /// that period: it depends on the site's other score files, which the decode cache's context
    /// names, so a cached error is never stale (`Diagnostic.Kind.scoreFileName`).
    static func error(for path: String, kind: String, examples: String, scoreFiles: [String]) -> Diagnostic {
        let english = "the file name must be the period"
        // A copy beside the file it copies ("2026 - Copy.xlsx" beside `2026.xlsx`) is told so:
        // its period is the original's, held already.
        if let original = copied(path, scoreFiles: scoreFiles) {
            let name = PathParts.name(of: original)
            return Diagnostic(.error, at: SourceLocation(file: path), kind: .scoreFileName,
                              "tên \(kind) phải là kỳ đánh giá (\(examples)); tệp có vẻ là bản sao của '\(name)': nếu đúng vậy, "
                                  + "hãy xoá nó; nếu là điểm của kỳ khác, hãy đặt tên tệp theo kỳ đó / \(english): the file looks "
                                  + "like a copy of '\(name)': delete it if it is one, or name it from its own period")
        }
        let stem = PathParts.stem(of: path)
        // "Sơ kết 6 tháng 2024": no period's name, not even the year's, and the periods there are.
        if let span = MonthSpanName.span(inName: stem) {
            let years = Set(Token.split(stem).compactMap(\.year))
            let ext = String(PathParts.name(of: path).dropFirst(stem.count))
            let advice = MonthSpanName.advice(span: span, year: years.count == 1 ? years.first! : 2024, ext: ext)
            return Diagnostic(.error, at: SourceLocation(file: path), "tên \(kind) phải là kỳ đánh giá (\(examples))\(advice.vi) "
                              + "/ \(english)\(advice.en)")
        }
        guard period(inName: stem) != nil else {
            return Diagnostic(.error, at: SourceLocation(file: path), "tên \(kind) phải là kỳ đánh giá (\(examples)) / \(english)")
        }
        let advice = suggestedName(for: path, scoreFiles: scoreFiles)
        return Diagnostic(.error, at: SourceLocation(file: path), kind: .scoreFileName,
                          "tên \(kind) phải là kỳ đánh giá (\(examples))\(advice.map { "; hãy đổi tên tệp thành '\($0)'" } ?? "") "
                              + "/ \(english)\(advice.map { ": rename it '\($0)'" } ?? "")")
    }

    /// The score file that `path` is named a copy of (`CopyName`), when it is among `scoreFiles`:
    /// the original's own extension first, then any other.
    private static func copied(_ path: String, scoreFiles: [String]) -> String? {
        guard let stem = CopyName.original(of: PathParts.stem(of: path)) else { return nil }
        let originals = scoreFiles.filter { $0 != path && PathParts.stem(of: $0) == stem }
        return originals.first { PathParts.lowercasedExtension(of: $0) == PathParts.lowercasedExtension(of: path) } ?? originals.first
    }

    /// The one period a file name holds, nil when it holds none or more than one. A list after
    /// "quý" or "tháng" ("quý III-IV", "quy I+II", "quý 3 và 4", "tháng 6-7") names every item
    /// in it, so such a name holds two periods; a span of months ("6 tháng đầu năm 2024",
    /// `MonthSpanName`) is none, though it holds a year.
    static func period(inName name: String) -> Period? {
        guard MonthSpanName.span(inName: name) == nil else { return nil }
        let tokens = Token.split(name.precomposedStringWithCanonicalMapping.lowercased())
        let years = Set(tokens.compactMap(\.year))
        guard years.count == 1, let year = years.first else { return nil }
        var spans = Set<Period.Span>()
        // The spans named after "quý" or "tháng", or as a later item of such a list, by token
        // index: the ones a list may go on from.
        var listed: [Int: Period.Span] = [:]
        for (index, token) in tokens.enumerated() where token.year == nil {
            let previous = index > 0 ? tokens[index - 1] : nil
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let listGoesOn = listItem(before: index, in: tokens).flatMap { listed[$0] }
            if token.isDigits {
                guard let number = Int(token.text) else { continue }
                if let previous, ["t", "tháng", "thang"].contains(previous.text), Self.followsWord(token.gap) {
                    guard (1...12).contains(number) else { return nil }
                    listed[index] = .month(number)
                } else if let previous, ["q", "quý", "quy"].contains(previous.text), Self.followsWord(token.gap) {
                    guard (1...4).contains(number) else { return nil }
                    listed[index] = .quarter(number)
                } else if case .quarter = listGoesOn {
                    guard (1...4).contains(number) else { return nil }
                    listed[index] = .quarter(number)
                } else if case .month = listGoesOn {
                    guard (1...12).contains(number) else { return nil }
                    listed[index] = .month(number)
                } else if (previous?.year != nil && Self.joins(token.gap)) || (next?.year != nil && Self.joins(next?.gap ?? "")) {
                    // `2026-06`, `06-2026`, `6.2026`: a number joined to the year is its month.
                    guard (1...12).contains(number) else { return nil }
                    spans.insert(.month(number))
                }
                // Any other number ("lần 2", a copy's "(1)") is no part of a period.
            } else if let number = romanQuarter(token, after: previous) ?? Self.quarterListed(token, after: listGoesOn) {
                guard (1...4).contains(number) else { return nil }
                listed[index] = .quarter(number)
            }
        }
        spans.formUnion(listed.values)
        guard spans.count <= 1 else { return nil }
        return Period(year: year, span: spans.first ?? .year)
    }

    /// The index of the token a list item at `index` goes on from: the one before it when a
    /// sign joins them ("III-IV", "I+II", "II, III"), or the one before "và" or "đến" ("III và
    /// IV"); nil when the token at `index` follows no such joint.
    private static func listItem(before index: Int, in tokens: [Token]) -> Int? {
        guard index > 0 else { return nil }
        let joint = tokens[index].gap.filter { $0 != " " }
        if ["-", "–", "—", "+", ",", "&", "/", "~"].contains(joint) { return index - 1 }
        guard joint.isEmpty, index > 1, ["và", "va", "đến", "den", "tới", "toi"].contains(tokens[index - 1].text),
              tokens[index - 1].gap.allSatisfy({ $0 == " " }) else { return nil }
        return index - 2
    }

    /// The quarter a Roman numeral (I to XII) names as a later item of a list of quarters
    /// ("IV" in "quý III-IV"); nil when `listGoesOn` is no quarter or the token no numeral.
    private static func quarterListed(_ token: Token, after listGoesOn: Period.Span?) -> Int? {
        guard case .quarter = listGoesOn else { return nil }
        return romanNumerals.firstIndex(of: token.text).map { $0 + 1 }
    }

    /// The Roman numerals from one to twelve, lowercased.
    private static let romanNumerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]

    /// The number a token writes in Roman numerals (I to XII) after "quý" ("quý III", "Quy
    /// IV-2026") or fused to "Q" ("QIII"), as offices often write a quarter; nil for any other token.
    private static func romanQuarter(_ token: Token, after previous: Token?) -> Int? {
        if let previous, ["q", "quý", "quy"].contains(previous.text), Self.followsWord(token.gap) {
            return romanNumerals.firstIndex(of: token.text).map { $0 + 1 }
        }
        return token.text.hasPrefix("q") ? romanNumerals.firstIndex(of: String(token.text.dropFirst())).map { $0 + 1 } : nil
    }

    /// Whether `gap` parts "quý", "tháng" or "Q" from the number after it: a space or "." ("quý
    /// 2", "quý II.2026"), or the "-" or "_" a name written as one word parts its words with
    /// ("quy-2-2024", "quy_2_2024", "2024-quy-ii").
    private static func followsWord(_ gap: String) -> Bool {
        gap.allSatisfy { $0 == " " || $0 == "." || $0 == "-" || $0 == "_" }
    }

    /// Whether `gap` joins a month to its year (`2026-06`, `06/2026`).
    private static func joins(_ gap: String) -> Bool {
        ["-", "_", ".", "/"].contains(gap)
    }

    /// A run of letters or of digits in a file name, with what separates it from the one before.
    private struct Token {
        var text: String
        var isDigits: Bool
        /// The characters between the token before and this one; empty where letters meet digits.
        var gap: String

        /// The year this token is (`2026`), if it is one.
        var year: Int? {
            guard isDigits, text.count == 4, let value = Int(text), ContentLimits.years.contains(value) else { return nil }
            return value
        }

        static func split(_ name: String) -> [Token] {
            var tokens: [Token] = []
            var current: Token?
            var gap = ""
            for character in name {
                let isDigit = character.isASCII && character.isNumber
                guard isDigit || character.isLetter else {
                    if let done = current { tokens.append(done); current = nil }
                    gap.append(character)
                    continue
                }
                if var token = current, token.isDigits == isDigit {
                    token.text.append(character)
                    current = token
                } else {
                    if let done = current { tokens.append(done) }
                    current = Token(text: String(character), isDigits: isDigit, gap: gap)
                    gap = ""
                }
            }
            if let done = current { tokens.append(done) }
            return tokens
        }
    }
}
