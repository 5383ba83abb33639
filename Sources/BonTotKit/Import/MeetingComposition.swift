import Foundation

/// The chair and the recorder a composition line names ("Thành phần: đồng chí Nguyễn Văn Long –
/// Bí thư chi bộ chủ trì; đồng chí Lê Thị Hoa – thư ký."), or the list under "Thành phần:" alone
/// on its line, or a sentence before the body starting with one of them ("Đồng chí Trần Minh Tuấn
/// – Bí thư chi bộ chủ trì hội nghị; đồng chí Trần Văn Tài – chi ủy viên làm thư ký."). Its parts,
/// parted by ";" or by a comma or "và" before "đồng chí", each name one person ("đồng chí …", or a name
/// first), and end with what they did: "chủ trì" for the chair, "thư ký" or "ghi biên bản" for
/// the recorder. A part about a guest ("dự và chỉ đạo", "đại biểu", "khách mời") or one absent
/// ("vắng") names neither. Read only when no line labels them ("Chủ trì: …").
struct MeetingComposition: Equatable {
    var chair: String?
    var recorder: String?

    /// How many lines under "Thành phần:" alone may list the people.
    private static let listed = 12

    /// The chair and recorder of the minutes' `lines`, whose body starts at `body` (a sentence
    /// naming them is read only above it).
    init(lines: [String], body: Int) {
        for (index, line) in lines.enumerated() {
            var parts: [String]
            if let match = line.firstMatch(of: Patterns.label) {
                let rest = String(line[match.range.upperBound...])
                if rest.trimmingCharacters(in: .whitespaces).isEmpty {
                    // "Thành phần:" over "- Đồng chí Nguyễn Văn Long – Bí thư chi bộ, chủ trì", …
                    parts = Array(lines[(index + 1)...].prefix(Self.listed).prefix { $0.firstMatch(of: Patterns.listItem) != nil })
                } else {
                    parts = Self.parts(of: rest)
                }
            } else if index < body, line.firstMatch(of: Patterns.sentence) != nil {
                parts = Self.parts(of: line)
            } else {
                continue
            }
            for part in parts {
                guard let (person, role) = Self.role(in: part) else { continue }
                if role == .chair, chair == nil { chair = person }
                if role == .recorder, recorder == nil { recorder = person }
            }
            if chair != nil, recorder != nil { return }
        }
    }

    /// The parts of `text` naming one person each: parted by ";", and by a comma or "và" before a
    /// title ("… chủ trì, đồng chí Lê Thị Hoa – Phó Bí thư ghi biên bản", "… chủ trì và đồng chí …").
    private static func parts(of text: String) -> [String] {
        text.split(separator: ";").flatMap { $0.split(separator: Patterns.commaBeforeTitle) }.map(String.init)
    }

    private enum Role { case chair, recorder }

    /// The person a part names and what they did, when the part says they chaired or recorded.
    private static func role(in part: String) -> (String, Role)? {
        let text = part.replacing(/^\s*[-+•–]\s*/, with: "")
        guard text.firstMatch(of: Patterns.notOfTheMeeting) == nil else { return nil }
        let chars = Array(text)
        let tokens = AttendanceToken.tokens(of: chars)
        // The name: after a title, or first in the part.
        let first = tokens.firstIndex { $0.kind == .title } ?? 0
        guard first < tokens.count, tokens[first].kind == .title || first == 0,
              let name = AbsenteeList.startsName(at: first, in: tokens, chars: chars), name.titled || name.words >= 2,
              let person = MinutesFacts.person(String(chars[tokens[first].range.lowerBound..<tokens[name.end - 1].range.upperBound]))
        else { return nil }
        let after = name.end < tokens.count ? String(chars[tokens[name.end].range.lowerBound...]) : ""
        if after.firstMatch(of: Patterns.chair) != nil { return (person, .chair) }
        if after.firstMatch(of: Patterns.recorder) != nil { return (person, .recorder) }
        return nil
    }
}

/// The wording of a composition line.
private enum Patterns {
    /// "Thành phần:", "I. Thành phần dự họp:", "- Thành phần tham dự:".
    nonisolated(unsafe) static let label =
        /^\s*(?:[-+•–]|(?:\d{1,2}|[a-zđ]|[IVX]{1,4})\s*[.)\/])?\s*thành phần[^:]{0,20}:/.ignoresCase()
    /// A sentence starting with a person: "Đồng chí Trần Minh Tuấn – Bí thư chi bộ chủ trì hội nghị; …".
    nonisolated(unsafe) static let sentence = /^\s*[-+•–]?\s*(?:đồng chí|đ\/c)\s/.ignoresCase()
    /// ", đồng chí", ", đ/c", " và đồng chí": a comma or "và" before the next person.
    nonisolated(unsafe) static let commaBeforeTitle = /(?:,|\s+và)\s*(?=(?:đồng chí|đ\/c)\s)/.ignoresCase()
    /// A line of the list under "Thành phần:" alone: a list mark or a title first.
    nonisolated(unsafe) static let listItem = /^\s*(?:[-+•–]|đồng chí\s|đ\/c\s)/.ignoresCase()
    /// A guest's part, or one absent: "dự và chỉ đạo", "đại biểu", "vắng"; not a member "dự bị" (on probation).
    nonisolated(unsafe) static let notOfTheMeeting =
        /(?:^|\P{L})(?:dự(?!\s+bị)|chỉ đạo|đại biểu|khách mời|mời|cấp trên|vắng)(?!\p{L})/.ignoresCase()
    /// "chủ trì", "chủ trì hội nghị", "chủ tọa" ending the part; not "chủ trì đề nghị …".
    nonisolated(unsafe) static let chair =
        /(?:^|\P{L})chủ (?:trì|tọa|toạ)(?:\s+(?:hội nghị|cuộc họp|buổi họp|buổi sinh hoạt|phiên họp))?[\s.,;:)]*$/.ignoresCase()
    /// "– thư ký", "ghi biên bản" ending the part; not the "Thư ký UBND phường" of an office.
    nonisolated(unsafe) static let recorder =
        /(?:^|\P{L})(?:thư ký|ghi biên bản)(?:\s+(?:hội nghị|cuộc họp|buổi họp|buổi sinh hoạt|phiên họp))?[\s.,;:)]*$/.ignoresCase()
}
