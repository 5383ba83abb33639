/// The chair and recorder as the signatures at the end of the minutes give them: a heading
/// "CHỦ TRÌ" or "THƯ KÝ" over the name, in a two-column table ("THƯ KÝ | CHỦ TRÌ" over the two
/// names, whose cells come as lines row by row), in paragraphs whose columns are parted by tabs
/// ("THƯ KÝ⇥⇥CHỦ TRÌ" over "Võ Thị Kiều⇥⇥Nguyễn Văn Long", read as the table's rows), or in
/// paragraphs of their own. Only the last lines are read (`window`); a line between a heading
/// and its name that is no name ("(Ký, ghi rõ họ tên)", "T/M CHI BỘ", "BÍ THƯ") is passed over.
/// When a heading gets no name, neither is read: which name goes with which heading is then a guess.
struct SignatureBlock {
    private(set) var chair: String?
    private(set) var recorder: String?

    /// How many lines from the end a signature may stand.
    static let window = 12

    private enum Role { case chair, recorder }

    /// Reads the signatures of `lines`, their tabs kept.
    init(lines: [String]) {
        let last = lines.suffix(Self.window).flatMap { line in
            line.split(separator: "\t").map { MinutesFacts.plainSpaces(String($0)).trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }
        guard let first = last.firstIndex(where: { Self.role(of: $0) != nil }) else { return }
        var pending: [Role] = []
        var found: [Role: String] = [:]
        for line in last[first...] {
            if let role = Self.role(of: line) {
                guard found[role] == nil, !pending.contains(role) else { return }
                pending.append(role)
            } else if !pending.isEmpty, let name = Self.name(line) {
                found[pending.removeFirst()] = name
            }
        }
        guard pending.isEmpty else { return }
        chair = found[.chair]
        recorder = found[.recorder]
    }

    /// The role a heading line gives ("CHỦ TRÌ", "CHỦ TỌA" as a conference's minutes sign,
    /// "THƯ KÝ", "NGƯỜI GHI BIÊN BẢN"), in any case.
    private static func role(of line: String) -> Role? {
        let words = line.uppercased().split(whereSeparator: { !$0.isLetter && $0 != "/" }).joined(separator: " ")
            .replacingOccurrences(of: "TOẠ", with: "TỌA").replacingOccurrences(of: "CHỦ TỌA", with: "CHỦ TRÌ")
        if ["CHỦ TRÌ", "NGƯỜI CHỦ TRÌ", "CHỦ TRÌ HỘI NGHỊ"].contains(words) { return .chair }
        if ["THƯ KÝ", "THƯ KÝ HỘI NGHỊ", "NGƯỜI GHI BIÊN BẢN"].contains(words) { return .recorder }
        return nil
    }

    /// The name a line holds alone ("Nguyễn Văn Long", "NGUYỄN VĂN LONG", "Đồng chí Nguyễn Văn
    /// Long"), or nil: a line with marks or figures, or an office ("BÍ THƯ", "T/M CHI BỘ").
    private static func name(_ line: String) -> String? {
        let text = line.replacingOccurrences(of: "*", with: "").trimmingCharacters(in: .whitespaces)
        guard !text.contains(where: { ":;,.()–-/".contains($0) || ($0.isASCII && $0.isNumber) }) else { return nil }
        let lower = " " + text.lowercased() + " "
        guard ![" bí thư ", " chi bộ ", " chi ủy ", " đảng ", " ủy viên ", " ký ", " biên bản ", " hội nghị ", " chủ trì ", " chủ tọa ", " chủ toạ ", " thư ký "]
            .contains(where: lower.contains) else { return nil }
        return MinutesFacts.person(text)
    }
}
