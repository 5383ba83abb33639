/// A line of the minutes as a message quotes it: whole up to `limit` characters, else cut at the
/// last space before the limit, so that no word is cut in two ("… chi bộ đã ra quân phát…", not
/// "… phát q…"), the marks the cut leaves at the end left out, and "…" after it.
enum QuotedLine {
    /// `line` cut to at most `limit` characters, "…" included.
    static func cut(_ line: String, limit: Int = 70) -> String {
        guard line.count > limit, limit > 1 else { return line }
        var kept = line.prefix(limit - 1)
        let next = line[kept.endIndex]
        // A word running past the limit is left out whole, unless it is the only one.
        if !next.isWhitespace, let space = kept.lastIndex(where: \.isWhitespace), space > kept.startIndex {
            kept = kept[..<space]
        }
        while let last = kept.last, last.isWhitespace || ",;:–-(".contains(last) { kept = kept.dropLast() }
        return String(kept) + "…"
    }
}
