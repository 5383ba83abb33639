/// What tells one meeting from another: a branch holds one meeting of a kind on a day, so two
/// minutes with the same branch, date and kind record one meeting twice (most often one Word
/// document imported twice), and would count it twice in the bulletin and the compliance grid.
struct MeetingKey: Hashable, Sendable {
    var branchID: String
    var date: CalendarDate
    var kind: MeetingKind

    /// "chi bộ 'ap-1', ngày 2024-10-05, sinh hoạt thường kỳ", as messages name the meeting
    /// (the date as the file writes it, so the clerk finds it).
    var vietnamese: String { "chi bộ '\(branchID)', ngày \(date), \(kind.displayName.lowercased())" }

    /// "branch 'ap-1', 2024-10-05, thuong-ky".
    var english: String { "branch '\(branchID)', \(date), \(kind.rawValue)" }
}

extension Minutes {
    /// The meeting these minutes record.
    var meetingKey: MeetingKey { MeetingKey(branchID: branchID, date: date, kind: kind) }
}
