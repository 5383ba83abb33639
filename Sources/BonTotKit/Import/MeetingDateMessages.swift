import Foundation

/// What `import minutes` says when the meeting date of a document was not plainly read
/// (`MeetingDateReading.Problem`): which line gave what, and which dates further on are not the
/// meeting's (a resolution's deadline, a date in the body), in Vietnamese with the English gist.
enum MeetingDateMessages {
    /// What follows "no meeting date found" when the opening gives none: the opening line whose
    /// date cannot be read and the dates found further on, each beginning with "; "; empty when
    /// there is nothing to name.
    static func notFound(_ problem: MeetingDateReading.Problem?) -> (vietnamese: String, english: String) {
        guard case .notFound(let dateLine, let noSuchDay, let elsewhere) = problem else { return ("", "") }
        var vietnamese = "", english = ""
        if let dateLine, let noSuchDay {
            vietnamese += "; dòng '\(quoted(dateLine))' ghi ngày \(noSuchDay.written), không có ngày này (tháng \(noSuchDay.month) chỉ có "
                + "\(noSuchDay.days) ngày)"
            english += "; '\(quoted(dateLine))' gives \(noSuchDay.written), a day that does not exist (month \(noSuchDay.month) has "
                + "\(noSuchDay.days) days)"
        } else if let dateLine {
            vietnamese += "; dòng '\(quoted(dateLine))' không ghi đủ ngày, tháng, năm đọc được (năm ghi bằng số, "
                + "hoặc năm trong tiêu đề: \"… THÁNG 10/2026\")"
            english += "; '\(quoted(dateLine))' gives no complete date that can be read (nor does the title give the year)"
        }
        for date in elsewhere {
            vietnamese += date.isDeadline
                ? "; ngày \(date.text) ở dòng '\(quoted(date.line))' là hạn của một việc, không phải ngày họp"
                : "; ngày \(date.text) ở dòng '\(quoted(date.line))' nằm trong thân biên bản, không chắc là ngày họp"
            english += date.isDeadline
                ? "; \(date.text) in '\(quoted(date.line))' is a deadline, not the meeting date"
                : "; \(date.text) in '\(quoted(date.line))' is in the body, not surely the meeting date"
        }
        return (vietnamese, english)
    }

    /// The warning for a date whose year was taken from another line, against the `date` line
    /// of the file written from `source`; nil for any other reading.
    static func yearTaken(_ problem: MeetingDateReading.Problem?, date: CalendarDate, source: String) -> String? {
        guard case .yearTaken(let line, let written, let from) = problem else { return nil }
        return "biên bản '\(source)' ghi ngày họp '\(written)' (dòng '\(quoted(line))') với năm không đọc được; đã lấy năm "
            + "\(date.year) theo dòng '\(quoted(from))': date: \(date); hãy đối chiếu với biên bản "
            + "/ '\(source)' writes the meeting date '\(written)' with a year that cannot be read: took \(date.year) "
            + "from '\(quoted(from))' (date: \(date)), check it"
    }

    /// The warning for a title naming another month than the meeting date read (`date`, from
    /// `conflict.dateLine`), against the `date` line of the file written from `source`; nil when
    /// they agree.
    static func titleConflict(_ conflict: MeetingDateReading.TitleConflict?, date: CalendarDate, source: String) -> String? {
        guard let conflict else { return nil }
        let month = "\(conflict.month)" + (conflict.year.map { "/\($0)" } ?? "")
        return "tiêu đề biên bản '\(source)' ghi tháng \(month) ('\(quoted(conflict.title))') nhưng dòng '\(quoted(conflict.dateLine))' "
            + "ghi ngày họp \(conflict.written); đã lấy date: \(date) theo dòng này. Nếu biên bản được chép từ biên bản khác mà "
            + "mới sửa một chỗ, hãy sửa chỗ còn lại (trong biên bản và ở đây) / the title of '\(source)' says month \(month) "
            + "('\(quoted(conflict.title))') but '\(quoted(conflict.dateLine))' gives the meeting date \(conflict.written): took "
            + "date: \(date) from that line; check which is right"
    }

    /// `line` cut to a length a message can quote, at a word's end (`QuotedLine`).
    private static func quoted(_ line: String) -> String {
        QuotedLine.cut(line)
    }
}
