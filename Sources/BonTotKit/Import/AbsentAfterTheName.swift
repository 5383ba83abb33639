import Foundation

/// "đ/c Nguyễn Thị Lan vắng có lý do (ốm), đ/c Trần Văn Hùng vắng không lý do": each of the
/// absent counted before, named with "vắng" and the reason label after the name, rewritten as the
/// attendance grammar reads a name's own reason (`AttendanceClause`): "đ/c Nguyễn Thị Lan (ốm), đ/c
/// Trần Văn Hùng - không lý do". Only after the absent's count ("vắng 02 đồng chí: …"), so that
/// the clause still opens at its "vắng"; a line of such names alone, under a table of the counts,
/// is rewritten as lines labelled by reason (`labelledLine`).
enum AbsentAfterTheName {
    /// A capitalised name's last word, "vắng" ("vắng mặt"), the label, and what brings the reason
    /// (none when a mark or the end follows "có lý do").
    nonisolated(unsafe) private static let labelled =
        /(\p{Lu}\p{L}*)\s+vắng(?:\s+mặt)?\s+(?:(có\s+lý\s+do)(?:\s*(\(|:\s*)|(?=\s*(?:[,;.)]|$)))|(không\s+(?:có\s+)?lý\s+do)(?!\s*:))/

    /// `text` with each name's "vắng có lý do (…)" as "(…)", "vắng có lý do: …" as "- …", a bare
    /// "vắng có lý do" as "(có lý do)", and "vắng không lý do" as "- không lý do", after the first
    /// "vắng" and a count.
    static func rewritten(_ text: String) -> String {
        guard let first = text.firstMatch(of: /(?i)vắng(?:\s+mặt)?\s*:?\s*\d/) else { return text }
        let head = text[..<first.range.upperBound]
        let rest = text[first.range.upperBound...].replacing(labelled) { match in
            let name = match.output.1
            if match.output.2 != nil {
                guard let brings = match.output.3 else { return name + " (có lý do)" }
                return name + (brings == "(" ? " (" : " - ")
            }
            return name + " - " + (match.output.4 ?? "")
        }
        return String(head) + rest
    }

    /// A titled name opening a part of a line, "vắng" and the label, and the reason after them.
    nonisolated(unsafe) private static let namedFirst =
        /^\s*((?i:đồng\s+chí|đ\/c)\s+(?:\p{Lu}\p{L}*\s*)+?)\s+vắng(?:\s+mặt)?\s+((?i:có|không(?:\s+có)?)\s+lý\s+do)\s*(.*)$/

    /// "Đ/c Nguyễn Thị Lan vắng có lý do (ốm); đ/c Trần Văn Hùng vắng không lý do.", each part of
    /// the line a titled name, "vắng" and its reason label, as the lines labelled by reason
    /// `MinutesFacts.namedUnderCounts` reads: "vắng có lý do: Đ/c Nguyễn Thị Lan (ốm); vắng không
    /// lý do: đ/c Trần Văn Hùng"; nil unless every part is so.
    static func labelledLine(_ line: String) -> String? {
        let parts = MinutesFacts.clean(line).split(separator: ";")
        var labelled: [String] = []
        for part in parts {
            guard let match = part.firstMatch(of: namedFirst) else { return nil }
            let reason = MinutesFacts.clean(String(match.output.3)).trimmingCharacters(in: CharacterSet(charactersIn: ":-– "))
            let said = reason.isEmpty ? "" : reason.hasPrefix("(") ? " " + reason : " (" + reason + ")"
            labelled.append("vắng \(match.output.2.lowercased()): \(match.output.1)\(said)")
        }
        return labelled.isEmpty ? nil : labelled.joined(separator: "; ")
    }
}
