import Foundation

/// A file name as a file manager names a copy: Windows ("x - Copy", "x - Copy (2)", "Copy of
/// x", "x (1)"), Windows set to Vietnamese ("x - Bản sao", "Bản sao của x") and macOS ("x
/// copy", "x copy 2"). The name without those words is the name of the file copied.
enum CopyName {
    /// The stem of the file that `stem` names a copy of, nil when `stem` is no copy's name. The
    /// words are taken off until none is left ("Copy of x - Copy" copies `x`).
    static func original(of stem: String) -> String? {
        // Every copy's name has a space or a bracket, which no slug has: most names stop here.
        guard stem.utf8.contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "(") }) else { return nil }
        var name = stem.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
        var found = false
        while let shorter = once(name), !shorter.isEmpty {
            name = shorter
            found = true
        }
        return found ? name : nil
    }

    /// `name` with one copy's words taken off, nil when it has none.
    private static func once(_ name: String) -> String? {
        for pattern in patterns {
            guard let match = name.wholeMatch(of: pattern) else { continue }
            return String(match.output[match.output.count - 1].substring ?? "").trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// Each pattern's last capture is the name without the copy's words.
    nonisolated(unsafe) private static let patterns: [Regex<AnyRegexOutput>] = [
        // "x - Copy", "x - Copy (2)", "x - Bản sao", "x- Bản sao (3)"
        try! Regex(#"(?i)(.+?)\s*-\s*(?:copy|bản sao)(?:\s*\(\d{1,3}\))?"#),
        // "Copy of x", "Copy (2) of x", "Bản sao của x"
        try! Regex(#"(?i)(?:copy(?:\s*\(\d{1,3}\))?\s+of|bản sao(?:\s*\(\d{1,3}\))?\s+của)\s+(.+)"#),
        // "x (1)", "x(1)" (Firefox); not "x (2024)", a year
        try! Regex(#"(?i)(.+?)\s*\(\d{1,3}\)"#),
        // "x copy", "x copy 2"
        try! Regex(#"(?i)(.+?)\s+copy(?:\s+\d+)?"#),
    ]
}
