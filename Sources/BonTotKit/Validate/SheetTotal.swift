/// The total a score sheet writes in its own "Tổng điểm" column, compared with the one the
/// ranking computes from the score columns (criteria + bonus − penalty): a sum typed by hand or
/// a formula that leaves out a column makes the sheet and the portal disagree, and the office
/// should know before it prints either.
enum SheetTotal {
    /// Warns at the total's cell when it is a number other than `entry`'s total; an empty cell,
    /// or one that is not a number (a note, "-"), says nothing.
    static func compare(_ text: String, at location: SourceLocation, with entry: EvaluationEntry, subject: RankingSubject,
                        sink: DiagnosticSink) {
        let written = text.trimmingCharacters(in: .whitespaces)
        guard !written.isEmpty, let value = FieldReader.number(written) else { return }
        let computed = entry.criterionScores.values.reduce(0, +) + entry.bonus - entry.penalty
        guard abs(value - computed) > 0.005 else { return }
        sink.warning(location, field: EvaluationHeader.totalColumn,
                     "tổng điểm của \(subject.noun) '\(entry.branchID)' ghi trong bảng là \(VietnameseFormat.score(value)), "
                         + "khác tổng các cột điểm (tiêu chí + thưởng − trừ) là \(VietnameseFormat.score(computed)); "
                         + "bảng xếp hạng dùng \(VietnameseFormat.score(computed)); hãy kiểm tra công thức, số đã gõ, và các ô số lưu dạng văn bản "
                         + "(căn trái, có dấu tam giác xanh), mà hàm SUM không cộng "
                         + "/ the sheet's total differs from the sum of the score columns")
    }
}
