/// The offices a clerk writes before an absent member's name ("Thôn trưởng Hùng", "đồng chí Bí thư
/// Đoàn Minh", "đ/c Chủ tịch Hội Nông dân Lê Thị Lan"): words of the office, not of the name, left
/// out of an attendance clause before it is read (`AttendanceClause`). An office with no name after
/// it stays ("vắng 01 đồng chí (Bí thư chi bộ)").
enum OfficeTitles {
    /// The offices, in lower case, the longer before those they begin with.
    private static let titles: [String] = [
        "phó bí thư chi đoàn", "bí thư chi đoàn", "bí thư đoàn thanh niên", "bí thư đoàn xã", "bí thư đoàn",
        "phó bí thư chi bộ", "bí thư chi bộ", "phó bí thư", "bí thư",
        "chủ tịch hội liên hiệp phụ nữ", "chủ tịch hội phụ nữ", "chủ tịch hội nông dân", "chủ tịch hội cựu chiến binh",
        "chủ tịch hội người cao tuổi", "chủ tịch hội chữ thập đỏ", "chủ tịch hội khuyến học", "chủ tịch hội",
        "chi hội trưởng phụ nữ", "chi hội trưởng nông dân", "chi hội trưởng cựu chiến binh", "chi hội trưởng", "chi hội phó",
        "trưởng ban công tác mặt trận", "trưởng ban mặt trận", "trưởng ban", "phó trưởng thôn", "trưởng thôn", "thôn trưởng",
        "phó thôn", "trưởng ấp", "phó ấp", "ấp trưởng", "trưởng bản", "trưởng khu phố", "khu phố trưởng",
        "tổ trưởng tổ dân phố", "tổ trưởng", "tổ phó", "thôn đội trưởng", "xã đội trưởng", "công an viên", "chi ủy viên",
    ]

    /// "Thôn trưởng", "Bí thư Đoàn" and the like where a name may follow: at the start, after a
    /// mark, "đồng chí", "đ/c" or "và"; not inside a reason ("đi họp cùng Chủ tịch Hội Nông dân Tỉnh").
    nonisolated(unsafe) private static let pattern: Regex<AnyRegexOutput>? = {
        let words = titles.map { $0.split(separator: " ").joined(separator: "\\s+") }.joined(separator: "|")
        return try? Regex("(?:^|[(,:;–-]|đồng\\s+chí\\s|đ/c\\s|và\\s)\\s*((?>" + words + ")\\s+)").ignoresCase()
    }()

    /// An office written after a name, what the member is and no reason: after a dash or a comma,
    /// up to a bracket, a mark or the end ("Nguyễn Văn Hùng - Bí thư Chi đoàn (ốm)", "…, Trưởng
    /// thôn, đi học"), or alone in brackets ("Nguyễn Văn Hùng (Chi ủy viên) - ốm"); with the
    /// village or group it is held in (`bodyWords`: "Bí thư Chi đoàn Thôn Đông", "Tổ trưởng tổ
    /// 3"), no reason either.
    nonisolated(unsafe) private static let afterName: Regex<AnyRegexOutput>? = {
        let words = titles.map { $0.split(separator: " ").joined(separator: "\\s+") }.joined(separator: "|")
        let heads = villageHeads.map { $0.split(separator: " ").joined(separator: "\\s+") }.joined(separator: "|")
        let body = "(?:\\s+" + bodyWords + ")?"
        let end = "(?=\\s*(?:[(),;.–-]|$))"
        return try? Regex("\\s*(?:[,–-]\\s*(?>" + words + ")" + body + end + "|\\(\\s*(?>" + words + ")" + body + "\\s*\\)"
                          + "|[,–-]\\s*(?>" + heads + ")(?<village>(?-i:(?:\\s+\\p{Lu}\\p{L}*)+))" + end
                          + "|\\(\\s*(?>" + heads + ")(?<bracketed>(?-i:(?:\\s+\\p{Lu}\\p{L}*)+))\\s*\\))")
            .ignoresCase()
    }()

