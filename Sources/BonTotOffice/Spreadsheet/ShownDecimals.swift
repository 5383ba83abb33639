import Foundation

/// How many decimals a number format shows, and the number as it shows it: Excel keeps 27.96
/// in a cell formatted `0` and shows "28", so the clerk never saw the stored value a reader of
/// the file gets (`SpreadsheetCell.shownNumber`).
enum ShownDecimals {
    /// Excel's built-in number formats: 1 `0`, 2 `0.00`, 3 `#,##0`, 4 `#,##0.00`, 37–40 the
    /// accounting ones; nil for General (0) and every other.
    static func count(ofBuiltIn id: Int) -> Int? {
        switch id {
        case 1, 3, 37, 38: 0
        case 2, 4, 39, 40: 2
        default: nil
        }
    }

    /// The decimals a format code's first section shows: the `0`, `#` and `?` after its decimal
    /// point (`0.0_)` one, `#,##0` none), outside quoted text, escapes and `[…]`; nil for General,
    /// text (`@`), a scientific format (`0.00E+00`) or a code showing no digit.
    static func count(inCode code: String) -> Int? {
        guard code.lowercased() != "general" else { return nil }
        var quoted = false, bracketed = false, skipNext = false
        var digits = 0, decimals: Int?
        for character in code {
            if skipNext { skipNext = false; continue }
            if quoted { quoted = character != "\""; continue }
            if bracketed { bracketed = character != "]"; continue }
            switch character {
            case "\"": quoted = true
            case "[": bracketed = true
            case "\\", "_", "*": skipNext = true
            case ";": return digits > 0 ? decimals ?? 0 : nil
            case "@", "e", "E": return nil
            case ".": if decimals == nil { decimals = 0 }
            case "0", "#", "?":
                digits += 1
                if let shown = decimals { decimals = shown + 1 }
            default: continue
            }
        }
        return digits > 0 ? decimals ?? 0 : nil
    }

    /// `raw` as `decimals` decimals show it, written plainly (`28`, `28.0`), when that differs
    /// from the stored value; nil when the format shows the value as stored. Halves round away
    /// from zero, as Excel rounds what it shows.
    static func rounded(_ raw: String, to decimals: Int) -> String? {
        guard let value = Double(raw.trimmingCharacters(in: .whitespaces)), value.isFinite, abs(value) < 1e13 else { return nil }
        let places = min(decimals, 9)
        let factor = pow(10, Double(places))
        let shown = (value * factor * (1 + 1e-12)).rounded(.toNearestOrAwayFromZero) / factor
        guard abs(shown - value) > 1e-9 * max(1, abs(value)) else { return nil }
        return String(format: "%.\(places)f", shown)
    }

    /// For an .ods cell, which keeps its value (`office:value="27.96"`) beside the text Calc
    /// shows (`28`): that text as a plain number when it is the value with fewer decimals; nil
    /// when it shows the value as stored, or is no plain number (`1.234,5`, `28 điểm`).
    static func shown(_ displayed: String, raw: String) -> String? {
        var text = Substring(displayed.trimmingCharacters(in: .whitespaces))
        let sign = text.first == "-" ? "-" : ""
        if !sign.isEmpty { text = text.dropFirst() }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).flatMap { $0.split(separator: ".", omittingEmptySubsequences: false) }
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let rounded = rounded(raw, to: parts.count == 2 ? parts[1].count : 0),
              Double(rounded) == Double(sign + parts.joined(separator: ".")) else { return nil }
        return rounded
    }
}
