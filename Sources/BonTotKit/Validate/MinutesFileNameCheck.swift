/// A minutes file named as `MinutesFileName` names them (`<branch>-<yyyy>-<mm>[-<kind>].md`)
/// whose front matter says another branch, month or kind: the file of last month copied for
/// this one, its fields left as they were. The meeting would be counted for the month (or the
/// branch) of the old file, and the month of the new one shown without its meeting; so each
/// disagreement is a warning on its field, naming what the file name says.
enum MinutesFileNameCheck {
    /// What a file name following the convention says: what comes before the month (the branch,
    /// when the name follows the convention), the month, and the kind (when a suffix names one).
    struct Named: Equatable {
        var prefix: String
        var year: Int
        var month: Int
        var kind: MeetingKind?
    }

    /// The month and kind the file name says against the front matter's, while the file is
    /// decoded (they depend on the file alone).
    static func check(slug: String, date: CalendarDate?, kind: MeetingKind?, reader: FieldReader) {
        guard let named = named(slug) else { return }
        let file = "tên tệp '\(slug)'"
        if let date, date.year != named.year || date.month != named.month {
            let month = "\(CalendarDate.pad(named.month))/\(named.year)"
            reader.sink.warning(reader.location(of: "date"), field: "date",
                                "\(file) ghi tháng \(month) nhưng 'date' là \(date); hãy sửa cho khớp, kẻo cuộc họp được tính "
                                + "vào tháng \(CalendarDate.pad(date.month))/\(date.year) và tháng \(month) bị coi là không sinh hoạt "
                                + "/ the file name says \(named.year)-\(CalendarDate.pad(named.month)), the date \(date)")
        }
        if let kind, let other = named.kind, other != kind {
            reader.sink.warning(reader.location(of: "kind"), field: "kind",
                                "\(file) ghi loại '\(other.rawValue)' nhưng 'kind' là '\(kind.rawValue)'; hãy sửa cho khớp "
                                + "/ the file name says kind '\(other.rawValue)', the field '\(kind.rawValue)'")
        }
    }

    /// The branch the file name says against the front matter's, once every branch is known:
    /// only a name that begins with another branch's id before its month is told, and only
    /// for a known branch (an unknown one is an error of its own).
    static func checkBranches(_ minutes: [Minutes], branchIDs: Set<String>, sink: DiagnosticSink) {
        for meeting in minutes {
            guard let prefix = named(meeting.slug)?.prefix, prefix != meeting.branchID,
                  branchIDs.contains(prefix), branchIDs.contains(meeting.branchID) else { continue }
            sink.warning(meeting.source, field: "branch",
                         "tên tệp '\(meeting.slug)' ghi chi bộ '\(prefix)' nhưng 'branch' là '\(meeting.branchID)'; hãy sửa cho khớp, "
                         + "kẻo cuộc họp được tính cho chi bộ khác / the file name names branch '\(prefix)', the field '\(meeting.branchID)'")
        }
    }

    /// The prefix, month and kind in `slug` when it reads `<prefix>-<yyyy>-<mm>[-…]`; the kind
    /// only when the rest begins with one.
    static func named(_ slug: String) -> Named? {
        let parts = slug.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        for index in parts.indices.dropFirst() where index + 1 < parts.count {
            guard parts[index].count == 4, parts[index + 1].count == 2,
                  parts[index].allSatisfy(\.isASCII), parts[index + 1].allSatisfy(\.isASCII),
                  let year = Int(parts[index]), let month = Int(parts[index + 1]), (1...12).contains(month)
            else { continue }
            let prefix = parts[..<index].joined(separator: "-")
            let rest = parts[(index + 2)...].joined(separator: "-")
            let kind = MeetingKind.allCases.first { rest == $0.rawValue || rest.hasPrefix($0.rawValue + "-") }
            return Named(prefix: prefix, year: year, month: month, kind: kind)
        }
        return nil
    }
}
