/// Two minutes files of one meeting (`MeetingKey`: same branch, date and kind). A warning, not
/// an error: a branch may really hold two extraordinary meetings on one day; but most often
/// one document was imported twice, and the meeting would be counted twice.
enum DuplicateMeetingCheck {
    /// One warning in each file that records a meeting another file records too, naming them all
    /// from the top site (the site lying in `siteFolder`).
    static func check(_ minutes: [Minutes], siteFolder: String = "", sink: DiagnosticSink) {
        // The first file of each meeting by its index, and the files of the meetings recorded
        // twice: a site of tens of thousands of minutes has few or none.
        var first: [MeetingKey: Int] = [:]
        first.reserveCapacity(minutes.count)
        var repeated: [MeetingKey: [SourceLocation]] = [:]
        for (index, meeting) in minutes.enumerated() {
            let key = meeting.meetingKey
            if let earlier = first.updateValue(index, forKey: key) {
                first[key] = earlier
                repeated[key, default: [minutes[earlier].source]].append(meeting.source)
            }
        }
        for (key, recorded) in repeated {
            // A file named as a copy of another of the meeting's files by hand, in a name that is a
            // file name too (`…-2026-10-copy.md`, `…_ban_sao`): an error on the copy, as a copy's
            // name is told when it is no file name (`CopiedFile`).
            let paths = Set(recorded.map(\.file))
            let copies = recorded.compactMap { location in CopiedFile(path: location.file, siblings: paths).flatMap { $0.original == nil ? nil : $0 } }
            for copy in copies {
                sink.report(copy.minutesDiagnostic(ownName: nil, siblings: paths))
            }
            let copied = Set(copies.map(\.path))
            let locations = recorded.filter { !copied.contains($0.file) }
            guard locations.count > 1 else { continue }
            let list = locations.map { siteFolder + $0.file }.sorted().joined(separator: ", ")
            for location in locations {
                sink.warning(location, field: "branch",
                             "\(locations.count) biên bản cùng ghi một cuộc họp (\(key.vietnamese)): \(list); "
                             + "bản tin và bảng nền nếp sẽ đếm thành \(locations.count) cuộc. Nếu một biên bản bị nhập hai lần, hãy xóa tệp thừa "
                             + "/ \(locations.count) minutes record one meeting (\(key.english)): \(list)")
            }
        }
    }
}
