import Foundation

/// A score that Excel turned into a date: on a Windows set to Vietnamese, where the decimal mark
/// is a comma, "25.5" typed in a cell is taken for the 25th of May and shown as "25/05/2024"; a
/// CSV export and a cell formatted as a date both read so.
enum ExcelDateScore {
    /// The decimal the clerk likely typed, with a point ("25.5") and as it should be typed
    /// ("25,5"), when `text` is a date day first (`25/05/2024`); nil for anything else.
    static func typedNumber(_ text: String) -> (point: String, comma: String)? {
        guard let date = text.trimmingCharacters(in: .whitespaces).wholeMatch(of: /(\d{1,2})\/(\d{1,2})\/\d{4}/),
              let day = Int(date.output.1), let month = Int(date.output.2),
              (1...31).contains(day), (1...12).contains(month) else { return nil }
        return ("\(day).\(month)", "\(day),\(month)")
    }
}
