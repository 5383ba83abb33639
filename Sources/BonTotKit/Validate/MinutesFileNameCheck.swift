import Foundation

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
        guard let named = named(slug) else {
            checkImpossibleMonth(slug: slug, date: date, reader: reader)
            return
        }
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

    /// A name following the convention but for its month, 00 or 13 (`ap-2-2024-13`): it named no
    /// month, so it was not compared with the date and went without a word. A warning on the date,
    /// with the name the date gives.
    private static func checkImpossibleMonth(slug: String, date: CalendarDate?, reader: FieldReader) {
        let parts = ASCIIParts.split(slug, at: "-")
        for index in parts.indices.dropFirst() where index + 1 < parts.count {
            guard parts[index].length == 4, parts[index + 1].length == 2, let year = parts[index].number,
                  ContentLimits.years.contains(year), let month = parts[index + 1].number, !(1...12).contains(month)
            else { continue }
            let prefix = String(Substring(slug.utf8.prefix(parts[index].start - 1)))
            let rest = String(Substring(slug.utf8.dropFirst(parts[index + 1].start + 2)))
            // Only a name ending with the month or a kind after it: "ap-1-2025-50-nam-thanh-lap"
            // names an anniversary, not a month 50.
            guard rest.isEmpty || MeetingKind.allCases.contains(where: { rest.hasPrefix("-" + $0.rawValue) }) else { continue }
            let suggestion = date.map { "; theo ngày họp, tên tệp là '\(prefix)-\($0.year)-\(CalendarDate.pad($0.month))\(rest).md'" } ?? ""
            reader.sink.warning(reader.location(of: "date"), field: "date",
                                "tên tệp '\(slug)' ghi tháng \(CalendarDate.pad(month))/\(year), không có tháng này\(suggestion) "
                                + "/ the file name says month \(CalendarDate.pad(month)), which does not exist")
            return
        }
    }

    /// The branch the file name says against the front matter's, once every branch is known:
    /// only a name that begins with another branch's id before its month is told, and only
    /// for a known branch (an unknown one is an error of its own).
    static func checkBranches(_ minutes: [Minutes], branchIDs: Set<String>, sink: DiagnosticSink) {
        // Ids in which a name would find a month of their own ("to-2024-09"): for the others, a
        // name that goes on from the id with its month names the id, without splitting it.
        let idsWithMonths = Set(branchIDs.filter { named($0) != nil })
        for meeting in minutes {
            guard branchIDs.contains(meeting.branchID) else { continue }
            if !idsWithMonths.contains(meeting.branchID), startsWithMonth(meeting.slug, after: meeting.branchID) { continue }
            guard let prefix = named(meeting.slug)?.prefix, prefix != meeting.branchID, branchIDs.contains(prefix) else { continue }
            sink.warning(meeting.source, field: "branch",
                         "tên tệp '\(meeting.slug)' ghi chi bộ '\(prefix)' nhưng 'branch' là '\(meeting.branchID)'; hãy sửa cho khớp, "
                         + "kẻo cuộc họp được tính cho chi bộ khác / the file name names branch '\(prefix)', the field '\(meeting.branchID)'")
        }
    }

    /// True when `slug` is `<id>-<yyyy>-<mm>`, or that and `-…`: what `named` reads with `id`
    /// as its prefix, for an id with no month of its own; the bytes are compared in place, with
    /// no copy of the name (the check runs over every minutes file in every build).
    static func startsWithMonth(_ slug: String, after id: String) -> Bool {
        var slug = slug, id = id
        return slug.withUTF8 { bytes in id.withUTF8 { id in startsWithMonth(bytes, after: id) } }
    }

    private static func startsWithMonth(_ bytes: UnsafeBufferPointer<UInt8>, after id: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = id.count, dash = UInt8(ascii: "-")
        guard bytes.count >= start + 8, bytes[start] == dash, bytes[start + 5] == dash,
              bytes.count == start + 8 || bytes[start + 8] == dash,
              start == 0 || memcmp(bytes.baseAddress!, id.baseAddress!, start) == 0 else { return false }
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        guard (start + 1...start + 4).allSatisfy({ digits.contains(bytes[$0]) }),
              digits.contains(bytes[start + 6]), digits.contains(bytes[start + 7]) else { return false }
        let month = Int(bytes[start + 6] - UInt8(ascii: "0")) * 10 + Int(bytes[start + 7] - UInt8(ascii: "0"))
        return (1...12).contains(month)
    }

    /// The prefix, month and kind in `slug` when it reads `<prefix>-<yyyy>-<mm>[-<dd>][-…]`; the
    /// kind only when the rest (after the day, if any) begins with one. The name is split at its `-` bytes, not walked by
    /// characters: a slug is `[a-z0-9-]` (`Slug.isValid`) when a build reads it, and the year
    /// and month are ASCII digits, whose bytes are their characters.
    static func named(_ slug: String) -> Named? {
        let dash = UInt8(ascii: "-")
        let parts = ASCIIParts.split(slug, at: "-")
        for index in parts.indices.dropFirst() where index + 1 < parts.count {
            guard parts[index].length == 4, parts[index + 1].length == 2,
                  let year = parts[index].number, let month = parts[index + 1].number, (1...12).contains(month)
            else { continue }
            // What is before the year's dash, and after the month's.
            let prefix = String(Substring(slug.utf8.prefix(parts[index].start - 1)))
            // A day after the month (`ap-1-2025-04-02-chuyen-de`, `bontot new minutes` naming a
            // second meeting of the month) is passed over to the kind.
            let hasDay = index + 2 < parts.count && parts[index + 2].length == 2 && (1...31).contains(parts[index + 2].number ?? 0)
            let restIndex = index + (hasDay ? 3 : 2)
            let rest = slug.utf8.dropFirst(restIndex < parts.count ? parts[restIndex].start : slug.utf8.count)
            let kind = MeetingKind.allCases.first { kind in
                rest.starts(with: kind.rawValue.utf8)
                    && (rest.count == kind.rawValue.utf8.count || rest.dropFirst(kind.rawValue.utf8.count).first == dash)
            }
            return Named(prefix: prefix, year: year, month: month, kind: kind)
        }
        return nil
    }
}
