/// One word or mark of an attendance clause as `AttendanceClause` reads it: the words the
/// minutes count the absent with ("vắng", "có lý do", "đồng chí"), the figures, the marks that
/// part names and reasons (":", "(", ")", ";", ",", "–", "và"), the full stop that ends a
/// sentence, and the label of another fact ("Chủ trì:", "Khách mời:") that ends the clause.
/// Each keeps where it stands in the text, so a reason is quoted as the minutes write it.
struct AttendanceToken: Equatable {
    /// What a token is to the grammar.
    enum Kind: Equatable {
        /// "vắng", "vắng mặt".
        case absent
        /// "có lý do" (`excused`), "không lý do", "không có lý do", "không rõ lý do"; after "vắng", "có phép" (`excused`)
        /// and "không phép"; "lý do" and "lý do vắng" before
        /// a colon (`excused`: a reason stated, "lý do: ốm"), and with a reason after its colon
        /// ("lý do: không lý do"), that reason.
        case reason(excused: Bool)
        case number(Int)
        /// "đồng chí", "đ/c": before a name, or the unit of a count ("02 đồng chí").
        case title
        /// "đảng viên", "ĐV": only ever the unit of a count.
        case unit
        /// Another fact's label, up to its colon: "Chủ trì:", "Thư ký:", "Khách mời:",
        /// "Đại biểu cấp trên dự:", "Mời dự:", "Người ghi biên bản:".
        case label
        case colon, open, close, semicolon, comma, dash
        /// "và".
        case and
        /// A full stop ending a sentence (". ", or the text's last "."), not an abbreviation's ("TP. Hồ Chí Minh").
        case stop
        case word(capitalised: Bool)
        /// Any other mark ("/", "…", "[1]").
        case other
    }

    var kind: Kind
    /// Where the token stands, in characters of the text.
    var range: Range<Int>

    /// The words before a full stop that is theirs, not the sentence's ("TP. Hồ Chí Minh",
    /// "Q. 1", "P. Hòa Thuận"): a closed list, so that a name's last word never is one.
    static let abbreviations: Set<String> = ["tp", "q", "p", "tx", "tt", "h", "x", "ths", "ts", "bs", "gs", "pgs", "ks"]

    /// The phrases read as one token, word by word in lower case, longest first.
    private static let phrases: [([String], Kind)] = [
        (["không", "có", "lý", "do"], .reason(excused: false)), (["không", "rõ", "lý", "do"], .reason(excused: false)),
        (["không", "lý", "do"], .reason(excused: false)),
        (["có", "lý", "do"], .reason(excused: true)), (["vắng", "mặt"], .absent), (["vắng"], .absent),
        (["đồng", "chí"], .title), (["đ/c"], .title), (["đảng", "viên"], .unit), (["đv"], .unit), (["và"], .and),
    ]

    /// The words another fact's label starts with ("Chủ trì", "Người ghi biên bản"); the label
    /// runs to its colon, at most 20 characters further ("Đại biểu cấp trên dự:").
    private static let labels: [[String]] = [["chủ", "trì"], ["chủ", "tọa"], ["chủ", "toạ"], ["thư", "ký"], ["khách", "mời"], ["đại", "biểu"], ["mời", "dự"],
                                             ["ghi", "biên", "bản"]]

