/// The row of column numbers that Vietnamese administrative tables put under their header:
/// letters over the label columns and numbers over the figures ("A | B | (1) | (2) | … |
/// (6)=(1)+…+(5)"), or plain numbers counting the columns ("1 | 2 | 3 | …"). It labels the
/// columns for formulas written in the header and holds no branch, so it is left out.
enum EvaluationColumnNumbers {
    /// True when `row` is such a row: three filled cells or more, each a capital letter alone
    /// ("A", "B") or a column number ("1", "(1)", "[1]", "(6)=(1)+(2)"), the numbers counting
    /// up one by one and the letters coming first. A branch's row never reads so: its
    /// name is no single letter, and its scores do not count the columns.
    static func isNumberingRow(_ row: EvaluationTable.Row) -> Bool {
        let filled = row.filledCells
        guard filled.count >= 3 else { return false }
        var numbers: [Int] = []
        for cell in filled {
            if let number = columnNumber(cell) {
                numbers.append(number)
            } else if isColumnLetter(cell), numbers.isEmpty {
                continue
            } else {
                return false
            }
        }
        guard let first = numbers.first, numbers.count >= 2 else { return false }
        return numbers == Array(first..<(first + numbers.count))
    }

    /// "A", "B", "(A)": the letter over a label column.
    private static func isColumnLetter(_ cell: String) -> Bool {
        cell.wholeMatch(of: /\(?[A-Z]\)?/) != nil
    }

    /// The number of "1", "(1)", "[1]", or of "(6)=(1)+…+(5)" and "6=1+2+3+4+5" (a column
    /// that sums others); nil for anything else.
    private static func columnNumber(_ cell: String) -> Int? {
        let compact = cell.filter { !$0.isWhitespace }
        guard let match = compact.wholeMatch(of: /[(\[]?(\d{1,3})[)\]]?(?:=[-+*\/()\[\]\dx:.…]+)?/) else { return nil }
        return Int(match.output.1)
    }
}
