/// One-word names of villages a clerk writes after the head of one ("Trưởng thôn Đông", "Trưởng
/// ấp Chợ", "Phó thôn Thượng"): the directions and places villages are called by. After a village
/// head such a word is the village, no member's name (`OfficeTitles`), though some are given names
/// too ("Đông", "Nam", "Trung"); with no name before the office, the minutes do not say who the
/// head is, and the word is told to the editor as unsure (`unsure`), never written as the member
/// whose given name it is (`MinutesFacts.takingKnownMembers`).
enum VillageNames {
    /// The words, in lower case.
    private static let words: Set<String> = [
        "đông", "tây", "nam", "bắc", "trung", "đoài", "thượng", "hạ", "giữa", "trong", "ngoài", "chợ", "đình", "chùa", "bến",
        "bãi", "trại", "mới", "cũ",
    ]

    /// `words` folded (`TonelessWords.fold`), as a village typed without tone marks is compared.
    private static let foldedWords = Set(words.map(TonelessWords.fold))

    /// True when `word` is a one-word village name, also typed without tone marks ("Dong", "Bac":
    /// `TonelessWords`), when it has none at all.
    static func isVillage<Word: StringProtocol>(_ word: Word) -> Bool {
        words.contains(word.lowercased())
            || (TonelessWords.isUnmarked(word) && foldedWords.contains(TonelessWords.fold(word)))
    }

    /// True when the capitalised `words` after a village head are a village: one such word
    /// ("Đông"), or two or three that are no full name ("Chợ Mới", "Bến Cũ", "Đông Hòa", "Bình
    /// Minh", "Tân Lập": those were written as a member; a village of two words is never a member's
    /// given name, so it is not `unsure`). "Trưởng ấp Nguyễn Văn Hùng" is Hùng, the head.
    static func isVillage(_ words: [Substring]) -> Bool {
        guard let first = words.first else { return false }
        return words.count == 1 ? isVillage(first) : words.count <= 3 && !FullNames.isFullName(words.map(String.init))
    }

    /// True when `name`, words after a village head, is a village (`isVillage`): "Đông", "Tân Lập";
    /// not a known place of two words or more ("Hà Đông", `PlaceWords`), asked about as a place.
    static func isVillage(name: String) -> Bool {
        let words = name.split(whereSeparator: \.isWhitespace)
        return isVillage(words) && (words.count == 1 || !PlaceWords.namesAPlace(name))
    }

    /// A village head, then one to three capitalised words ending there: "Trưởng thôn Đông" in
    /// "vắng 01 đồng chí: Trưởng thôn Đông (ốm)", "Trưởng thôn Tân Lập", "Trưởng thôn Đông và
    /// Trưởng thôn Nam", the words in `village`.
    nonisolated(unsafe) private static let headAndVillage =
        /(?:^|[(,:;]|đồng\s+chí\s|đ\/c\s|và\s)\s*(?i:phó\s+trưởng\s+thôn|trưởng\s+thôn|phó\s+thôn|trưởng\s+ấp|phó\s+ấp|trưởng\s+bản)\s+(?<village>\p{Lu}\p{L}*(?:[ ]+\p{Lu}\p{L}*){0,2})(?!\s*(?!và\s+(?i:phó|trưởng)\s)\p{L})/

    /// The villages (`isVillage`) in `text` after a village head with no name before it (after a mark,
    /// "đồng chí", "đ/c" or "và", not after a name and a dash, nor a titled name and a comma): whose head was absent, the minutes
    /// do not say by name.
    /// As `heads` read them (the absent's count chose: `AttendanceClause`): `apart`, a head after a
    /// titled name is unnamed too ("vắng 02 đồng chí: đ/c Lan, Trưởng thôn Đông (ốm)"); `afterAnyName`,
    /// one after any name and a comma is that name's office ("vắng 01 đồng chí: Hùng, Trưởng thôn Đông
    /// (ốm)": Hùng, asked for the head's name, would have been counted twice).
    /// Nor a head one of the `named` absent follows after a dash ("Trưởng thôn Đông - Nguyễn Văn Nam
    /// (ốm)": he is named), where a reason after it ("Trưởng thôn Đông - Ốm") leaves him unnamed.
    static func unsure(in text: String, heads: OfficeTitles.HeadsAfterNames = .afterTitledNames, named: [String] = []) -> [String] {
        // "đồng chí Nam, Trưởng thôn Đông (ốm)", "đ/c Nam (Trưởng thôn Đông)": the office of the name before it (`OfficeTitles`).
        // "vắng: Trưởng thôn Đông, đ/c Lan, Trưởng thôn Nam (ốm)": after a head with no name, one after a titled name is
        // another's too (`OfficeTitles.headsAVillageAfterAName`).
        var afterAHead = false
        return text.matches(of: headAndVillage).filter { match in
            let afterAName = heads == .afterAnyName && text[match.range].first == "," && OfficeTitles.followsAName(match.range.lowerBound, in: text)
            let unnamed = (afterAHead || heads == .apart || !OfficeTitles.followsATitledName(match.range.lowerBound, in: text)) && !afterAName
                && !namedAfterADash(match.range.upperBound, in: text, named: named)
                && !(text[match.range].first == "(" && OfficeTitles.followsAName(match.range.lowerBound, in: text))
            if unnamed, isVillage(name: String(match.output.village)) { afterAHead = true }
            return unnamed
        }
            .map { String($0.output.village) }.filter { isVillage(name: $0) }
    }

    /// True when a dash at `index` of `text` is followed by one of the `named` absent: "- Nguyễn Văn
    /// Nam (ốm)", not "- Ốm" nor "- Hà Nội" (the head was no longer asked for by name then).
    private static func namedAfterADash(_ index: String.Index, in text: String, named: [String]) -> Bool {
        let rest = text[index...].drop(while: \.isWhitespace)
        guard let dash = rest.first, "-–".contains(dash) else { return false }
        let after = rest.dropFirst().drop(while: \.isWhitespace)
        return named.contains { !$0.isEmpty && after.hasPrefix($0) }
    }
}
