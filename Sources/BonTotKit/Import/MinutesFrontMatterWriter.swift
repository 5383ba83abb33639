/// Writes the front matter of an imported minutes file from what the document said: each field
/// found on its own line, each field not found as a comment the editor fills in, with the line
/// it stands on so the import can point at it. Attendance not found is the comment in the form
/// `bontot new minutes` writes (`Skeleton.minutes`), `# attendance: { present: …, expected: … }`
/// with the figure the document gave, if one: removing '#' and filling the figures is all. What
/// the document says of the attendance that no field holds (a reason given without a name, an
/// absent count the counts by reason do not make) is a comment at the end of the attendance line.
struct MinutesFrontMatterWriter {
    /// A field the document did not give, and the line of its comment in the file.
    struct Missing: Equatable {
        var field: String
        var line: Int
        var hint: String
    }

    private(set) var lines: [String] = ["---"]
    private(set) var filled: [String] = []
    private(set) var missing: [Missing] = []
    /// The line of each field written, counting the opening `---` as line 1.
    private(set) var fieldLines: [String: Int] = [:]

    init(facts: MinutesFacts, branch: String, kind: MeetingKind, date: CalendarDate) {
        add("branch", branch)
        add("date", date.description)
        add("kind", kind.rawValue)
        field("topic", facts.topic.map { Self.scalar($0) }, hint: "chuyên đề / nội dung trọng tâm")
        field("chair", facts.chair.map { Self.scalar($0) }, hint: "Chủ trì: …")
        field("recorder", facts.recorder.map { Self.scalar($0) }, hint: "Thư ký: …")
        field("start", facts.start.map { "\"\($0)\"" }, hint: "ví dụ: Thời gian: 19 giờ 30 phút, ngày …")
        field("end", facts.end.map { "\"\($0)\"" }, hint: "ví dụ: kết thúc vào lúc 21 giờ 15 phút")
        if let present = facts.present, let expected = facts.expected {
            var parts = ["present: \(present)", "expected: \(expected)"]
            if let excused = facts.excused { parts.append("excused: \(excused)") }
            if let unexcused = facts.unexcused { parts.append("unexcused: \(unexcused)") }
            add("attendance", "{ \(parts.joined(separator: ", ")) }" + (Self.attendanceNote(facts).map { "   # " + $0 } ?? ""))
        } else {
            let form = "{ present: \(facts.present.map(String.init) ?? "…"), expected: \(facts.expected.map(String.init) ?? "…") }"
            field("attendance", nil, hint: "ví dụ: Tổng số đảng viên: 28; có mặt: 25; vắng: 03 (có lý do: 02)",
                  form: form + "    # có mặt, phải dự (không tính người miễn sinh hoạt)" + (Self.attendanceNote(facts).map { "; " + $0 } ?? ""))
        }
        if !facts.absent.isEmpty {
            addList("absent", facts.absent.map { absentee in
                "{ name: \(Self.scalar(absentee.name, flow: true))" + (absentee.reason.map { ", reason: \(Self.scalar($0, flow: true))" } ?? "") + " }"
            })
        }
        if let speakers = facts.speakers { add("speakers", String(speakers)) }
        if !facts.guests.isEmpty { addList("guests", facts.guests.map { Self.scalar($0) }) }
        if facts.resolutions.isEmpty {
            field("resolutions", nil, hint: "các ý dưới mục \"Nghị quyết\" hoặc \"Kết luận\"")
        } else {
            addList("resolutions", facts.resolutions.map { resolution in
                guard let due = resolution.due else { return Self.scalar(resolution.text) }
                return "{ text: \(Self.scalar(resolution.text, flow: true)), due: \(due) }"
            })
        }
        lines.append("---")
    }

    /// What the document says of the attendance that no field holds, for a comment on its line:
    /// the absent's count when the counts by reason do not make it ("số vắng theo biên bản: 1"),
    /// the reasons given without a name ("lý do vắng (không ghi tên): ốm").
    private static func attendanceNote(_ facts: MinutesFacts) -> String? {
        var notes: [String] = []
        // The absent's count, when the counts by reason written do not make it.
        if let absentCount = facts.absentCount, facts.excused != nil || facts.unexcused != nil,
           (facts.excused ?? 0) + (facts.unexcused ?? 0) != absentCount {
            notes.append("số vắng theo biên bản: \(absentCount)")
        }
        if !facts.reasonsWithoutNames.isEmpty {
            notes.append("lý do vắng (không ghi tên): " + facts.reasonsWithoutNames.joined(separator: "; "))
        }
        return notes.isEmpty ? nil : notes.joined(separator: "; ")
    }

    /// The front matter's text, with its closing `---`.
    var text: String { lines.joined(separator: "\n") + "\n" }

    private mutating func add(_ key: String, _ value: String) {
        lines.append("\(key): \(value)")
        filled.append(key)
        fieldLines[key] = lines.count
    }

    private mutating func addList(_ key: String, _ items: [String]) {
        lines.append("\(key):")
        fieldLines[key] = lines.count
        lines += items.map { "  - \($0)" }
        filled.append(key)
    }

    /// The field `key` with `value`, or without one the comment `# key:`, followed by `form`
    /// when given (the value's shape for the editor to complete); `hint` is the wording the
    /// document was searched for, which the import's warning quotes.
    private mutating func field(_ key: String, _ value: String?, hint: String, form: String? = nil) {
        if let value { return add(key, value) }
        lines.append("# \(key):" + (form.map { " " + $0 } ?? ""))
        missing.append(Missing(field: key, line: lines.count, hint: hint))
    }

    /// A YAML scalar: plain where YAML reads it back as the same text, else double-quoted.
    /// `flow` for a value inside `{ }`, where a comma ends it.
    static func scalar(_ text: String, flow: Bool = false) -> String {
        let leading: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]
        let risky = text.isEmpty || text.first!.isWhitespace || text.last!.isWhitespace || leading.contains(text.first!)
            || text.contains(": ") || text.hasSuffix(":") || text.contains(" #") || text.contains("\"")
            || (flow && text.contains(where: { ",{}[]".contains($0) }))
            || text.first!.isNumber || ["yes", "no", "true", "false", "null", "on", "off", "~"].contains(text.lowercased())
        guard risky else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
