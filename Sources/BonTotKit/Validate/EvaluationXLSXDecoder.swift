import BonTotOffice
import Foundation

/// Reads `evaluations/<period>.xlsx` (or `.ods`, saved by LibreOffice Calc, or an Excel 97–2003
/// `.xls`, saved as .xlsx by LibreOffice when the machine has it): the one sheet that has a
/// header row (the first, or the one after a sheet of instructions), or the one `site.yaml`
/// names in `xlsx_sheet:`, with the same columns as the CSV. Numbers, numbers typed as text,
/// decimal commas and formulas (their cached values) are all scores; merged title rows above the
/// header are skipped, and a header on two rows (a group cell over the criteria) is read as one;
/// diagnostics name the cell (`content/evaluations/2024.xlsx:Sheet1!D7`).
enum EvaluationXLSXDecoder {
    /// More rows or columns than any table of scores has: a sheet past them is not a score table
    /// (or is built to exhaust memory), and is refused or cut rather than laid out.
    static let maximumRows = 10_000
    static let maximumColumns = 256

    /// `subject` names the first column: `branch`, or `unit` in a district's `unit-evaluations/`.
    /// `conversions` holds the `.xlsx` copy of an `.xls`, by the hash of its bytes, converted once.
    /// `scoreFiles` are the paths of the score files beside it (`OtherYearScoreSheet`).
    static func decode(_ data: Data, sheetName: String?, period: Period?, path: String, rubric: Rubric,
                       sink: DiagnosticSink, subject: RankingSubject = .branches,
                       conversions: (kept: ConvertedWorkbooks, contentHash: UInt64)? = nil, scoreFiles: [String] = [],
                       scaleNote: ScaleChangeNote? = nil) -> Evaluation? {
        let idColumn = subject.englishNoun
        guard let period else {
            sink.report(nameError(for: path, scoreFiles: scoreFiles))
            return nil
        }
        var data = data
        // An empty .xls is not given to LibreOffice, which would make an empty workbook of it: its
        // 0 bytes are read as they are, and the reader says it is empty (`OfficeError.emptyFile`).
        if path.lowercased().hasSuffix(".xls"), !data.isEmpty {
            guard let converted = fromOldExcel(data, path: path, sink: sink, conversions: conversions) else { return nil }
            data = converted
        }
        let sheets: [SpreadsheetSheet]
        do throws(OfficeError) {
            let workbook = try SpreadsheetWorkbooks.open(data)
            if let sheetName {
                guard let index = ChosenSheetName.index(of: sheetName, in: workbook.sheetNames) else {
                    sink.error(SourceLocation(file: path), field: "xlsx_sheet",
                               ChosenSheetAdvice.message(wanted: sheetName, sheets: workbook.sheetNames,
                                                             path: path, scoreFiles: scoreFiles))
                    return nil
                }
                sheets = [try workbook.sheet(at: index)]
            } else {
                guard let chosen = try scoreSheets(of: workbook, period: period, path: path, rubric: rubric, sink: sink,
                                                   subject: subject) else { return nil }
                sheets = chosen
            }
        } catch {
            sink.error(SourceLocation(file: path), error.description)
            return nil
        }
        var evaluations: [Evaluation] = []
        var otherYearTold = false
        var rounded = RoundedScoreCells()
        defer { if let warning = rounded.warning { sink.report(warning) } }
        for sheet in sheets {
            guard sheet.rows.count <= maximumRows else {
                sink.error(SourceLocation(file: path),
                           "trang '\(sheet.name)' có \(VietnameseFormat.number(sheet.rows.count)) dòng, quá \(VietnameseFormat.number(maximumRows)) dòng của một bảng điểm / too many rows for a table of scores")
                return nil
            }
            let read = table(of: sheet, path: path, idColumn: idColumn)
            if let header = read.headerIndex(idColumn: idColumn) {
                rounded.note(sheet, below: read.rows[header].location.line, path: path)
            }
            if !otherYearTold, let warning = OtherYearScoreSheet.warning(
                sheetName: sheet.name, sheetLocation: SourceLocation(file: path, cell: sheet.reference(column: 1, row: 1)),
                chosenBySiteYAML: sheetName != nil, table: read, idColumn: idColumn, period: period, path: path,
                scoreFiles: scoreFiles) {
                sink.report(warning)
                otherYearTold = true
            }
            guard let evaluation = EvaluationTableDecoder.decode(
                read, period: period, path: path,
                emptyMessage: "trang '\(sheet.name)' của bảng tính trống / the sheet '\(sheet.name)' is empty",
                rubric: rubric, sink: sink, subject: subject, scaleNote: scaleNote) else { return nil }
            evaluations.append(evaluation)
        }
        // A sheet a cluster: one period's scores, the sheets' rows one after another.
        return Evaluation(period: period, entries: evaluations.flatMap(\.entries), source: SourceLocation(file: path))
    }

