import Foundation

/// A score typed with one dot or comma before three digits ("1.000", "2,500"): a decimal to
/// three places on an English-set computer, a whole number with its thousands parted in
/// Vietnamese. Which one the table means is told by the decimals it writes elsewhere
/// (`TableDecimalMark`); when they do not tell, the clerk is asked to write the score plainly.
struct ThousandsLookalike {
    /// The score as typed.
    let text: String
    /// The dot or the comma in it.
    let separator: Character
    /// Read with the separator as a decimal mark: 1 for "1.000", 2.5 for "2,500".
    let asDecimal: Double
    /// Read with the separator parting thousands: 1000, 2500.
    let asThousands: Double

    /// How a score so typed is read.
    enum Reading: Equatable {
        /// As a decimal, the separator being the table's decimal mark: as it always was.
        case decimal
        /// As a whole number, the separator parting its thousands, within the criterion's maximum.
        case thousands(Double)
        /// Not at all: the message says why and what to write.
        case refused(String)
    }

    /// Nil unless `text` is one to three digits, a dot or a comma, and three digits; with its
    /// sign ("-1.000" under "Điểm trừ") or its word ("1.000đ", "2,500 điểm") as a score may be
    /// typed (`EvaluationEntryBuilder.pointsNumber`), both readings keeping the sign.
    init?(_ text: String) {
        let trimmed = text.trimmed(.whitespaces)
        var number = Substring(trimmed)
        if let worded = EvaluationEntryBuilder.numberBeforePointsWord(trimmed) { number = worded }
        let sign: Double = number.hasPrefix("-") ? -1 : 1
        if sign < 0 { number = number.dropFirst() }
        guard let separator = number.first(where: { $0 == "." || $0 == "," }) else { return nil }
        let parts = number.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 2, (1...3).contains(parts[0].count), parts[1].count == 3,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let whole = Double(parts[0]), let fraction = Double(parts[1]) else { return nil }
        self.text = trimmed
        self.separator = separator
        asDecimal = sign * (whole + fraction / 1000)
        asThousands = sign * (whole * 1000 + fraction)
    }

    /// How the score of `key` of `branchID` is read in a table writing decimals with `mark`,
    /// the score being at most `max`.
    func reading(in mark: TableDecimalMark, key: String, branchID: String, max: Double?) -> Reading {
        let said = "điểm '\(key)' của '\(branchID)' ghi '\(text)'"
        switch mark {
        case .comma(let example, _), .point(let example, _):
            let decimalMark: Character = if case .comma = mark { "," } else { "." }
            if separator == decimalMark { return .decimal }
            if let max, abs(asThousands) > max {
                let markWords = decimalMark == "," ? ("dấu phẩy", "comma") : ("dấu chấm", "point")
                let typed = decimalMark == "," ? VietnameseFormat.score(asDecimal) : Plain.number(asDecimal)
                return .refused("\(said): bảng này viết số lẻ bằng \(markWords.0) (như '\(example)' ở \(mark.place)) nên '\(text)' "
                                + "là \(Plain.number(asThousands)), vượt điểm tối đa \(Plain.number(max)); nếu là \(typed) điểm hãy ghi '\(typed)' "
                                + "/ this table writes decimals with a \(markWords.1) ('\(example)'), so '\(text)' is "
                                + "\(Plain.number(asThousands)), above the max \(Plain.number(max)); for \(typed) \(abs(asDecimal) == 1 ? "point" : "points") "
                                + "write '\(typed)'")
            }
            return .thousands(asThousands)
        case .unknown:
            let typed = VietnameseFormat.score(asDecimal)
            return .refused("\(said), không rõ là \(typed) điểm hay \(Plain.number(asThousands)) điểm (bảng không có số lẻ nào khác "
                            + "cho biết dấu thập phân); hãy ghi '\(typed)' nếu là \(typed) điểm / '\(text)' may be \(Plain.number(asDecimal)) "
                            + "or \(Plain.number(asThousands)) points: write '\(typed)' for \(Plain.number(asDecimal))")
        }
    }
}
