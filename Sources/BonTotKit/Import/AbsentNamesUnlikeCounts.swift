/// The absent named on the lines under a table of counts ("Vắng có lý do: đồng chí A (ốm), …")
/// in other numbers than the counts give ("vắng: 02" over three names; "có lý do: 02" over one
/// excused and one not). The import keeps the names and the counts as the minutes write them,
/// and tells the editor which to check (`message`).
struct AbsentNamesUnlikeCounts: Equatable {
    var named: Int
    var counted: Int
    var namedExcused: Int?
    var countedExcused: Int?
    var namedUnexcused: Int?
    var countedUnexcused: Int?
    /// The lines naming them, as the minutes write them.
    var namesLine: String

    /// The warning for the document `source`, in Vietnamese with the English gist, as the other
    /// attendance warnings are worded (`AttendanceMessages`).
    func message(source: String) -> String {
        var vietnamese = ["vắng \(VietnameseFormat.count(counted)) nhưng kể tên \(VietnameseFormat.count(named)) đồng chí"]
        var english = ["\(counted) absent, but \(named) named"]
        if named == counted {
            vietnamese = []
            english = []
        }
        if let countedExcused, let namedExcused, countedExcused != namedExcused {
            vietnamese.append("có lý do \(VietnameseFormat.count(countedExcused)) nhưng kể tên \(VietnameseFormat.count(namedExcused))")
            english.append("\(countedExcused) excused, but \(namedExcused) named so")
        }
        if let countedUnexcused, let namedUnexcused, countedUnexcused != namedUnexcused {
            vietnamese.append("không lý do \(VietnameseFormat.count(countedUnexcused)) nhưng kể tên \(VietnameseFormat.count(namedUnexcused))")
            english.append("\(countedUnexcused) unexcused, but \(namedUnexcused) named so")
        }
        return "biên bản '\(source)' ghi " + vietnamese.joined(separator: "; ") + " ('\(QuotedLine.cut(namesLine))'); "
            + "đã ghi cả \(VietnameseFormat.count(named)) tên vào 'absent' và giữ số liệu như biên bản; hãy đối chiếu với biên bản "
            + "rồi sửa 'absent' hoặc 'attendance' / the names under the counts of '\(source)' do not match them ("
            + english.joined(separator: "; ") + "): all names kept, the counts as written; check them"
    }
}