    /// The error on a workbook whose name is no period (`ScoreFileNameAdvice`).
    static func nameError(for path: String, scoreFiles: [String]) -> Diagnostic {
        ScoreFileNameAdvice.error(for: path, kind: "bảng tính", examples: "2024.xlsx, 2024-q3.xlsx, 2024-09.xlsx", scoreFiles: scoreFiles)
    }

    /// An Excel 97–2003 workbook saved as .xlsx by LibreOffice (the copy `conversions` keeps,
    /// when it keeps one); nil after an error when the machine has no LibreOffice or it failed.
    private static func fromOldExcel(_ data: Data, path: String, sink: DiagnosticSink,
                                     conversions: (kept: ConvertedWorkbooks, contentHash: UInt64)?) -> Data? {
        // Encrypted with a password to open: no conversion could read it, nor LibreOffice installed.
        if CompoundFile.kind(of: data) == .encrypted {
            sink.error(SourceLocation(file: path), CompoundFile.encrypted.advice)
            return nil
        }
        guard let converter = conversions.map({ $0.kept.libreOffice }) ?? LibreOfficeConverter.find() else {
            sink.error(SourceLocation(file: path),
                       "bảng tính Excel 97–2003 (.xls) không đọc được; trong Excel hãy lưu lại dạng \"Excel Workbook (.xlsx)\", "
                       + "hoặc cài LibreOffice (apt-get install libreoffice-calc-nogui) để bontot tự chuyển "
                       + "/ an Excel 97-2003 .xls workbook: save it as .xlsx, or install LibreOffice to have it converted")
            return nil
        }
        if let (kept, contentHash) = conversions {
            if let copy = kept.copy(of: contentHash) { return copy }
            if let reason = kept.damage(of: contentHash) {
                sink.report(notConverted(path: path, reason: reason, documentAtFault: true))
                return nil
            }
        }
        do {
            let converted = try converter.convert(data, fileExtension: "xls", to: .xlsx)
            conversions.map { $0.kept.keep(converted, of: $0.contentHash) }
            return converted
        } catch let error where error.stoppedWithBontot {
            // Nothing is wrong with the workbook: an error, so that no output lacks its scores.
            sink.report(.error(at: SourceLocation(file: path), kind: .stoppedWithBontot,
                               "\(error.reason); lần dựng sau sẽ chuyển lại bảng tính "
                               + "/ LibreOffice was stopped with bontot: the next build converts the workbook"))
            return nil
        } catch {
            // A damaged workbook stays damaged: among the branches' scores its error is kept in the
            // decode cache with it, and among a unit's (read afresh at every build) beside the
            // converted copies (`ConvertedWorkbooks.keepDamage`), so that LibreOffice is not started
            // for it at every build. A timeout or a LibreOffice that would not start may be gone by
            // the next build: the kind keeps the workbook out of the decode cache, and nothing is kept.
            if error.documentAtFault { conversions.map { $0.kept.keepDamage(error.reason, of: $0.contentHash) } }
            sink.report(notConverted(path: path, reason: error.reason, documentAtFault: error.documentAtFault))
            return nil
        }
    }

