/// Counts of the attendance the minutes write in words, as figures: "vắng hai đồng chí" as
/// "vắng 2 đồng chí", "hai mươi hai (22) đồng chí" as "22 đồng chí" (the words before the figure
/// they spell out, as formal minutes write a count). Only words before "đồng chí", "đ/c" or
/// "đảng viên", or before a figure in brackets, are a count, and, without a unit, words after
/// "vắng", "có mặt" or "tổng số" or after a figure and its "/" that a mark, the line's end or a
/// reason follows ("vắng hai", "có mặt hai mươi tám/ba mươi", "vắng hai có lý do"); none
/// capitalised after a capitalised word, when they end a name ("đồng chí Hoàng Văn Năm đồng chí …").
enum CountInWords {
    /// The words of a count, "một" to "chín mươi chín": the digits, then the tens' words.
    private static let digits: [String: Int] = ["một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9]
    /// The units' words as they are said after a ten: "hai mươi mốt", "hai mươi tư", "mười lăm".
    private static let afterTen: [String: Int] = ["mốt": 1, "tư": 4, "lăm": 5]

    /// Up to three words of a count, then a figure in brackets or, ahead, the unit of a count, or
    /// (a count without its unit) a mark, the line's end or a reason.
    nonisolated(unsafe) private static let count =
        /(^|[^\p{L}\p{N}])((?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi)(?:\s+(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi)){0,2})(?:\s*\((\d{1,3})\)|(?=\s+(?:đồng chí|đ\/c|đảng viên)(?![\p{L}]))|(?=\s*(?:[\/,;.()]|\s[–-]\s|$))|(?=\s+(?:có|không)(?:\s+(?:có|rõ))?\s+(?:lý do|phép)(?!\p{L})))/
        .ignoresCase()

    /// What a count in words with no unit follows: "vắng", "có mặt", "tổng số (đảng viên)", with
    /// a colon; or a figure and its "/" ("28/ba mươi").
    nonisolated(unsafe) private static let bareCountAfter =
        /(?:(?:^|[^\p{L}])(?:vắng(?:\s+mặt)?|có\s+mặt|tổng\s+số(?:\s+đảng\s+viên)?)\s*:?\s*|\d\s*\/\s*)$/.ignoresCase()
    /// The unit of a count ahead: " đồng chí", " đ/c", " đảng viên".
    nonisolated(unsafe) private static let unitAhead = /\s+(?:đồng chí|đ\/c|đảng viên)(?![\p{L}])/.ignoresCase()

    /// `line` with its counts in words written as figures.
    static func figures(in line: String) -> String {
        rewritten(line).text
    }

    /// The part `range` of `counted`, the figures of `line` (`figures(in:)`), in the words `line`
    /// writes it with: "đi cùng hai đồng chí khác" for "đi cùng 2 đồng chí khác".
    static func words(of range: Range<String.Index>, in counted: String, from line: String) -> String {
        let rewrite = rewritten(line)
        guard rewrite.text == counted else { return String(counted[range]) }
        return WrittenWords.words(of: range, in: counted, from: line, rewrites: rewrite.rewrites)
    }

    /// `line` with its counts in words written as figures, and each count rewritten: its words'
    /// place in `line`, and the figures that stand for them.
    private static func rewritten(_ line: String) -> (text: String, rewrites: [(range: Range<String.Index>, figures: String)]) {
        guard line.firstMatch(of: count) != nil else { return (line, []) }
        var result = ""
        var rewrites: [(range: Range<String.Index>, figures: String)] = []
        var rest = line[...]
        while let match = rest.firstMatch(of: count) {
            let (_, before, words, figure) = match.output
            result += rest[..<match.range.lowerBound] + before
            let bare = figure == nil && rest[match.range.upperBound...].prefixMatch(of: unitAhead) == nil
            if let figure {
                result += figure
                rewrites.append((words.startIndex..<match.range.upperBound, String(figure)))
            } else if bare, String(result.suffix(40)).firstMatch(of: bareCountAfter) == nil {
                result += words
            } else if let value = value(of: words), !endsName(result, before: words) {
                result += String(value)
                rewrites.append((words.startIndex..<words.endIndex, String(value)))
            } else {
                result += words
            }
            rest = rest[match.range.upperBound...]
        }
        return (result + rest, rewrites)
    }

    /// The count `words` say ("hai mươi hai": 22), nil when they are not one ("mươi hai", "tư").
    static func value(of words: Substring) -> Int? {
        let words = words.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        guard let first = words.first else { return nil }
        var tens = 0
        var rest = words[...]
        if first == "mười" {
            tens = 1
            rest = rest.dropFirst()
        } else if let digit = digits[first], words.count > 1, words[1] == "mươi", digit > 1 {
            tens = digit
            rest = rest.dropFirst(2)
        }
        if rest.isEmpty { return tens > 0 ? tens * 10 : nil }
        guard rest.count == 1, let unit = rest.first.flatMap({ digits[$0] ?? (tens > 0 ? afterTen[$0] : nil) }) else { return nil }
        return tens * 10 + unit
    }

    /// True when `words`, capitalised, end the name `text` ends with ("Hoàng Văn Năm"): the word
    /// before them is capitalised and no mark parts them ("Vắng: Hai đồng chí" is a count).
    private static func endsName(_ text: String, before words: Substring) -> Bool {
        guard words.first?.isUppercase == true, let last = text.split(separator: " ").last,
              last.first?.isUppercase == true, last.last?.isLetter == true else { return false }
        return true
    }
}
