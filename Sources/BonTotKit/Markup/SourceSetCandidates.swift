/// The candidates of a `srcset` (`media/anh-nho.jpg 480w, media/anh.jpg 2x`), split as a
/// browser splits them (HTML's "parse a srcset attribute"): commas and spaces between them,
/// each an address up to a space, then a descriptor up to the next comma (one in brackets
/// kept whole); commas ending an address are not part of it, and end its candidate.
enum SourceSetCandidates {
    /// Where each candidate's address is written in `html`, within the attribute's `value`, in order.
    static func addresses(in html: String, value: Range<String.Index>) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var index = value.lowerBound
        func skip(while condition: (Character) -> Bool) {
            while index < value.upperBound, condition(html[index]) { index = html.index(after: index) }
        }
        while true {
            skip { $0.isWhitespace || $0 == "," }
            guard index < value.upperBound else { break }
            let start = index
            skip { !$0.isWhitespace }
            var end = index
            while end > start, html[html.index(before: end)] == "," { end = html.index(before: end) }
            found.append(start..<end)
            guard end == index else { continue }
            var brackets = 0
            skip { character in
                if character == "(" { brackets += 1 } else if character == ")" { brackets = max(0, brackets - 1) }
                return character != "," || brackets > 0
            }
        }
        return found
    }
}