    /// The error of a workbook LibreOffice did not convert, for `reason`; of the kind that keeps
    /// it out of the decode cache unless the workbook is at fault.
    private static func notConverted(path: String, reason: String, documentAtFault: Bool) -> Diagnostic {
        .error(at: SourceLocation(file: path), kind: documentAtFault ? nil : .notConverted,
               "\(reason); hãy mở bảng tính bằng Excel và lưu lại dạng \"Excel Workbook (.xlsx)\" "
               + "/ LibreOffice could not convert the workbook: save it as .xlsx")
    }

    /// The sheets of scores when `site.yaml` names none: the first shown (hidden sheets are left
    /// out), unless it has no header row
    /// with the id column (a sheet of instructions in front, "Hướng dẫn") and exactly one other
    /// sheet has; the first too when no sheet has one but the first has some table, so its own
    /// problems are reported. Otherwise nil, after one error at the first sheet that lists the
    /// sheets and says to choose with `xlsx_sheet:`.
    ///
    /// When several shown sheets hold scores and their names name quarters or months ("Quý I
    /// 2024", "Quý II 2024" in 2024-q2.xlsx) or the year in words ("Cả năm"), the one named for
    /// the file's period is read, else the one sheet naming no period beside others' ("Tổng hợp"
    /// before "Quý I" to "Quý IV"), or an error says none is (`PeriodSheets`). Else the one named with the file's year is read ("Năm
    /// 2025" in 2025.xlsx, a workbook keeping a sheet a year). Otherwise, sheets whose header
    /// rows name the same columns, none named with a year, are all read: a sheet a cluster
    /// ("Cụm 1", "Cụm 2"), each with its own header row; unless one of them sums up the others
    /// (`summary`), which is read alone. Else the first, with a warning naming the others, which
    /// are not read (their branches would only show as unscored).
    private static func scoreSheets(of workbook: any SpreadsheetWorkbook, period: Period, path: String, rubric: Rubric, sink: DiagnosticSink,
                                    subject: RankingSubject) throws(OfficeError) -> [SpreadsheetSheet]? {
        let idColumn = subject.englishNoun
        // A hidden sheet (the list behind a drop-down, an old copy) is not what the clerk sees
        // as the workbook's first tab: only the shown sheets are looked at.
        let shown = workbook.visibleSheetIndices
        let first = try workbook.sheet(at: shown[0])
        let names = shown.map { workbook.sheetNames[$0] }
        func holdsScores(_ sheet: SpreadsheetSheet) -> Bool {
            sheet.rows.count <= maximumRows
                && EvaluationTableDecoder.hasHeader(table(of: sheet, path: path, idColumn: idColumn), rubric: rubric, idColumn: idColumn)
        }
        if names.count > 1, holdsScores(first) {
            var holders = [first]
            for index in shown.dropFirst() {
                let sheet = try workbook.sheet(at: index)
                if holdsScores(sheet) { holders.append(sheet) }
            }
            guard holders.count > 1 else { return [first] }
            return chosen(among: holders, period: period, path: path, rubric: rubric, sink: sink, subject: subject)
        }
        if names.count == 1 || holdsScores(first) { return [first] }
        var found: [SpreadsheetSheet] = []
        for index in shown.dropFirst() {
            let sheet = try workbook.sheet(at: index)
            if holdsScores(sheet) { found.append(sheet) }
        }
        if found.count == 1 { return found }
        // Behind a sheet of instructions, a sheet a quarter or month: the one of the file's period.
        if found.count > 1, PeriodSheets.choose(among: found, period: period, path: path) != nil {
            return chosen(among: found, period: period, path: path, rubric: rubric, sink: sink, subject: subject)
        }
        if found.isEmpty, table(of: first, path: path, idColumn: idColumn).headerIndex(idColumn: idColumn) != nil { return [first] }
        let listed = names.joined(separator: ", ")
        let problem = found.isEmpty
            ? "không trang nào của bảng tính có dòng tiêu đề '\(idColumn)'; các trang: \(listed)"
            : "trang đầu '\(first.name)' không có dòng tiêu đề '\(idColumn)', còn \(found.count) trang có: "
                + found.map { "'\($0.name)'" }.joined(separator: ", ")
        let english = found.isEmpty ? "no sheet has a header row with '\(idColumn)'" : "several sheets have a header row with '\(idColumn)'"
        sink.error(SourceLocation(file: path, cell: first.reference(column: 1, row: 1)), field: "xlsx_sheet",
                   "\(problem); hãy ghi tên trang bảng điểm vào site.yaml, ví dụ 'xlsx_sheet: \(found.first?.name ?? "Bảng điểm")' "
                       + "/ \(english): name the sheet with xlsx_sheet: in site.yaml")
        return nil
    }

