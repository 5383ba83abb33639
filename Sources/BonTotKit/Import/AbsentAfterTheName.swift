import Foundation

/// "đ/c Nguyễn Thị Lan vắng có lý do (ốm), đ/c Trần Văn Hùng vắng không lý do": each of the
/// absent counted before, named with "vắng" and the reason label after the name, rewritten as the
/// attendance grammar reads a name's own reason (`AttendanceClause`): "đ/c Nguyễn Thị Lan (ốm), đ/c
/// Trần Văn Hùng - không lý do". Only after the absent's count ("vắng 02 đồng chí: …"), so that
/// the clause still opens at its "vắng"; a line of such names alone, under a table of the counts,
/// is rewritten as lines labelled by reason (`labelledLine`). With no count, titled names before
/// the first "vắng" are put after it (`namedBeforeAbsent`: "đ/c Lan vắng có lý do chính đáng").
enum AbsentAfterTheName {
    /// A capitalised name's last word, "vắng" ("vắng mặt"), the label ("có lý do", "có lý do chính
    /// đáng"), and what brings the reason (none when a mark or the end follows the label).
    nonisolated(unsafe) private static let labelled =
        /(\p{Lu}\p{L}*)\s+vắng(?:\s+mặt)?\s+(?:(có\s+lý\s+do(?:\s+chính\s+đáng)?)(?:\s*(\(|:\s*)|(?=\s*(?:[,;.)]|$)))|(không\s+(?:có\s+)?lý\s+do)(?!\s*:))/

    /// `text` with each name's "vắng có lý do (…)" as "(…)", "vắng có lý do: …" as "- …", a bare
    /// "vắng có lý do" as "(có lý do)" ("vắng có lý do chính đáng" as "(có lý do chính đáng)"), and
    /// "vắng không lý do" as "- không lý do", after the first "vắng" and a count.
    static func rewritten(_ text: String) -> String {
        guard let first = text.firstMatch(of: /(?i)vắng(?:\s+mặt)?\s*:?\s*\d/) else { return namedBeforeAbsent(text) }
        return String(text[..<first.range.upperBound]) + relabelled(text[first.range.upperBound...])
    }

    /// `text` with each name's "vắng" and label as the name's own reason (`rewritten`).
    private static func relabelled(_ text: Substring) -> String {
        String(text.replacing(labelled) { match in
            let name = match.output.1
            if let label = match.output.2 {
                guard let brings = match.output.3 else { return name + " (" + label + ")" }
                return name + (brings == "(" ? " (" : " - ")
            }
            return name + " - " + (match.output.4 ?? "")
        })
    }

    /// A titled name opening a part of a line, "vắng" and the label, and the reason after them.
    nonisolated(unsafe) private static let namedFirst =
        /^\s*((?i:đồng\s+chí|đ\/c)\s+(?:\p{Lu}\p{L}*\s*)+?)\s+vắng(?:\s+mặt)?\s+((?i:có|không(?:\s+có)?)\s+lý\s+do)(\s+(?i:chính\s+đáng))?\s*(.*)$/

    /// "Đ/c Nguyễn Thị Lan vắng có lý do (ốm); đ/c Trần Văn Hùng vắng không lý do.", each part of
    /// the line a titled name, "vắng" and its reason label, as the lines labelled by reason
    /// `MinutesFacts.namedUnderCounts` reads: "vắng có lý do: Đ/c Nguyễn Thị Lan (ốm); vắng không
    /// lý do: đ/c Trần Văn Hùng"; nil unless every part is so.
    static func labelledLine(_ line: String) -> String? {
        let parts = MinutesFacts.clean(line).split(separator: ";")
        var labelled: [String] = []
        for part in parts {
            guard let match = part.firstMatch(of: namedFirst) else { return nil }
            let reason = MinutesFacts.clean(String(match.output.4)).trimmingCharacters(in: CharacterSet(charactersIn: ":-– "))
            // "chính đáng" is the label's, not a reason: the label, whole, is then the name's reason.
            let whole = match.output.3.map { " (\(match.output.2.lowercased())\($0.lowercased()))" } ?? ""
            let said = reason.isEmpty ? whole : reason.hasPrefix("(") ? " " + reason : " (" + reason + ")"
            labelled.append("vắng \(match.output.2.lowercased()): \(match.output.1)\(said)")
        }
        return labelled.isEmpty ? nil : labelled.joined(separator: "; ")
    }

    /// Titled names, then the first "vắng" of the text with no count after it: "đ/c Lan vắng có
    /// lý do chính đáng", "Đồng chí Lan vắng mặt có lý do chính đáng", "Đ/c Hùng, đ/c Hoa vắng có lý do".
    nonisolated(unsafe) private static let namesBeforeAbsent =
        /(?<lead>^|[;.,:]\s*)(?<names>(?:(?i:đồng\s+chí|đ\/c)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,4}(?:\s*,\s*|\s+và\s+)?)+?)\s+(?i:vắng)(?:\s+mặt)?(?!\p{L})(?!\s*:?\s*\d)/

    /// `text` with the titled names of the absent before their "vắng" put after it, as the
    /// attendance grammar reads the absent named with no count (`AttendanceClause`), their label
    /// as their reason (`rewritten`): "đ/c Lan vắng có lý do chính đáng" → "vắng: đ/c Lan (có lý do
    /// chính đáng)", one absent, excused (the label was read with no one to count), "Đ/c Bảy vắng (đi
    /// công tác)" → "vắng: Đ/c Bảy (đi công tác)"; unchanged when another "vắng" comes first.
    static func namedBeforeAbsent(_ text: String) -> String {
        guard let match = text.firstMatch(of: namesBeforeAbsent),
              !text[..<match.range.lowerBound].localizedCaseInsensitiveContains("vắng") else { return text }
        let names = match.output.names
        // The last name's label is its reason; else the names stand before what followed their "vắng".
        let spoken = text[names.startIndex...]
        let labelsTheNames = spoken.firstMatch(of: labelled).map { $0.range.lowerBound < match.range.upperBound } ?? false
        let after = labelsTheNames ? relabelled(spoken) : String(names) + relabelled(text[match.range.upperBound...])
        return String(text[..<match.range.lowerBound]) + match.output.lead + "vắng: " + after
    }
}
