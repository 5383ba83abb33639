/// The words of the attendance a clerk types without tone marks, on a machine with no Vietnamese
/// input ("vang mat 02 dong chi: Lan (co ly do)", "co mat 15/17", "Truong thon Nam (om)"),
/// written with their marks before the attendance is read, so that one grammar reads both. A
/// word is taken for its toned form only when it has no mark at all and equals it after folding
/// (`Slug.foldForSearch`: tones dropped, đ as d, lower case), and only where that form is
/// unambiguous: phrases of the attendance, the offices of a village, and, in lower case or in
/// capitals on a line about the absent, the usual reasons (written in lower case). Names are kept as typed ("Vang", "Nam", "Hung"); "vang"
/// alone is "vắng" only before what a count of the absent says next (a figure, a colon, "mat",
/// a reason label), so that a member named Vang stays a name.
enum TonelessWords {
    /// The phrases read in any case, longest first where one begins another.
    private static let phrases: [String] = [
        "vắng mặt", "có mặt", "không có lý do", "không rõ lý do", "không lý do", "có lý do", "lý do vắng", "lý do",
        "có phép", "không phép", "đồng chí", "đảng viên", "tổng số", "trong đó", "cụ thể", "bao gồm", "chủ trì", "thư ký",
        "phó trưởng thôn", "trưởng thôn", "thôn trưởng", "phó thôn", "trưởng ấp", "ấp trưởng", "phó ấp", "trưởng bản",
        "bí thư", "chi ủy viên", "đ/c",
    ]

    /// The usual reasons, read in lower case only and on a line about the absent.
    private static let reasons: [String] = [
        "đi công tác", "công tác", "đi học", "đi làm ăn xa", "đi làm ca", "đi làm", "việc riêng", "việc gia đình", "gia đình",
        "nằm viện", "đi viện", "điều trị", "con ốm", "ốm", "bệnh", "tập huấn", "đám cưới", "đám giỗ", "nghỉ phép", "đi xa", "về quê",
        "sức khỏe",
    ]

    /// `phrases` and `reasons` with their words folded, as typed words are compared.
    private static let foldedPhrases = folded(phrases)
    private static let foldedReasons = folded(reasons)

    /// Each of `list` with its words folded.
    private static func folded(_ list: [String]) -> [(toned: String, folded: [String])] {
        list.map { phrase in (phrase, phrase.split(separator: " ").map(fold)) }
    }

    /// `text` folded as a word typed without tone marks is compared (`Slug.foldForSearch`: tones
    /// dropped, đ as d, lower case): the one folding of the attendance's words, its villages,
    /// surnames and places (`VillageNames`, `FullNames`, `PlaceWords`).
    static func fold<Text: StringProtocol>(_ text: Text) -> String {
        Slug.foldForSearch(String(text))
    }

    /// What may follow "vang" for it to be "vắng": a figure, a colon, "mat", a reason label, a count in
    /// words, a title ("vang d/c Lan (om)", "vang dong chi Lan").
    private static let afterAbsent: Set<String> = ["mat", ":", "co", "khong", "mot", "hai", "ba", "bon", "d/c", "dong"]

    /// One word or mark of a line, as typed.
    private struct Piece {
        var text: Substring
        var isWord: Bool
    }

    /// `line` with the words of the attendance typed without tone marks written with them;
    /// `line` itself when it has none.
    static func toned(_ line: String) -> String {
        var parts = Self.pieces(of: line)
        guard parts.contains(where: { $0.isWord && isUnmarked($0.text) }) else { return line }
        var changed = false
        var index = 0
        while index < parts.count {
            if let found = phrase(at: index, in: parts, from: foldedPhrases, anyCase: true) ?? absent(at: index, in: parts)
                ?? titleAbbreviated(at: index, in: parts) {
                replace(&parts, at: index, length: found.length, with: found.toned)
                changed = true
            }
            index += 1
        }
        let aboutTheAbsent = parts.contains { $0.isWord && $0.text.lowercased().hasPrefix("vắng") }
        if aboutTheAbsent {
            index = 0
            while index < parts.count {
                if let found = phrase(at: index, in: parts, from: foldedReasons, anyCase: false) {
                    replace(&parts, at: index, length: found.length, with: found.toned)
                    changed = true
                }
                index += 1
            }
        }
        return changed ? parts.map { String($0.text) }.joined() : line
    }

    /// "vang" as "vắng" before what a count of the absent says next ("vang 02", "vang:", "vang mat"),
    /// and, typed in lower case, before a name ("vang Vang (om)": the member named Vang stays a name).
    private static func absent(at index: Int, in pieces: [Piece]) -> (length: Int, toned: String)? {
        guard pieces[index].isWord, pieces[index].text.lowercased() == "vang" else { return nil }
        guard let next = nextPiece(after: index, in: pieces) else { return nil }
        let word = next.text.lowercased()
        let beforeAName = pieces[index].text == "vang" && next.isWord && next.text.first?.isUppercase == true
        guard afterAbsent.contains(word) || word.first?.isNumber == true || beforeAName else { return nil }
        return (1, cased("vắng", like: pieces[index].text))
    }

