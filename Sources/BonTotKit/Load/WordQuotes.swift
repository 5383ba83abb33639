/// Word's curly quotes (“…”, ‘…’), which Word's AutoFormat puts where a clerk types straight
/// ones: YAML does not take them for quotes, so `date: “2024-09-05”` is a text of twelve
/// letters. Around a value with one meaning (a day, an hour) they can only be meant as quotes.
enum WordQuotes {
    /// The text inside a pair of curly quotes wrapping the whole of `text`, or nil.
    static func inside(_ text: String) -> String? {
        guard text.count > 2, let first = text.first, let last = text.last,
              first == "“" && last == "”" || first == "‘" && last == "’" else { return nil }
        return String(text.dropFirst().dropLast())
    }
}
