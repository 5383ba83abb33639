/// The parts of a date, a time or a month written in ASCII (`2024-09-05`, `19:30`), split at the
/// bytes of the text: splitting a `String` at a character walks its graphemes, which made
/// reading the dates and times of every minutes a tenth of its decoding.
enum ASCIIParts {
    /// The parts of `text` between its `separator` bytes, empty ones kept, as
    /// `split(separator:omittingEmptySubsequences: false)` gives them; nil when `text` holds a
    /// byte outside ASCII, whose parts could then not all be numbers (`Int(_:)` reads ASCII
    /// digits only). In ASCII a part's bytes are its characters, so `utf8.count` is its length.
    static func split(_ text: String, at separator: Unicode.Scalar) -> [Substring]? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return text.utf8.split(separator: UInt8(ascii: separator), omittingEmptySubsequences: false).map { Substring($0) }
    }
}
