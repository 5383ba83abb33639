/// Vietnamese formatting of dates, numbers, counts and durations as written in Party documents (SPEC §4).
///
/// Every number, date and duration a page or sentence shows goes through here, so the whole
/// site writes them one way: "ngày 05 tháng 9 năm 2024", "6.277", "18,8 %", "03 chi bộ".
public enum VietnameseFormat {
    /// Two digits below 10 (`5` → `"05"`), the number as it is otherwise.
    static func twoDigits(_ value: Int) -> String {
        (0..<10).contains(value) ? "0\(value)" : "\(value)"
    }
}