    /// The heads of a village, in lower case, whose village's name may follow with no word of a
    /// village before it: after a name and a dash, "Nguyễn Văn Hùng - Trưởng thôn Đông Hòa (đi công
    /// tác)" is the head of Đông Hòa, ill or away, not someone named Đông Hòa.
    private static let villageHeads: Set<String> = [
        "phó trưởng thôn", "trưởng thôn", "phó thôn", "trưởng ấp", "phó ấp", "trưởng bản", "trưởng khu phố",
    ]

    /// A village or a group an office is held in, after the office: a word of a village or a group
    /// ("thôn", "xóm", "ấp", "tổ"…), then its name in capitalised words or a number ("Thôn Đông",
    /// "ấp 3", "Tổ dân phố số 5"), or a number alone ("Tổ trưởng tổ dân phố số 5"); not a name
    /// alone ("Trưởng thôn Hùng" is Hùng, the head).
    private static let bodyWords = "(?:(?:thôn|xóm|ấp|bản|buôn|làng|khu\\s+phố|khu|tổ\\s+dân\\s+phố|tổ|đội|xã|phường)"
        + "(?:\\s+số)?(?-i:(?:\\s+(?:\\p{Lu}\\p{L}*|\\d+))+)|(?:số\\s+)?\\d+)"

    /// A village or a group at the start of the text, after an office (`bodyWords`).
    nonisolated(unsafe) private static let bodyAhead: Regex<AnyRegexOutput>? = try? Regex("^\\s*" + bodyWords).ignoresCase()

    /// `text` with each office standing right before a capitalised word left out: "(Thôn trưởng
    /// Hùng)" → "(Hùng)", "đồng chí Bí thư Đoàn Minh" → "đồng chí Minh"; but "Bí thư Đoàn Văn
    /// Minh" → "Đoàn Văn Minh": Đoàn is a surname before a name of two words or more. An office
    /// after a name is left out too, with its dash, comma or brackets (`officesAfterNames`): the
    /// reason after it was read as "Bí thư Chi đoàn (ốm", and "Nguyễn Văn Hùng - Trưởng thôn" as
    /// absent for a reason, "Trưởng thôn".
    static func withoutTitles(_ text: String, heads: HeadsAfterNames = .afterTitledNames) -> String {
        officesAfterNames(officesBeforeNames(text, heads: heads).text, heads: heads).text
    }

    /// True when `withoutTitles` leaves out a village's head after a name and a comma as the name's
    /// office (as `heads` reads it) right before a bracket: "đ/c Lan, Hùng, Trưởng thôn Đông (ốm)",
    /// read "đ/c Lan, Hùng (ốm)", where the office parts Hùng and his reason from the names before,
    /// so that the reason is his own (`SharedReason`), as Lan's is in "đ/c Lan, Trưởng thôn Đông (ốm)".
    static func leavesAHeadsOfficeBeforeAReason(_ text: String, heads: HeadsAfterNames) -> Bool {
        officesAfterNames(officesBeforeNames(text, heads: heads).text, heads: heads).headBeforeAReason
    }

    /// Whose office a village's head after a name and a comma is ("đ/c Lan, Trưởng thôn Đông (ốm)"):
    /// the name's when a title leads it (the usual reading), no one's (another of the absent,
    /// unnamed), or the name's, titled or not; the absent's count chooses (`AttendanceClause`).
    enum HeadsAfterNames {
        case afterTitledNames, apart, afterAnyName
    }

    /// How many village heads `withoutTitles` leaves out of `text` with their village and no name
    /// ("vắng: Trưởng thôn Nam (ốm), đ/c Lan (đi công tác)" reads "vắng: (ốm), đ/c Lan (đi công
    /// tác)"): the brackets left with no name before them that are someone absent.
    static func unnamedHeads(in text: String, heads: HeadsAfterNames = .afterTitledNames) -> Int {
        officesBeforeNames(text, heads: heads).heads
    }

