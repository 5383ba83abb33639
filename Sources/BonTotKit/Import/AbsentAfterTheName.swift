/// "đ/c Nguyễn Thị Lan vắng có lý do (ốm), đ/c Trần Văn Hùng vắng không lý do": each of the
/// absent counted before, named with "vắng" and the reason label after the name, rewritten as the
/// attendance grammar reads a name's own reason (`AttendanceClause`): "đ/c Nguyễn Thị Lan (ốm), đ/c
/// Trần Văn Hùng - không lý do". Only after the absent's count ("vắng 02 đồng chí: …"), so that
/// the clause still opens at its "vắng".
enum AbsentAfterTheName {
    /// A capitalised name's last word, "vắng" ("vắng mặt"), the label, and what brings the reason.
    nonisolated(unsafe) private static let labelled =
        /(\p{Lu}\p{L}*)\s+vắng(?:\s+mặt)?\s+(?:(có\s+lý\s+do)\s*(\(|:\s*)|(không\s+(?:có\s+)?lý\s+do)(?!\s*:))/

    /// `text` with each name's "vắng có lý do (…)" as "(…)", "vắng có lý do: …" as "- …", and
    /// "vắng không lý do" as "- không lý do", after the first "vắng" and a count.
    static func rewritten(_ text: String) -> String {
        guard let first = text.firstMatch(of: /(?i)vắng(?:\s+mặt)?\s*:?\s*\d/) else { return text }
        let head = text[..<first.range.upperBound]
        let rest = text[first.range.upperBound...].replacing(labelled) { match in
            let name = match.output.1
            if match.output.2 != nil { return name + (match.output.3 == "(" ? " (" : " - ") }
            return name + " - " + (match.output.4 ?? "")
        }
        return String(head) + rest
    }
}
