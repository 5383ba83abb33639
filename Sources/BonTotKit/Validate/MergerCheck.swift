/// What `merged_into` must be, for a branch (`branches/<id>.yaml`) or a unit (`units:` in a
/// district's `site.yaml`) alike: another of the site's branches or units, given with the day
/// (`dissolved`). Each problem is an error at `location`, on `field`.
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

    static func check(id: String, mergedInto successor: String?, dissolved: CalendarDate?, known ids: some Collection<String>,
                      words: Words, at location: SourceLocation, field: String, sink: DiagnosticSink) {
        guard let successor else { return }
        if successor == id {
            sink.error(location, field: field,
                       "\(words.noun) không thể sáp nhập vào chính nó ('\(successor)'); hãy ghi mã \(words.listed) mới "
                           + "/ a \(words.english) cannot be merged into itself")
        } else if !ids.contains(successor) {
            let hint = Suggestion.closest(to: successor, among: ids).map { "; có phải '\($0)'?" } ?? ""
            sink.error(location, field: field,
                       "không có \(words.listed) '\(successor)'\(words.whereListed)\(hint) / merged_into names no \(words.english)")
        }
        if dissolved == nil {
            sink.error(location, field: field,
                       "có 'merged_into' nhưng thiếu ngày sáp nhập; hãy ghi 'dissolved: YYYY-MM-DD' / merged_into needs the day in dissolved:")
        }
    }
}
