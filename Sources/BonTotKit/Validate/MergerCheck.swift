/// What `merged_into` and `dissolved` must be, for a branch (`branches/<id>.yaml`) or a unit
/// (`units:` in a district's `site.yaml`) alike: `merged_into` another of the site's branches or
/// units, given with the day (`dissolved`), that still existed on that day (not itself dissolved
/// or merged by then); `dissolved` after `founded`. Each problem is an error at the entry's
/// location, on its field.
enum MergerCheck {
    /// How messages name what merges: "chi bộ" merged into a "chi bộ" of content/branches/, or
    /// an "đảng bộ" into an "đơn vị" of `units`.
    struct Words {
        var noun: String
        var listed: String
        var whereListed: String
        var english: String

        static let branch = Words(noun: "chi bộ", listed: "chi bộ", whereListed: " (tên tệp trong content/branches/)", english: "branch")
        static let unit = Words(noun: "đảng bộ", listed: "đơn vị", whereListed: " trong 'units'", english: "unit")
    }

    /// One branch or unit as the check reads it: its id, days and successor, and where a problem
    /// with its `merged_into` (`location`, `field`) or its `dissolved` is reported.
    struct Entry {
        var id: String
        var founded: CalendarDate?
        var dissolved: CalendarDate?
        var mergedInto: String?
        var location: SourceLocation
        var field: String
        var dissolvedLocation: SourceLocation
        var dissolvedField: String
    }

    /// Every entry's `merged_into`, then every entry's `dissolved` against its `founded`.
    static func check(_ entries: [Entry], words: Words, sink: DiagnosticSink) {
        let byID = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = entries.map(\.id)
        for entry in entries {
            check(entry, among: byID, ids: ids, words: words, sink: sink)
        }
        for entry in entries {
            if let dissolved = entry.dissolved, let founded = entry.founded, dissolved <= founded {
                sink.error(entry.dissolvedLocation, field: entry.dissolvedField,
                           "ngày giải thể \(VietnameseFormat.longDate(dissolved)) không sau ngày thành lập "
                               + "\(VietnameseFormat.longDate(founded)) / dissolved must be after founded")
            }
        }
    }

    /// `ids` are the entries' ids in their order, among which a misspelt successor is looked for.
    private static func check(_ entry: Entry, among byID: [String: Entry], ids: [String], words: Words, sink: DiagnosticSink) {
        guard let successor = entry.mergedInto else { return }
        if successor == entry.id {
            sink.error(entry.location, field: entry.field,
                       "\(words.noun) không thể sáp nhập vào chính nó ('\(successor)'); hãy ghi mã \(words.listed) mới "
                           + "/ a \(words.english) cannot be merged into itself")
        } else if let next = byID[successor] {
            if let day = entry.dissolved { checkExisted(next, on: day, for: entry, among: byID, words: words, sink: sink) }
        } else {
            let hint = Suggestion.closest(to: successor, among: ids).map { "; có phải '\($0)'?" } ?? ""
            sink.error(entry.location, field: entry.field,
                       "không có \(words.listed) '\(successor)'\(words.whereListed)\(hint) / merged_into names no \(words.english)")
        }
        if entry.dissolved == nil {
            sink.error(entry.location, field: entry.field,
                       "có 'merged_into' nhưng thiếu ngày sáp nhập; hãy ghi 'dissolved: YYYY-MM-DD' / merged_into needs the day in dissolved:")
        }
    }

    /// An error when `successor` was itself dissolved on or before `day`, the day `entry` merged
    /// into it: naming the one its chain of mergers leads to that still existed then, if any.
    private static func checkExisted(_ successor: Entry, on day: CalendarDate, for entry: Entry, among byID: [String: Entry],
                                     words: Words, sink: DiagnosticSink) {
        guard let ended = successor.dissolved, ended <= day else { return }
        let what = successor.mergedInto.map { "sáp nhập vào '\($0)'" } ?? "giải thể"
        let instead = existing(after: successor, on: day, among: byID, visited: [entry.id])
        let advice = instead.map { "; hãy ghi merged_into: \($0)" }
            ?? "; hãy ghi mã \(words.listed) còn tồn tại vào ngày đó"
        sink.error(entry.location, field: entry.field,
                   "\(words.noun) '\(successor.id)' đã \(what) từ \(VietnameseFormat.longDate(ended)), nên không còn vào ngày "
                       + "sáp nhập của \(words.noun) này (\(VietnameseFormat.longDate(day)))\(advice) "
                       + "/ merged_into names a \(words.english) that no longer existed on the day"
                       + (instead.map { "; merge into '\($0)'" } ?? ""))
    }

    /// The first of the mergers from `start` on that still existed on `day`: nil when the chain
    /// ends in one dissolved without successor, names no entry, or comes back on itself.
    private static func existing(after start: Entry, on day: CalendarDate, among byID: [String: Entry],
                                 visited: Set<String>) -> String? {
        var current = start
        var visited = visited.union([start.id])
        while let ended = current.dissolved, ended <= day {
            guard let next = current.mergedInto.flatMap({ byID[$0] }), !visited.contains(next.id) else { return nil }
            visited.insert(next.id)
            current = next
        }
        return current.id
    }
}
