import Foundation

/// A file name as a file manager names a copy: Windows ("x - Copy", "x - Copy (2)", "Copy of
/// x", "x (1)"), Windows set to Vietnamese ("x - Bản sao", "Bản sao của x") and macOS ("x
/// copy", "x copy 2"); and as a clerk types one by hand: "x_copy", "x-copy", "x (bản sao)",
/// "x - Sao chép", "x_ban_sao". The name without those words is the name of the file copied.
enum CopyName {
    /// The stem of the file that `stem` names a copy of, nil when `stem` is no copy's name. The
    /// words are taken off until none is left ("Copy of x - Copy" copies `x`).
    static func original(of stem: String) -> String? {
        // Every copy's name has a space, a bracket or a "-" or "_" before its copy's words.
        guard stem.utf8.contains(where: { [UInt8(ascii: " "), UInt8(ascii: "("), UInt8(ascii: "-"), UInt8(ascii: "_")].contains($0) })
        else { return nil }
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

    /// The words naming a copy, written with or without diacritics, their words parted by a
    /// space, "-" or "_": "copy", "bản sao", "sao chép".
    private static let words = #"(?:copy|b[aả]n[\s_-]*sao|sao[\s_-]*ch[eé]p)"#

    /// Each pattern's last capture is the name without the copy's words.
    nonisolated(unsafe) private static let patterns: [Regex<AnyRegexOutput>] = [
        // "x - Copy", "x - Copy (2)", "x - Bản sao", "x- Bản sao (3)", "x - Sao chép", "x copy",
        // "x copy 2" (macOS), "x_copy", "x-copy", "x_ban_sao", "x-sao-chep-2"
        try! Regex(#"(?i)(.+?)(?:\s*[-_]\s*|\s+)"# + words + #"(?:\s*\(\d{1,3}\)|[\s_-]*\d{1,3})?"#),
        // "x (bản sao)", "x (Copy)", "x(sao chép 2)"
        try! Regex(#"(?i)(.+?)\s*\(\s*"# + words + #"(?:[\s_-]*\d{1,3})?\s*\)"#),
        // "Copy of x", "Copy (2) of x", "Bản sao của x"
        try! Regex(#"(?i)(?:copy(?:\s*\(\d{1,3}\))?\s+of|bản sao(?:\s*\(\d{1,3}\))?\s+của)\s+(.+)"#),
        // "x (1)", "x(1)" (Firefox); not "x (2024)", a year
        try! Regex(#"(?i)(.+?)\s*\(\d{1,3}\)"#),
    ]
}
