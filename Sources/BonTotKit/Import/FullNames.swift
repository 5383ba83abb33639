/// A member's full name as a clerk writes it with no "đồng chí" before it ("Nguyễn Thị Lan",
/// "Trần Văn Hùng", "Lê Hoa", typed without marks "Nguyen Van Lan"): a Vietnamese surname, then one to three capitalised words; not a
/// place that opens with a word that is a surname too ("Hà Nội", "Cao Bằng", "Hồ Chí Minh":
/// `PlaceWords`), nor an organisation ("Đoàn Thanh Niên").
enum FullNames {
    /// The surnames, in lower case: the common ones, which most members bear.
    private static let surnames: Set<String> = [
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương",
        "lý", "đào", "đoàn", "vương", "trịnh", "trương", "lâm", "phùng", "mai", "tô", "hà", "tạ", "cao", "lương", "đinh",
        "la", "lưu", "quách", "thái", "châu", "kiều", "triệu", "đàm", "tăng", "khổng", "nông", "lò", "lục", "hứa",
        "mạc", "từ", "đồng", "thân", "doãn", "chu", "nghiêm", "diệp", "âu", "tôn", "khúc", "lã", "lữ", "ninh", "tống",
        "hầu", "bế", "lại", "cù", "giáp", "mẫn", "ông", "vi",
    ]

    /// The surnames typed without tone marks ("Nguyen", "Tran", "Le"), read in a name typed with none.
    private static let tonelessSurnames = Set(surnames.map(TonelessWords.fold))

    /// Organisations, in lower case, that open with a surname and are no one's name (places are `PlaceWords`').
    private static let notNames: Set<String> = [
        "đoàn thanh niên", "đoàn xã", "đoàn thôn", "đoàn phường", "đoàn khối", "đoàn trường", "đoàn huyện", "đoàn tỉnh",
    ]

    /// True when `text` is an organisation that opens with a surname ("Đoàn Khối"): no one's
    /// name, full or given ("Vắng: Đoàn Khối" named someone).
    static func namesAnOrganisation(_ text: String) -> Bool {
        notNames.contains(text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    /// True when a full name starts at `index` of `tokens`, with no title before it.
    static func starts(at index: Int, in tokens: [AttendanceToken], chars: [Character]) -> Bool {
        guard let name = AbsenteeList.startsName(at: index, in: tokens, chars: chars), !name.titled else { return false }
        return isFullName(tokens[index..<name.end].map { String(chars[$0.range]) })
    }

    /// True when `words` (two to four capitalised words) are a full name: a surname first.
    static func isFullName(_ words: [String]) -> Bool {
        let toneless = words.allSatisfy(TonelessWords.isUnmarked)
        guard (2...4).contains(words.count), let first = words.first,
              surnames.contains(first.lowercased()) || (toneless && tonelessSurnames.contains(first.lowercased())),
              words.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        let text = words.joined(separator: " ")
        return !namesAnOrganisation(text) && !PlaceWords.namesAPlace(text)
    }
}