    /// `text` with each office standing right before a capitalised word left out, and how many
    /// of them were a village's head with no name, left out with the village.
    private static func officesBeforeNames(_ text: String, heads reading: HeadsAfterNames) -> (text: String, heads: Int) {
        guard let pattern else { return (text, 0) }
        var kept = ""
        var last = text.startIndex
        var heads = 0
        for match in text.matches(of: pattern) {
            guard var office = match.output[1].range, office.upperBound < text.endIndex, text[office.upperBound].isUppercase,
                  office.lowerBound >= last, !holdsABody(after: office.upperBound, in: text),
                  !headsAVillageAfterAName(office, in: text, afterAHead: heads > 0, reading: reading) else { continue }
            if let village = villageAlone(after: office, in: text) {
                // "vắng 01 đồng chí: Trưởng thôn Đông (ốm)": the head of a village, unnamed (`VillageNames`); a title
                // before him goes with him ("đ/c Trưởng ấp Bình Minh (ốm)" kept a title with no name, and lost "ốm").
                let before = text[last..<office.lowerBound]
                kept += before.firstMatch(of: titleEnding).map { before[..<$0.output.title.startIndex] } ?? before
                last = village
                heads += 1
                // "vắng: Trưởng thôn Đông - ốm, đ/c Lan - đi học": the reason after the dash, out of brackets, is
                // written in brackets, as after a head it is ("(ốm), đ/c Lan - đi học"; no one was counted).
                if let reason = reasonAfterADash(ending: village, office: office, in: text) {
                    kept += "(" + text[reason].split(whereSeparator: \.isWhitespace).joined(separator: " ") + ")"
                    last = reason.upperBound
                } else if let and = andAnotherHead(after: village, in: text) {
                    // "Trưởng thôn Đông và Trưởng thôn Nam (đều có lý do)": read as "Trưởng thôn Đông, Trưởng thôn Nam …",
                    // two heads (Đông was left, and both counted unexcused).
                    kept += ","
                    last = and
                }
                continue
            }
            if let surname = surnameEnding(office, in: text) { office = office.lowerBound..<surname }
            kept += text[last..<office.lowerBound]
            last = office.upperBound
        }
        return (last == text.startIndex ? text : kept + text[last...], heads)
    }

    /// `text` with each office right after a name (a capitalised word before its dash, comma or
    /// bracket) left out: "Nguyễn Văn Hùng - Bí thư Chi đoàn (ốm)" → "Nguyễn Văn Hùng (ốm)"; not
    /// one after other words ("vắng 01 đồng chí (Bí thư chi bộ)", "đi họp cùng Bí thư chi bộ").
    private static func officesAfterNames(_ text: String, heads reading: HeadsAfterNames) -> (text: String, headBeforeAReason: Bool) {
        guard let afterName else { return (text, false) }
        var kept = ""
        var last = text.startIndex
        var headBeforeAReason = false
        for match in text.matches(of: afterName) where match.range.lowerBound >= last && followsAName(match.range.lowerBound, in: text) {
            // "đ/c Nam (Trưởng thôn Đông) - ốm": the head of the village Đông, in brackets after his name.
            if let village = match.output["bracketed"]?.substring, !namesAVillage(village) { continue }
            if let village = match.output["village"]?.substring,
               !namesAVillage(village) || (text[match.range].drop(while: \.isWhitespace).first == ","
                                            && !follows(reading, match.range.lowerBound, in: text)) {
                continue
            }
            if match.output["village"]?.substring != nil, text[match.range].drop(while: \.isWhitespace).first == ",",
               text[match.range.upperBound...].drop(while: \.isWhitespace).first == "(" {
                headBeforeAReason = true
            }
            kept += text[last..<match.range.lowerBound]
            last = match.range.upperBound
        }
        return (last == text.startIndex ? text : kept + text[last...], headBeforeAReason)
    }

    /// True when a village or a group an office is held in starts at `index` of `text` ("Thôn
    /// Đông" after "Bí thư Chi đoàn "): no name after the office.
    private static func holdsABody(after index: String.Index, in text: String) -> Bool {
        guard let bodyAhead else { return false }
        return text[index...].prefixMatch(of: bodyAhead) != nil
    }

