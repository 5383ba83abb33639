import Foundation

/// Numbers and line breaks that bontot writes into SVG markup itself; every piece of text placed
/// in a chart goes through `MarkupText.escape`, since Mustache's escaping does not reach inside
/// `{{{svg}}}`.
enum ChartText {
    /// A coordinate in SVG syntax with at most one decimal (`12`, `12.5`), the same on every run.
    static func coordinate(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10, fraction = abs(tenths) % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// `text` broken between words into lines of at most `width` characters, e.g. a long branch
    /// name over a chart's bar, and no wider than `width` average ones by `ems` (a name in capitals
    /// ran past the chart's edge). A word wider than a line (a name of one word pasted from Word,
    /// an e-mail address) is broken within it, on a line of its own, where it ran past the edge too.
    static func lines(_ text: String, width: Int) -> [String] {
        let room = Double(width) * averageEms
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if word.count > width || ems(word) > room {
                if !line.isEmpty { lines.append(line) }
                var rest = word
                while rest.count > width || ems(rest) > room {
                    let piece = fitting(rest, width: width, room: room)
                    lines.append(String(piece))
                    rest = rest[piece.endIndex...]
                }
                line = String(rest)
            } else if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width, ems(line) + ems(" ") + ems(word) <= room {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `lines(text, width:)` kept to `most` lines: when the text takes more, the last one kept ends
    /// in "…" (the whole text is then for a `<title>`), and `shortened` is true.
    static func lines(_ text: String, width: Int, most: Int) -> (lines: [String], shortened: Bool) {
        let all = lines(text, width: width)
        guard all.count > most, most > 0 else { return (all, false) }
        var kept = Array(all.prefix(most))
        let room = Double(width) * averageEms
        var last = Substring(kept[most - 1])
        while !last.isEmpty, last.count + 1 > width || ems(last) + ems("…") > room { last = last.dropLast() }
        while last.last == " " { last = last.dropLast() }
        kept[most - 1] = last + "…"
        return (kept, true)
    }

    /// The width of an average character of a name in ems, as a line of `width` characters counts it.
    static let averageEms = 0.58

    /// The longest start of `text` (one character at least) of at most `width` characters and
    /// `room` ems.
    private static func fitting(_ text: Substring, width: Int, room: Double) -> Substring {
        var end = text.startIndex, used = 0.0, count = 0
        while end < text.endIndex, count < width {
            let next = used + ems(text[end])
            if next > room, count > 0 { break }
            used = next
            count += 1
            end = text.index(after: end)
        }
        return text[..<end]
    }

    /// About how wide `text` is drawn, in ems, erring wide: each glyph as in DejaVu Sans, the
    /// widest of the chart's typefaces.
    static func ems(_ text: some StringProtocol) -> Double {
        text.reduce(0) { $0 + ems($1) }
    }

    /// About how wide a character is drawn, in ems: a letter's by its base letter (`ệ` as `e`).
    static func ems(_ character: Character) -> Double {
        // The first scalar decomposed: `ệ` is `e` and its marks, one Character.
        let base = character.unicodeScalars.first.map { scalar in
            Character(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar)
        } ?? character
        switch base {
        case "i", "j", "l", "I", "J", ".", ",", ":", ";", "'", "!", "|": return 0.3
        case " ", "f", "r", "t", "/", "-", "(", ")", "[", "]": return 0.42
        case "m", "w", "M", "W", "@", "…": return 1.0
        case _ where base.isUppercase: return 0.78
        default: return 0.64
        }
    }
}
