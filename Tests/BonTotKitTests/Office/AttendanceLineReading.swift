@testable import BonTotKit

/// What `import minutes` reads of one attendance line under a fixed opening (a title and the
/// meeting's time on 08/10/2026), shared by the tests of the absent and their reasons.
enum AttendanceLineReading {
    private static let opening = ["BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026", "Thời gian: 19 giờ 30, ngày 08/10/2026"]

    /// The facts read of minutes with `attendance` as their attendance line.
    static func facts(_ attendance: String) -> MinutesFacts {
        MinutesFacts(lines: opening + [attendance], resolutionItems: [])
    }

    /// The names, with their reasons, then excused/unexcused ("-" where unsaid).
    static func absent(_ attendance: String) -> String {
        absent(of: facts(attendance))
    }

    /// The names `facts` holds, with their reasons, then excused/unexcused ("-" where unsaid).
    static func absent(of facts: MinutesFacts) -> String {
        facts.absent.map { $0.name + ($0.reason.map { " (\($0))" } ?? "") }.joined(separator: ", ")
            + " | \(facts.excused.map(String.init) ?? "-")/\(facts.unexcused.map(String.init) ?? "-")"
    }

    /// The present of the expected the import reads ("26/28", "-" where unsaid).
    static func presentOfExpected(_ facts: MinutesFacts) -> String {
        "\(facts.present.map(String.init) ?? "-")/\(facts.expected.map(String.init) ?? "-")"
    }

    /// The front matter the import writes of minutes with `attendance` as their attendance line.
    static func frontMatter(_ attendance: String) -> String {
        MinutesFrontMatterWriter(facts: facts(attendance), branch: "ap-1", kind: .thuongKy,
                                 date: CalendarDate(year: 2026, month: 10, day: 8)!).text
    }
}