    /// True when `office` is a village's head (`villageHeads`) after a name and a dash, and the
    /// capitalised words after it name a village (`namesAVillage`): "Nguyễn Văn Hùng - Trưởng thôn
    /// Đông Hòa" is the head of Đông Hòa; "Lan - Trưởng thôn Hùng" is Hùng, the head. After a comma,
    /// only when no head with no name came before (`afterAHead`): "vắng: Trưởng thôn Đông, đ/c Lan,
    /// Trưởng thôn Nam (ốm)" lists heads and names, each one of the absent.
    private static func headsAVillageAfterAName(_ office: Range<String.Index>, in text: String, afterAHead: Bool,
                                                reading: HeadsAfterNames) -> Bool {
        let words = text[office].lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard villageHeads.contains(words), let dash = text[..<office.lowerBound].lastIndex(where: { !$0.isWhitespace }),
              "-–".contains(text[dash]) ? followsAName(dash, in: text) : text[dash] == "," ? (!afterAHead || reading == .afterAnyName) && follows(reading, dash, in: text)
                : text[dash] == "(" && followsAName(dash, in: text)
        else { return false }
        let following = text[office.upperBound...].prefix { $0.isLetter || $0.isWhitespace }
        // "đ/c Nam (Trưởng thôn Đông)": the bracket holds the office alone ("(Trưởng thôn Đông - ốm)" gives a reason too).
        if text[dash] == "(", text[following.endIndex...].first != ")" { return false }
        return namesAVillage(following.split(whereSeparator: { $0.isWhitespace }).prefix { $0.first?.isUppercase == true }.joined(separator: " "))
    }

    /// True when the capitalised words after a village's head name the village rather than the
    /// head: two words or more ("Đông Hòa", "Tân Lập"), one that is a known place, or a one-word
    /// village name (`VillageNames`: "Trưởng thôn Đông"); a single word otherwise is a given name
    /// ("Trưởng thôn Hùng").
    private static func namesAVillage<Words: StringProtocol>(_ words: Words) -> Bool {
        let split = words.split(whereSeparator: \.isWhitespace)
        return split.count >= 2 || PlaceWords.namesAPlace(String(words)) || (split.count == 1 && VillageNames.isVillage(split[0]))
    }

    /// The end of the village (`VillageNames`) right after `office`, a village's head, when
    /// nothing but a mark follows it, and of the dash after it that brings a reason: "Trưởng thôn
    /// Đông (ốm)", "(Trưởng thôn Đông - ốm)", "Trưởng ấp Chợ Mới (ốm)".
    private static func villageAlone(after office: Range<String.Index>, in text: String) -> String.Index? {
        let words = text[office].lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard villageHeads.contains(words) else { return nil }
        let village = capitalisedWords(from: office.upperBound, in: text)
        guard let end = village.last?.endIndex, VillageNames.isVillage(village) else { return nil }
        let after = text[end...].drop(while: \.isWhitespace)
        guard after.first?.isLetter != true || andAnotherHead(after: end, in: text) != nil else { return nil }
        if let dash = after.first, "-–".contains(dash), after.dropFirst().first?.isWhitespace == true {
            return after.dropFirst().drop(while: \.isWhitespace).startIndex
        }
        return end
    }

    /// The words of a reason after the dash a village's head and his village end with at `start`
    /// (`villageAlone`), up to a comma, a semicolon, a full stop or the end, when no bracket is open
    /// before the office: "Trưởng thôn Đông - ốm, …" gives "ốm"; nil otherwise.
    private static func reasonAfterADash(ending start: String.Index, office: Range<String.Index>, in text: String) -> Range<String.Index>? {
        guard let dash = text[..<start].lastIndex(where: { !$0.isWhitespace }), "-–".contains(text[dash]),
              text[..<office.lowerBound].last(where: { !$0.isWhitespace }) != "(" else { return nil }
        let end = text[start...].firstIndex { ",;.()".contains($0) } ?? text.endIndex
        guard text[start..<end].contains(where: \.isLetter), text[end...].first != "(" else { return nil }
        return start..<end
    }