    /// The tokens of `text`, split into characters as `chars`; with `labels` false, the label of
    /// another fact is left as its words ("Đại biểu có mặt:" keeps "có mặt").
    static func tokens(of chars: [Character], labels: Bool = true) -> [AttendanceToken] {
        let words = rawWords(chars)
        var tokens: [AttendanceToken] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            guard case .word = word.kind else {
                tokens.append(word)
                index += 1
                continue
            }
            if labels, let label = label(at: index, in: words, chars: chars) {
                tokens.append(label.token)
                index = label.next
                continue
            }
            if let stated = statedReason(at: index, in: words, chars: chars) {
                tokens.append(stated.token)
                index = stated.next
                continue
            }
            // "Vắng có phép: 2 đồng chí; vắng không phép: 01", "vắng 3 đồng chí (có phép: 02; không phép:
            // 1)", "(02 có phép, 01 không phép)": leave asked for is a reason given.
            if leaveMayFollow(tokens), let leave = [(["có", "phép"], true), (["không", "phép"], false)]
                .first(where: { matches($0.0, at: index, in: words, chars: chars) }) {
                tokens.append(AttendanceToken(kind: .reason(excused: leave.1), range: word.range.lowerBound..<words[index + 1].range.upperBound))
                index += 2
                continue
            }
            if let match = phrases.first(where: { matches($0.0, at: index, in: words, chars: chars) }) {
                let length = match.0.count
                tokens.append(AttendanceToken(kind: match.1, range: word.range.lowerBound..<words[index + length - 1].range.upperBound))
                index += length
                continue
            }
            tokens.append(word)
            index += 1
        }
        return tokens
    }

    /// True when "có phép", "không phép" after `tokens` is a reason: after "vắng", a bracket, a
    /// count ("02 có phép", "02 đồng chí không phép"), or a separator once a reason was given
    /// ("có phép: 02; không phép: 1"); elsewhere the words say something else.
    private static func leaveMayFollow(_ tokens: [AttendanceToken]) -> Bool {
        guard let last = tokens.last else { return false }
        switch last.kind {
        case .absent, .open, .number: return true
        case .title, .unit:
            guard tokens.count > 1, case .number = tokens[tokens.count - 2].kind else { return false }
            return true
        case .semicolon, .comma:
            return tokens.contains { if case .reason = $0.kind { true } else { false } }
        default: return false
        }
    }

    /// Where the first label of another fact starts in `text` ("Khách mời: A. Thư ký: B" → "Thư ký:").
    static func firstLabel(in text: String) -> String.Index? {
        let chars = Array(text)
        guard let label = tokens(of: chars).first(where: { $0.kind == .label }) else { return nil }
        return text.index(text.startIndex, offsetBy: label.range.lowerBound)
    }

    /// True when the words from `index` on are `phrase`, in any case.
    private static func matches(_ phrase: [String], at index: Int, in words: [AttendanceToken], chars: [Character]) -> Bool {
        guard index + phrase.count <= words.count else { return false }
        return phrase.indices.allSatisfy { offset in
            let word = words[index + offset]
            guard case .word = word.kind else { return false }
            return String(chars[word.range]).lowercased() == phrase[offset]
        }
    }

    /// "lý do:", "lý do vắng:", "lý do vắng mặt:" at word `index`: a reason stated, up to its
    /// colon, which stays a token of its own ("lý do: ốm"); or, when "có lý do", "không lý do"
    /// follows the colon, that reason, through it ("lý do: không lý do"); and "lý do" with the
    /// reason right after it, in brackets, after "vì" or, in lower case, after a comma ("(lý do ốm)",
    /// "vì lý do sức khỏe", "đ/c Thảo, lý do đi học"). With
    /// the index of the word after the token.
    private static func statedReason(at index: Int, in words: [AttendanceToken], chars: [Character]) -> (token: AttendanceToken, next: Int)? {
        guard matches(["lý", "do"], at: index, in: words, chars: chars) else { return nil }
        var colon = index + 2
        if matches(["vắng", "mặt"], at: colon, in: words, chars: chars) {
            colon += 2
        } else if matches(["vắng"], at: colon, in: words, chars: chars) {
            colon += 1
        }
        let start = words[index].range.lowerBound
        guard colon < words.count, words[colon].kind == .colon else {
            // "(lý do ốm)", "vì lý do sức khỏe", "(đ/c Thảo, lý do đi học)": the reason right after the words.
            let after = index + 2
            guard colon == after, after < words.count, case .word = words[after].kind, index > 0,
                  words[index - 1].kind == .open || matches(["vì"], at: index - 1, in: words, chars: chars)
                    || (words[index - 1].kind == .comma && words[after].kind == .word(capitalised: false)) else { return nil }
            return (AttendanceToken(kind: .reason(excused: true), range: start..<words[index + 1].range.upperBound), after)
        }
        if let reason = phrases.prefix(3).first(where: { matches($0.0, at: colon + 1, in: words, chars: chars) }) {
            let last = colon + reason.0.count
            return (AttendanceToken(kind: reason.1, range: start..<words[last].range.upperBound), last + 1)
        }
        return (AttendanceToken(kind: .reason(excused: true), range: start..<words[colon - 1].range.upperBound), colon)
    }

    /// True when the reason `token` of `chars` is one stated ("lý do: ốm", "lý do vắng:"), not
    /// "có lý do", "không lý do".
    static func isStated(_ token: AttendanceToken, in chars: [Character]) -> Bool {
        guard case .reason = token.kind else { return false }
        return String(chars[token.range]).lowercased().hasPrefix("lý do")
    }

    /// The label of another fact starting at word `index` ("người" before it is its), through
    /// its colon, and the index of the word after it.
    private static func label(at index: Int, in words: [AttendanceToken], chars: [Character]) -> (token: AttendanceToken, next: Int)? {
        let start = index
        var first = index
        if matches(["người"], at: index, in: words, chars: chars) { first += 1 }
        guard let phrase = labels.first(where: { matches($0, at: first, in: words, chars: chars) }) else { return nil }
        var position = words[first + phrase.count - 1].range.upperBound
        let limit = min(chars.count, position + 21)
        while position < limit, !":.;()".contains(chars[position]) { position += 1 }
        guard position < limit, chars[position] == ":" else { return nil }
        var next = first + phrase.count
        while next < words.count, words[next].range.lowerBound <= position { next += 1 }
        return (AttendanceToken(kind: .label, range: words[start].range.lowerBound..<(position + 1)), next)
    }

    /// The text cut into words, figures and marks, before phrases and labels are told.
    private static func rawWords(_ chars: [Character]) -> [AttendanceToken] {
        var tokens: [AttendanceToken] = []
        var position = 0
        func isDigit(_ char: Character) -> Bool { char.isASCII && char.isNumber }
        while position < chars.count {
            let char = chars[position]
            let start = position
            if char.isWhitespace {
                position += 1
                continue
            }
            if isDigit(char) {
                while position < chars.count, isDigit(chars[position]) { position += 1 }
                // A figure no committee has (past `ContentLimits.count`) is no count: a mark the
                // grammar passes over, not a number to add up.
                let value = MinutesFacts.figure(Substring(String(chars[start..<position])))
                tokens.append(AttendanceToken(kind: value.map { .number($0) } ?? .other, range: start..<position))
                continue
            }
            if char.isLetter {
                // Letters, and the digits or "/" inside a word ("đ/c", "h30").
                while position < chars.count,
                      chars[position].isLetter || isDigit(chars[position])
                        || (chars[position] == "/" && position + 1 < chars.count && chars[position + 1].isLetter) {
                    position += 1
                }
                let word = String(chars[start..<position])
                // "TP. Hồ Chí Minh": the full stop is the abbreviation's.
                if position < chars.count, chars[position] == ".", abbreviations.contains(word.lowercased()) { position += 1 }
                tokens.append(AttendanceToken(kind: .word(capitalised: word.first?.isUppercase == true), range: start..<position))
                continue
            }
            position += 1
            let kind: Kind
            switch char {
            case ":": kind = .colon
            case "(": kind = .open
            case ")": kind = .close
            case ";": kind = .semicolon
            case ",": kind = .comma
            case "–", "—": kind = .dash
            case "-":
                // A dash between words ("An - ốm"), not a hyphen inside one ("05-HD").
                let spaced = (start == 0 || chars[start - 1].isWhitespace) && (position == chars.count || chars[position].isWhitespace)
                kind = spaced ? .dash : .other
            case ".":
                kind = position == chars.count || chars[position].isWhitespace ? .stop : .other
            default:
                kind = .other
            }
            tokens.append(AttendanceToken(kind: kind, range: start..<position))
        }
        return tokens
    }
}
