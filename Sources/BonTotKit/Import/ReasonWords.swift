/// The words a reason for missing a meeting is told by (`AttendanceClause`, `AbsenteeList`,
/// `SharedReason`): the usual reasons' words, the words opening one written with a capital, the
/// given names that are a reason's word too, the verbs no name begins with, and the words
/// saying something other than a reason.
enum ReasonWords {
    /// The words of the usual reasons for missing a meeting: illness, work, study, the family,
    /// travel, the weather, leave asked for.
    private static let reasonWords = [
        "ốm", "bệnh", "đau", "sốt", "cảm", "viện", "mổ", "phẫu thuật", "khám", "điều trị", "cấp cứu", "tai nạn", "sức khỏe",
        "sức khoẻ", "thai sản", "sinh con", "tuổi cao", "già yếu",
        "công tác", "tập huấn", "bồi dưỡng", "học", "thi", "họp", "hội nghị", "trực", "làm", "tăng ca", "việc", "bận",
        "gia đình", "đám", "giỗ", "cưới", "tang", "hiếu", "hỷ", "chăm", "trông", "con nhỏ", "đi xa", "ở xa", "vắng nhà",
        "về quê", "nghỉ", "phép", "mưa", "bão", "lũ",
    ]

    /// The words a reason is led by when a clerk writes it with a capital ("Đi viện", "Con ốm",
    /// "Việc riêng", "Công Tác"): verbs, kin, the first word of a usual reason; no family name.
    private static let reasonOpeners: Set<String> = [
        "đi", "đang", "về", "ở", "bị", "bận", "nằm", "nghỉ", "ốm", "bệnh", "đau", "sốt", "mổ", "khám", "điều", "cấp", "tai", "sức", "thai",
        "sinh", "tuổi", "già", "công", "tập", "bồi", "học", "thi", "họp", "hội", "trực", "làm", "việc", "gia", "nhà", "con",
        "vợ", "chồng", "mẹ", "bố", "cha", "cháu", "đám", "giỗ", "cưới", "chăm", "trông", "mưa", "bão", "lũ",
    ]

    /// True when `text`, written with capitals, is a reason and no name: its words name a reason
    /// and its first word opens one ("Đi viện", "Con Ốm", "Công Tác"; "Nguyễn Văn Hiếu", "Hiếu" are names).
    static func isCapitalisedReason(_ text: String) -> Bool {
        guard let first = text.split(whereSeparator: { !$0.isLetter }).first, reasonOpeners.contains(first.lowercased()),
              !isGivenNameLikeAReason(text) else { return false }
        return namesAReason(text)
    }

    /// Given names that are a reason's one word too: "(Thi)", "(Trực)", "(Học)", "(Hiếu)" alone, with a
    /// capital, name someone ("(Đi thi)", "(Trực)" in lower case, "(việc hiếu)" are reasons).
    private static let givenNamesLikeReasons: Set<String> = ["thi", "trực", "học", "hiếu"]

    /// The verbs no name begins with, which open what a clerk writes of where the absent are:
    /// "(Đi Hà Nội)", "(Đang Điều Trị)", "(Về Huế)".
    private static let verbsNoNameBegins: Set<String> = ["đi", "đang", "về", "bị", "nằm", "được", "ở"]

    /// True when the first word of `text` is one of `verbsNoNameBegins`: "Đi Hà Nội" names no one.
    static func opensWithAVerb(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter }).first.map { verbsNoNameBegins.contains($0.lowercased()) } ?? false
    }

    /// Given names that are a word saying something other than a reason too (`saysOtherThanAReason`):
    /// "Trong" typed without marks for "Trọng" ("vang 01 dong chi: Trong (om)"), not "Trong đó";
    /// "Nam" ("vắng 01 đồng chí: Nam (ốm)"), not "01 nam, 01 nữ".
    private static let givenNamesLikeOtherWords: Set<String> = ["trong", "nam"]

    /// True when `text` is one capitalised word of `givenNamesLikeOtherWords`: "Trong", "Nam", not "trong", "nam".
    static func isGivenNameLikeOtherWords(_ text: String) -> Bool {
        text.first?.isUppercase == true && givenNamesLikeOtherWords.contains(text.lowercased())
    }

    /// True when `text` is one capitalised word of `givenNamesLikeReasons`: "Thi", not "thi".
    static func isGivenNameLikeAReason(_ text: String) -> Bool {
        text.first?.isUppercase == true && givenNamesLikeReasons.contains(text.lowercased())
    }

    /// True when `text` says where the absent went or is, a place after a word of a journey:
    /// "đi Cao Lãnh", "về Hà Nội", "đang ở Hà Đông", "tại Đà Nẵng" (no reason's word, a reason still).
    static func namesAJourney(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { !$0.isLetter })
        guard let first = words.first, ["đi", "về", "ở", "tại", "đang"].contains(first.lowercased()), words.count >= 2 else { return false }
        return words.dropFirst().contains { $0.first?.isUppercase == true }
    }

    /// True when `reason` holds one of `reasonWords`, as whole words.
    static func namesAReason(_ reason: String) -> Bool {
        let words = " " + reason.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ") + " "
        return reasonWords.contains { words.contains(" \($0) ") }
    }

    /// True when `reason`, read as one with no reason label, may say something else: no reason,
    /// or who the absent were.
    static func saysOtherThanAReason(_ reason: String) -> Bool {
        let words = " " + reason.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ") + " "
        return [" lý do ", " không ", " chưa ", " rõ ", " phép ", " chi ủy ", " ủy viên ", " bí thư ", " dự bị ", " chính thức ", " nữ ",
                " nam ", " người ", " miễn ", " cả ", " đều ", " trong ", " gồm ", " là ", " số "].contains { words.contains($0) }
    }
}