    /// The start of another village's head after "và" at `index` of `text` ("và Trưởng thôn Nam"), nil otherwise.
    private static func andAnotherHead(after index: String.Index, in text: String) -> String.Index? {
        let rest = text[index...].drop(while: \.isWhitespace)
        guard rest.prefix(3).lowercased() == "và ", case let next = rest.dropFirst(3).drop(while: \.isWhitespace),
              villageHeads.contains(where: { next.lowercased().hasPrefix($0 + " ") }) else { return nil }
        return next.startIndex
    }

    /// The capitalised words from `index` of `text` on, each after a single space or more.
    private static func capitalisedWords(from index: String.Index, in text: String) -> [Substring] {
        var words: [Substring] = []
        var rest = text[index...]
        while rest.first?.isUppercase == true {
            let word = rest.prefix(while: \.isLetter)
            words.append(word)
            let gap = rest[word.endIndex...].prefix { $0 == " " }
            guard !gap.isEmpty, rest[gap.endIndex...].first?.isUppercase == true else { break }
            rest = rest[gap.endIndex...]
        }
        return words
    }

    /// A title ("đồng chí", "đ/c") ending the text, with the spaces after it.
    nonisolated(unsafe) private static let titleEnding = /(?:^|\P{L})(?<title>(?i:đồng\s+chí|đ\/c)\s+)$/

    /// A name led by a title ("đồng chí Nam", "đ/c Nguyễn Văn Nam") ending the text.
    nonisolated(unsafe) private static let titledName = /(?:^|\P{L})(?i:đồng\s+chí|đ\/c)(?:\s+\p{Lu}\p{L}*)+\s*$/

    /// True when a comma stands at `index` of `text`, or is the last mark before it, right after a
    /// name led by a title: "đồng chí Nam, Trưởng thôn Đông (ốm)" is Nam, who heads the village, not
    /// two of the absent (a list of titled names titles each: "đ/c Lan, đ/c Hùng"); after a bare
    /// name the office is another's ("Lan, Trưởng thôn Đông").
    static func followsATitledName(_ index: String.Index, in text: String) -> Bool {
        let comma = index < text.endIndex && text[index] == "," ? index : text[..<index].lastIndex { !$0.isWhitespace }
        guard let comma, text[comma] == "," else { return false }
        return text[..<comma].firstMatch(of: titledName) != nil
    }

    /// True when the comma at `index` of `text`, or the last mark before it, follows a name whose
    /// office a village's head after it is, as `reading` says (`followsATitledName`, `followsAName`).
    private static func follows(_ reading: HeadsAfterNames, _ index: String.Index, in text: String) -> Bool {
        switch reading {
        case .afterTitledNames: followsATitledName(index, in: text)
        case .apart: false
        case .afterAnyName: text[index...].first == "," ? followsAName(index, in: text)
            : text[..<index].lastIndex { !$0.isWhitespace }.map { text[$0] == "," && followsAName($0, in: text) } ?? false
        }
    }

    /// True when the word ending at `index` of `text` is capitalised, as a name's last word is.
    static func followsAName(_ index: String.Index, in text: String) -> Bool {
        let before = text[..<index]
        guard let end = before.lastIndex(where: { !$0.isWhitespace }), text[end].isLetter else { return false }
        let start = before[..<end].lastIndex(where: { !$0.isLetter }).map { text.index(after: $0) } ?? text.startIndex
        return text[start].isUppercase
    }

    /// Where the surname Đoàn begins, when the office read ends with the word "Đoàn" and two
    /// capitalised words or more follow it (a whole name, "Đoàn Văn Minh"); nil otherwise.
    private static func surnameEnding(_ office: Range<String.Index>, in text: String) -> String.Index? {
        let words = text[office].split(whereSeparator: \.isWhitespace)
        guard words.count > 1, let lastWord = words.last, lastWord.lowercased() == "đoàn", lastWord.first?.isUppercase == true else {
            return nil
        }
        let following = text[office.upperBound...].split(whereSeparator: \.isWhitespace).prefix { $0.first?.isUppercase == true }
        return following.count >= 2 ? lastWord.startIndex : nil
    }
}