    /// The sheets read of `holders`, the shown sheets holding scores (at least two): those
    /// named for the file's period when their names name quarters or months (`PeriodSheets`),
    /// else the one named with the file's year, else the sheets of clusters or their summary,
    /// else the first with a warning (see `scoreSheets`). Nil after an error.
    private static func chosen(among holders: [SpreadsheetSheet], period: Period, path: String, rubric: Rubric,
                               sink: DiagnosticSink, subject: RankingSubject) -> [SpreadsheetSheet]? {
        var holders = holders
        // Sheets all named for the file's period may be its clusters', years in their names or not.
        var namedForPeriod = false
        switch PeriodSheets.choose(among: holders, period: period, path: path) {
        case .refused(let error)?:
            sink.report(error)
            return nil
        case .named(let named, let note)?:
            note.map(sink.report)
            guard named.count > 1 else { return named }
            holders = named
            namedForPeriod = true
        case nil:
            let ofYear = holders.filter { $0.name.contains(String(period.year)) }
            if ofYear.count == 1 { return ofYear }
        }
        let first = holders[0]
        let columns = holders.map { EvaluationTableDecoder.columns(of: table(of: $0, path: path, idColumn: subject.englishNoun), rubric: rubric, subject: subject) }
        let differing = holders.indices.dropFirst().filter { columns[$0] != columns[0] }.map { "'\(holders[$0].name)'" }
        if differing.isEmpty, namedForPeriod || !holders.contains(where: { $0.name.contains(/(?:19|20)\d\d/) }) {
            return summary(of: holders, period: period, path: path, rubric: rubric, subject: subject).map { [$0] } ?? holders
        }
        let others = holders.dropFirst().map { "'\($0.name)'" }.joined(separator: ", ")
        let why = differing.isEmpty ? "" : " (dòng tiêu đề của trang \(differing.joined(separator: ", ")) khác trang đầu)"
        sink.warning(SourceLocation(file: path, cell: first.reference(column: 1, row: 1)), field: "xlsx_sheet",
                     "chỉ đọc trang đầu '\(first.name)'; các trang \(others) cũng có bảng điểm nhưng không được đọc\(why). Nếu điểm nằm ở "
                     + "trang khác, hãy ghi tên trang vào site.yaml ('xlsx_sheet: …'); nếu mỗi cụm một trang, hãy cho các trang "
                     + "cùng một dòng tiêu đề / only the first sheet is read; other sheets with scores are not: name one with "
                     + "xlsx_sheet:, or give every cluster's sheet the same header row")
        return [first]
    }

    /// Of sheets that hold scores under the same header, the one that scores every branch the
    /// others score, and more than each of them: a summary ("Tổng hợp") in front of a sheet a
    /// cluster, which is read alone. Nil when there is none.
    private static func summary(of sheets: [SpreadsheetSheet], period: Period, path: String, rubric: Rubric,
                                subject: RankingSubject) -> SpreadsheetSheet? {
        let scored = sheets.map { sheet in
            let evaluation = EvaluationTableDecoder.decode(table(of: sheet, path: path, idColumn: subject.englishNoun), period: period,
                                                           path: path, emptyMessage: "", rubric: rubric, sink: DiagnosticSink(),
                                                           subject: subject)
            return Set(evaluation?.entries.map(\.branchID) ?? [])
        }
        let index = scored.indices.first { candidate in
            scored.indices.allSatisfy { $0 == candidate || scored[$0].isStrictSubset(of: scored[candidate]) }
        }
        return index.map { sheets[$0] }
    }

