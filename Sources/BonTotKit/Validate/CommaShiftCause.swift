import Foundation

/// Why a row of a comma-separated score file has more cells than its header, as its own cells
/// tell: a score typed with a decimal comma ("17,5" split into `17` and `5`, every later cell
/// one column to the right), or a note holding a comma outside quotes ("Tặng giấy khen, biểu
/// dương" split in two). The error on the row quotes what the clerk typed and where.
enum CommaShiftCause: Equatable {
    /// The score `joined` ("17,5"), which would be in the column `column`, at cell `index`.
    case decimalComma(joined: String, column: String, index: Int)
    /// The note `note` ("Tặng giấy khen, biểu dương"), in the column `column`, at cell `index`.
    case noteComma(note: String, column: String, index: Int)
    /// No cell tells which.
    case unknown

    /// The columns that hold words, not numbers: the row's id, the note, the level, the
    /// "4 tốt" mark ("x", "Đạt"), a second name and the cluster.
    private static let wordColumns: Set<String> = ["note", "level", EvaluationHeader.fourGoodColumn, EvaluationHeader.secondIDColumn,
                                                   EvaluationHeader.clusterColumn]

    /// The cause for `cells`, a row with more cells than `header` (the column each header cell names).
    init(cells typed: [String], header: [String]) {
        let cells = typed.map { $0.trimmingCharacters(in: .whitespaces) }
        let isWords = header.indices.map { $0 == 0 || Self.wordColumns.contains(header[$0]) }
        // A note read whole up to its column, text in it and text after it, where a number or
        // nothing would be: the note's comma split it.
        if let note = header.firstIndex(where: { $0 == "note" }), note > 0, note + 1 < cells.count,
           (1..<note).allSatisfy({ cells[$0].isEmpty || Self.isNumber(cells[$0]) != isWords[$0] }),
           Self.isText(cells[note]), Self.isText(cells[note + 1]) {
            let extra = cells.count - header.count
            let text = typed[note...min(note + extra, cells.count - 1)].joined(separator: ",").trimmingCharacters(in: .whitespaces)
            self = .noteComma(note: text, column: header[note], index: note)
            return
        }
        // The first number-column cell followed by what a decimal comma leaves of a score's
        // fraction: a half or a quarter ("5", "25", "75"), else "50".
        for fractions in [["5", "25", "75"], ["50"]] {
            for index in header.indices.dropFirst() where !isWords[index] && !header[index].isEmpty && index + 1 < cells.count {
                let whole = cells[index]
                guard (1...3).contains(whole.count), whole.allSatisfy({ $0.isASCII && $0.isNumber }),
                      fractions.contains(cells[index + 1]) else { continue }
                self = .decimalComma(joined: "\(whole),\(cells[index + 1])", column: header[index], index: index)
                return
            }
        }
        self = .unknown
    }

    /// True for a number as a score cell holds one ("27", "27.5", "-2").
    private static func isNumber(_ text: String) -> Bool {
        Double(text) != nil
    }

    /// True for a cell holding words, not a number nor nothing.
    private static func isText(_ text: String) -> Bool {
        !text.isEmpty && !isNumber(text)
    }

    /// The error's words after "dòng có N ô, nhiều hơn M cột của dòng tiêu đề", Vietnamese and English.
    var explanation: (vi: String, en: String) {
        switch self {
        case .decimalComma(let joined, let column, _):
            let point = joined.replacingOccurrences(of: ",", with: ".")
            return (": có lẽ điểm '\(joined)' ở cột '\(column)' viết dấu phẩy thập phân trong tệp phân cách bằng dấu phẩy, nên bị tách "
                        + "làm hai ô và các ô sau nó lệch sang cột bên phải; hãy lưu tệp bằng ';' hoặc viết \(point)",
                    ": '\(joined)' in column '\(column)' is likely a decimal comma in a comma-separated file; save with ';' or write \(point)")
        case .noteComma(let note, let column, _):
            return (": có lẽ ghi chú '\(note)' ở cột '\(column)' có dấu phẩy nằm ngoài ngoặc kép, nên bị tách làm hai ô; "
                        + "hãy đặt ghi chú trong ngoặc kép (\"…\") hoặc lưu tệp bằng ';'",
                    ": the note '\(note)' likely holds a comma outside quotes; put the note in quotes \"…\" or save with ';'")
        case .unknown:
            return (": có lẽ một số thập phân viết dấu phẩy trong tệp phân cách bằng dấu phẩy; hãy lưu tệp bằng ';' "
                        + "hoặc viết số thập phân với dấu chấm",
                    ": a decimal comma in a comma-separated file?")
        }
    }

    /// The cell the error is told at: the split one, or else the first cell past the header.
    func index(past header: Int) -> Int {
        switch self {
        case .decimalComma(_, _, let index), .noteComma(_, _, let index): index
        case .unknown: header
        }
    }
}
