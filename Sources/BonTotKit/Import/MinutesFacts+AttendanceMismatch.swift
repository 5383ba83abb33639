/// What does not add up in the attendance a minutes document gives (`MinutesFacts`): the
/// absent's counts by reason against the absent, and the present and the absent against those
/// expected, which the import warns of on the line of `attendance` (`AttendanceMessages.mismatch`).
extension MinutesFacts {
    /// What does not add up in the attendance figures, in Vietnamese and in English ("có mặt 60 +
    /// vắng 05 = 65, khác số phải dự 83 (tổng số đảng viên 99 − miễn sinh hoạt 16)"), or nil when
    /// they agree or too few are given to tell: the absent's parts first (`absentPartsMismatch`),
    /// then the present and absent against those expected (`expectedMismatch`).
    var attendanceMismatch: (vietnamese: String, english: String)? {
        let found = absentPartsMismatch + expectedMismatch
        guard !found.isEmpty else { return nil }
        return (found.map(\.vietnamese).joined(separator: "; "), found.map(\.english).joined(separator: "; "))
    }

    /// The counts by reason that do not add up to the absent ("vắng 2, nhưng có lý do 3; chưa ghi
    /// số vắng không lý do"), read from the clerk's words about the absent (`absentWords`), which
    /// the warning quotes (`AttendanceMessages.mismatch`); none when the attendance has no present.
    var absentPartsMismatch: [(vietnamese: String, english: String)] {
        guard present != nil, expected != nil, let absentCount else { return [] }
        var found: [(vietnamese: String, english: String)] = []
        if let excused, let unexcused, excused + unexcused != absentCount {
            found.append(("vắng \(absentCount), nhưng có lý do \(excused) + không lý do \(unexcused) = \(excused + unexcused)",
                          "absent \(absentCount), but excused \(excused) + unexcused \(unexcused) = \(excused + unexcused)"))
        }
        // "vắng 01 đồng chí (có lý do: A – ốm, B – đi công tác)": the other count would be below
        // zero, and is not written.
        if unexcused == nil, let excused, excused > absentCount {
            found.append(("vắng \(absentCount), nhưng có lý do \(excused); chưa ghi số vắng không lý do",
                          "absent \(absentCount), but \(excused) excused; unexcused not written"))
        }
        if excused == nil, let unexcused, unexcused > absentCount {
            found.append(("vắng \(absentCount), nhưng không lý do \(unexcused); chưa ghi số vắng có lý do",
                          "absent \(absentCount), but \(unexcused) unexcused; excused not written"))
        }
        return found
    }

    /// The present and the absent that do not add up to those expected ("có mặt 60 + vắng 05 =
    /// 65, khác số phải dự 83 (tổng số đảng viên 99 − miễn sinh hoạt 16)"), if so.
    var expectedMismatch: [(vietnamese: String, english: String)] {
        guard let present, let expected else { return [] }
        let counted = excused == nil && unexcused == nil ? nil : (excused ?? 0) + (unexcused ?? 0)
        guard let absent = absentCount ?? counted, present + absent != expected else { return [] }
        var source = ("", "")
        if let total {
            source = exempt.map { (" (tổng số đảng viên \(total) − miễn sinh hoạt \($0))", " (\(total) members − \($0) exempt)") }
                ?? (" (tổng số đảng viên \(total); nếu có đảng viên miễn sinh hoạt, số phải dự không tính họ)",
                    " (\(total) members; members exempt from meetings are not expected)")
        }
        return [("có mặt \(present) + vắng \(absent) = \(present + absent), khác số phải dự \(expected)" + source.0,
                 "present \(present) + absent \(absent) = \(present + absent), not the \(expected) expected" + source.1)]
    }
}