    /// The sheet as a table of rows, a header typed on two rows joined into one.
    /// A range merged down over branches' rows gives its value to each of them
    /// (`fillingMergedDown`).
    private static func table(of sheet: SpreadsheetSheet, path: String, idColumn: String) -> EvaluationTable {
        var raw = EvaluationTable(rows: rows(of: sheet, path: path))
        raw.knowsMerges = true
        guard let index = raw.headerIndex(idColumn: idColumn) else { return raw }
        let twoRows = index + 1 < raw.rows.count && isTwoRowHeader(upper: sheet.rows[index], lower: sheet.rows[index + 1], merges: sheet.merges)
        let headerRow = sheet.rows[index + (twoRows ? 1 : 0)].number
        let idCell = sheet.rows[index].cells.first { cell in
            EvaluationTable.Row(cells: [cell.text], location: SourceLocation(file: path), locate: { _ in SourceLocation(file: path) })
                .namesIDColumn(idColumn)
        }
        // A cluster's name merged down over its branches, before the branch column, is each one's too.
        let clusterCells = sheet.rows[index...(index + (twoRows ? 1 : 0))].flatMap(\.cells).filter { EvaluationHeader.isClusterColumn($0.text) }
        let filled = sheet.fillingMergedDown(below: headerRow, rightOf: idCell?.column ?? sheet.rows[index].cells.first?.column ?? 1,
                                             alsoIn: Set(clusterCells.map(\.column)))
        var table = EvaluationTable(rows: rows(of: filled, path: path))
        table.knowsMerges = true
        return twoRows ? table.joiningHeader(at: index) : table
    }

    /// True when the header goes on into the row below, as offices type it: a cell merged down
    /// over both rows ("Chi bộ" over A4:A5), or a group merged across ("Điểm các tiêu chí" over
    /// C4:G4) with the column names under it, and the row below starts empty (no branch in it).
    private static func isTwoRowHeader(upper: SpreadsheetRow, lower: SpreadsheetRow, merges: [SpreadsheetMerge]) -> Bool {
        guard lower.number == upper.number + 1, let first = upper.cells.first?.column,
              !lower.cells.contains(where: { $0.column <= first }) else { return false }
        return merges.contains { merge in
            guard merge.firstRow == upper.number else { return false }
            return merge.lastRow >= lower.number
                || (merge.lastColumn > merge.firstColumn
                    && lower.cells.contains { (merge.firstColumn...merge.lastColumn).contains($0.column) })
        }
    }

    /// The rows of `sheet`, a title merged across the table marked as such.
    private static func rows(of sheet: SpreadsheetSheet, path: String) -> [EvaluationTable.Row] {
        let mergedAcross = sheet.rowsMergedAcross()
        return sheet.rows.indices.map { row(of: sheet.rows[$0], in: sheet, isMergedTitle: mergedAcross.contains($0), path: path) }
    }

    private static func row(of row: SpreadsheetRow, in sheet: SpreadsheetSheet, isMergedTitle: Bool, path: String) -> EvaluationTable.Row {
        let width = min(row.cells.map(\.column).max() ?? 0, maximumColumns)
        var cells = Array(repeating: "", count: width)
        var uncomputed: [Int] = [], stored = Set<Int>()
        for cell in row.cells where cell.column <= maximumColumns {
            cells[cell.column - 1] = cell.text
            if cell.isUncomputedFormula { uncomputed.append(cell.column - 1) }
            if !cell.isText { stored.insert(cell.column - 1) }
        }
        let number = row.number
        var read = EvaluationTable.Row(
            cells: cells,
            location: location(column: row.cells.first?.column ?? 1, row: number, sheet: sheet, path: path),
            isMergedTitle: isMergedTitle,
            uncomputedFormulas: uncomputed,
            locate: { location(column: $0 + 1, row: number, sheet: sheet, path: path) })
        read.isHidden = sheet.hiddenRows.contains(number)
        read.hiddenCells = Set(sheet.hiddenColumns.filter { $0 <= maximumColumns }.map { $0 - 1 })
        read.storedNumbers = stored
        return read
    }

    private static func location(column: Int, row: Int, sheet: SpreadsheetSheet, path: String) -> SourceLocation {
        SourceLocation(file: path, line: row, cell: sheet.reference(column: column, row: row))
    }
}
