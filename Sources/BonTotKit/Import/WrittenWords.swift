/// A part of a line read with some of its words rewritten (counts or dates in words as figures),
/// taken back to the words the line writes: a rewrite the part touches is quoted whole, as written.
enum WrittenWords {
    /// The part `range` of `written`, which is `line` with each of `rewrites` (its place in `line`,
    /// in order, and the text put there) applied, as `line` writes it.
    static func words(of range: Range<String.Index>, in written: String, from line: String,
                      rewrites: [(range: Range<String.Index>, figures: String)]) -> String {
        let start = written.utf8.distance(from: written.startIndex, to: range.lowerBound)
        let end = written.utf8.distance(from: written.startIndex, to: range.upperBound)
        var lower: Int?, upper: Int?
        // How much longer `line` is than `written` before the rewrite at hand.
        var shift = 0
        for (words, figures) in rewrites {
            let wordsStart = line.utf8.distance(from: line.startIndex, to: words.lowerBound)
            let wordsEnd = line.utf8.distance(from: line.startIndex, to: words.upperBound)
            let figuresStart = wordsStart - shift
            let figuresEnd = figuresStart + figures.utf8.count
            if lower == nil, start < figuresEnd { lower = start < figuresStart ? start + shift : wordsStart }
            if upper == nil, end <= figuresEnd { upper = end <= figuresStart ? end + shift : wordsEnd }
            shift = wordsEnd - figuresEnd
        }
        let bytes = Array(line.utf8)
        let from = min(max(0, lower ?? start + shift), bytes.count)
        let to = min(max(from, upper ?? end + shift), bytes.count)
        return String(decoding: bytes[from..<to], as: UTF8.self)
    }
}
