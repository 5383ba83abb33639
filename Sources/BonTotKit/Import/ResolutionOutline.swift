import BonTotOffice

/// The items under the minutes' "Nghị quyết" heading as they are nested, read into resolutions
/// as a clerk means them. A line with lines nested under it is either a group heading, naming a
/// field of work ("1. Về công tác xây dựng Đảng:", "Đối với công tác an sinh xã hội"), whose
/// lines are tasks of their own, each with its deadline; or a task whose lines are its parts
/// ("1. Ra quân tổng vệ sinh toàn ấp" over "- Tổ 1 dọn ngõ 15, thời hạn: 20/10"), one resolution,
/// also when it ends in a colon after words leading into its parts ("…, cụ thể:", `ResolutionLeadIn`).
struct ResolutionOutline {
    /// One line of the outline: its words (without their number or dash) and how deep it is.
    struct Entry: Equatable {
        var text: String
        /// How deep the line's marker puts it: a number 0, a letter ("a)", "a.") 1, a dash or bullet
        /// 2, a "+" 3, four more for every level of a Word list; -1 for a group heading typed
        /// without a marker ("Về phát triển kinh tế:"), always at the top.
        var depth: Int
        /// True for a group heading typed without a marker: dropped when nothing is under it.
        var unmarked = false
    }

    private(set) var entries: [Entry] = []

    var isEmpty: Bool { entries.isEmpty }

    /// Adds a line, unless its words are empty once trimmed of their full stop.
    mutating func add(_ text: String, depth: Int, unmarked: Bool = false) {
        let text = MinutesFacts.clean(text)
        guard !text.isEmpty else { return }
        entries.append(Entry(text: text, depth: depth, unmarked: unmarked))
    }

    /// The depth of a paragraph of a Word list: four for every level, then its kind at that
    /// level as a typed marker would give it (a bullet as a dash, a number shown as "a)" as a letter).
    static func depth(ofListItem paragraph: WordParagraph) -> Int {
        let rank: Int
        if paragraph.list == .bullet {
            rank = 2
        } else if let label = paragraph.listLabel, label.wholeMatch(of: /[a-zđ][.)]/) != nil {
            rank = 1
        } else {
            rank = 0
        }
        return paragraph.listLevel * 4 + rank
    }

    /// The depth of a typed marker: "1." (or "1)", "1/") 0, "a)" (or "a.") 1, "-", "–" or "•" 2, "+" 3.
    static func depth(ofTypedMarker marker: Substring) -> Int {
        guard let first = marker.first else { return 0 }
        if first.isNumber { return 0 }
        if first.isLetter { return 1 }
        return first == "+" ? 3 : 2
    }

    /// True unless `marker` is a letter with a dot ("b. ") that is neither "a" nor the letter after
    /// `previous`, the letter of the last marker typed above it since a number: a letter with a
    /// dot also opens an abbreviation ("x. Hòa Thuận", the commune), so it is a marker only in
    /// its sequence, of the Vietnamese alphabet ("đ" after "d", "g" after "e") or the Latin one.
    static func isTypedMarker(_ marker: Substring, after previous: Character?) -> Bool {
        let typed = marker.trimmingCharacters(in: .whitespaces)
        guard typed.count == 2, typed.hasSuffix("."), let letter = typed.first, letter.isLetter, letter != "a" else { return true }
        guard let previous else { return false }
        return [vietnameseLetters, latinLetters].contains { letters in
            guard let index = letters.firstIndex(of: previous), index + 1 < letters.count else { return false }
            return letters[index + 1] == letter
        }
    }

    private static let vietnameseLetters = Array("abcdđeghiklmnopqrstuvxy")
    private static let latinLetters = Array("abcdefghijklmnopqrstuvwxyz")

    /// True for a line that may head a group though typed without a marker: it names a field
    /// ("Về …", "Đối với …", "Lĩnh vực …") in at most twelve words, sets no deadline, and ends
    /// in a colon or is a heading or bold from end to end (a sentence "Về cơ bản …" is none).
    static func isUnmarkedGroup(_ paragraph: WordParagraph) -> Bool {
        let text = paragraph.text.trimmingCharacters(in: .whitespaces)
        let bold = paragraph.runs.filter { $0.note == nil && $0.text.contains { !$0.isWhitespace } }.allSatisfy(\.bold)
        return namesAField(text) && !MinutesFacts.hasDeadline(text)
            && (text.hasSuffix(":") || paragraph.headingLevel != nil || bold)
    }

    /// True for a line with lines under it that heads a group rather than being a task: it sets
    /// no deadline of its own, and names a field ("2. Đối với công tác an sinh xã hội", with or
    /// without a colon) or ends in a colon ("1. Xây dựng Đảng:") not after words leading into a
    /// task's parts ("1. Ra quân tổng vệ sinh toàn ấp, cụ thể:", `ResolutionLeadIn`).
    static func isGroupHeading(_ text: String) -> Bool {
        !MinutesFacts.hasDeadline(text) && (namesAField(text) || text.hasSuffix(":") && !ResolutionLeadIn.endsInLeadIn(text))
    }

    /// "Về …", "Đối với …", "Lĩnh vực …", "Trên/Trong lĩnh vực …", in at most twelve words.
    private static func namesAField(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["về ", "đối với ", "lĩnh vực ", "trên lĩnh vực ", "trong lĩnh vực "].contains { lower.hasPrefix($0) }
            && text.split(separator: " ").count <= 12
    }

    /// The resolutions: a line at the top (as deep as the first, or less) with the lines under
    /// it. Under a group heading, the least deep lines are its tasks, each with the group's
    /// words, and deeper ones parts of the task above them; under any other line, every line is
    /// one of its parts.
    var items: [ResolutionItem] {
        guard let top = entries.first?.depth else { return [] }
        var items: [ResolutionItem] = []
        var index = entries.startIndex
        while index < entries.endIndex {
            let head = entries[index]
            var end = index + 1
            while end < entries.endIndex, entries[end].depth > top { end += 1 }
            let under = entries[(index + 1)..<end]
            if let first = under.first, head.unmarked || Self.isGroupHeading(head.text) {
                var group = head.text
                while group.hasSuffix(":") { group.removeLast() }
                group = group.trimmingCharacters(in: .whitespaces)
                for entry in under {
                    if entry.depth > first.depth, !items.isEmpty {
                        items[items.count - 1].subItems.append(entry.text)
                    } else {
                        items.append(ResolutionItem(text: entry.text, group: group))
                    }
                }
            } else if !head.unmarked {
                items.append(ResolutionItem(text: head.text, subItems: under.map(\.text)))
            }
            index = end
        }
        return items
    }
}
