/// A day as Excel stores it: the number of days since 30/12/1899 (15/12/2024 is 45641), shown as
/// a date only by its cell's format. A date cell copied without its format, or a column of dates
/// formatted as numbers, gives that number, which a clerk then types where a date is due.
public enum ExcelDayNumber {
    /// The days Excel numbers from 01/01/1950 to 31/12/2099: a number among them, typed where a
    /// date belongs, is most likely a day copied from Excel.
    public static let likely = 18_264...73_050

    /// The day numbered `number` (after 28/02/1900, the 1900 system), as (year, month, day).
    public static func day(_ number: Int) -> (year: Int, month: Int, day: Int)? {
        guard number >= 61, number < 2_958_466 else { return nil }
        return XLSXNumberFormats.civil(fromDays: XLSXNumberFormats.daysFromCivil(1899, 12, 30) + number)
    }
}
