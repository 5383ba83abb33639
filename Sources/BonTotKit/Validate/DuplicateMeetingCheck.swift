/// Two minutes files of one meeting (`MeetingKey`: same branch, date and kind). A warning, not
/// an error: a branch may really hold two extraordinary meetings on one day; but most often
/// one document was imported twice, and the meeting would be counted twice.
enum DuplicateMeetingCheck {
    /// One warning in each file that records a meeting another file records too, naming them all.
    static func check(_ minutes: [Minutes], sink: DiagnosticSink) {
        var files: [MeetingKey: [SourceLocation]] = [:]
        for meeting in minutes { files[meeting.meetingKey, default: []].append(meeting.source) }
        for (key, locations) in files where locations.count > 1 {
            let list = locations.map(\.file).sorted().joined(separator: ", ")
            for location in locations {
                sink.warning(location, field: "branch",
                             "\(locations.count) biên bản cùng ghi một cuộc họp (\(key.vietnamese)): \(list); "
                             + "bản tin và bảng nền nếp sẽ đếm thành \(locations.count) cuộc. Nếu một biên bản bị nhập hai lần, hãy xóa tệp thừa "
                             + "/ \(locations.count) minutes record one meeting (\(key.english)): \(list)")
            }
        }
    }
}