    /// "dc" as "đ/c" after a figure or before a name ("vang 1 dc: Hung (om)", "dc Lan"), where it
    /// can be nothing else; not "dc" for "được" (`saysObtained`) before an office ("Lan (ốm, đã dc
    /// Bí thư cho phép)": Lan was lost).
    private static func titleAbbreviated(at index: Int, in pieces: [Piece]) -> (length: Int, toned: String)? {
        guard pieces[index].isWord, pieces[index].text.lowercased() == "dc" else { return nil }
        let before = pieces[..<index].last { !$0.text.allSatisfy(\.isWhitespace) }
        let next = nextPiece(after: index, in: pieces)
        guard before?.text.last?.isNumber == true
            || (next?.isWord == true && next?.text.first?.isUppercase == true && !saysObtained(at: index, in: pieces)) else { return nil }
        return (1, "đ/c")
    }

    /// Words after which "dc" is "được", never a title ("đã dc", "chưa dc", "không dc").
    private static let beforeObtained: Set<String> = [
        "đã", "da", "chưa", "chua", "không", "khong", "ko", "vẫn", "van", "cũng", "cung", "sẽ", "se",
    ]

    /// True when "dc" at `index` is "được": after a word of `beforeObtained`, or after a comma in a
    /// bracket that holds no capitalised word nor colon before it, a reason's words ("(ốm, dc Bí
    /// thư cho phép)"; not "(dc Lan, dc Hùng)").
    private static func saysObtained(at index: Int, in pieces: [Piece]) -> Bool {
        let before = pieces[..<index].filter { !$0.text.allSatisfy(\.isWhitespace) }
        if let word = before.last, word.isWord, beforeObtained.contains(word.text.lowercased()) { return true }
        guard before.last?.text == ",", let open = before.lastIndex(where: { $0.text == "(" }),
              !before[open...].contains(where: { $0.text == ")" || $0.text == ":" || ($0.isWord && $0.text.first?.isUppercase == true) })
        else { return false }
        return true
    }

    /// The first piece after `index` that is not a space.
    private static func nextPiece(after index: Int, in pieces: [Piece]) -> Piece? {
        pieces[(index + 1)...].first { !$0.text.allSatisfy(\.isWhitespace) }
    }

    /// The toned form of the words from piece `index` when they fold to one of `list`: how many
    /// pieces it replaces, and the form, capitalised as the first word typed.
    private static func phrase(at index: Int, in pieces: [Piece], from list: [(toned: String, folded: [String])],
                               anyCase: Bool) -> (length: Int, toned: String)? {
        guard pieces[index].isWord, index == 0 || !pieces[index - 1].isWord else { return nil }
        for (toned, words) in list {
            var position = index
            var matched = true
            for (offset, word) in words.enumerated() {
                if offset > 0 {
                    guard position < pieces.count, pieces[position].text == " " else { matched = false; break }
                    position += 1
                }
                guard position < pieces.count, pieces[position].isWord, isUnmarked(pieces[position].text),
                      anyCase || pieces[position].text == pieces[position].text.lowercased() || isAllCaps(pieces[position].text),
                      fold(pieces[position].text) == word else { matched = false; break }
                position += 1
            }
            // A word of letters or "/" after it makes another word ("d/c" is one word; "om" is not "ombre").
            if matched, position == pieces.count || !pieces[position].isWord {
                // A reason typed in capitals ("OM") is read as in lower case ("ốm"), as the names' reasons are.
                return (position - index, anyCase ? cased(toned, like: pieces[index].text) : toned)
            }
        }
        return nil
    }

    /// `toned` with a capital first letter when `typed` has one.
    private static func cased(_ toned: String, like typed: Substring) -> String {
        guard typed.first?.isUppercase == true, let first = toned.first else { return toned }
        return first.uppercased() + toned.dropFirst()
    }

    /// Replaces `length` pieces from `index` with one word, `text`.
    private static func replace(_ pieces: inout [Piece], at index: Int, length: Int, with text: String) {
        pieces.replaceSubrange(index..<(index + length), with: [Piece(text: Substring(text), isWord: true)])
    }

    /// True when `word` is two letters or more, all capitals ("OM", "DI HOC"'s words).
    private static func isAllCaps(_ word: Substring) -> Bool {
        word.count >= 2 && word == word.uppercased()
    }

    /// True when `word` has no letter beyond ASCII: typed without marks ("Hung", not "Hùng").
    static func isUnmarked<Text: StringProtocol>(_ word: Text) -> Bool {
        word.unicodeScalars.allSatisfy(\.isASCII)
    }

    /// `line` cut into words (letters, and "/" inside one: "d/c") and the rest, one character at a time.
    private static func pieces(of line: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = line[...]
        while let first = rest.first {
            if first.isLetter {
                var end = rest.startIndex
                while end < rest.endIndex, rest[end].isLetter
                    || (rest[end] == "/" && rest.index(after: end) < rest.endIndex && rest[rest.index(after: end)].isLetter) {
                    end = rest.index(after: end)
                }
                pieces.append(Piece(text: rest[..<end], isWord: true))
                rest = rest[end...]
            } else {
                pieces.append(Piece(text: rest.prefix(1), isWord: false))
                rest = rest.dropFirst()
            }
        }
        return pieces
    }
}
