/// Turns a table of scores (from CSV or a workbook) into an `Evaluation`: finds the header row
/// below any title rows, checks its columns, and builds one entry per branch row. A leading
/// "STT" column and a total row ("Tổng cộng") at the foot, which every office sheet has, are
/// left out. Both file
/// kinds share this, so they accept the same columns and report the same problems.
enum EvaluationTableDecoder {
    /// `emptyMessage` says that the file holds no table, in the words of its kind; `subject`
    /// names the first column and the rows: `branch`, or `unit` in a district's `unit-evaluations/`.
    static func decode(_ table: EvaluationTable, period: Period, path: String, emptyMessage: String,
                       rubric: Rubric, sink: DiagnosticSink, subject: RankingSubject = .branches,
                       scaleNote: ScaleChangeNote? = nil) -> Evaluation? {
        let idColumn = subject.englishNoun
        guard let headerIndex = headerIndex(of: table, rubric: rubric, idColumn: idColumn) else {
            // Rows of one cell each are no empty file: its cells are not split as this reader splits them.
            sink.error(table.rows.first?.location ?? SourceLocation(file: path), table.rows.isEmpty ? emptyMessage
                       : "không tìm thấy dòng tiêu đề: mỗi dòng chỉ có một ô (trong tệp CSV, các ô phải cách nhau bằng ';', ',' "
                       + "hoặc dấu tab); cột đầu của dòng tiêu đề phải là '\(idColumn)' / no header row: every row is a single cell "
                       + "(in a CSV, cells are separated by ';', ',' or tabs)")
            return nil
        }
        var builder = EvaluationEntryBuilder(rubric: rubric, sink: sink, subject: subject)
        builder.scaleNote = scaleNote
        let (table, numbered, headerRow, named) = headed(table, at: headerIndex, builder: builder, idColumn: idColumn)
        let header = HiddenSheetParts.readColumns(named, row: headerRow, builder: builder)
        guard header.first == idColumn else {
            let words = (EvaluationHeader.spelledWords[idColumn] ?? []).map { "'\($0)'" }.joined(separator: ", ")
            sink.error(headerRow.locate(0), field: idColumn,
                       "cột đầu tiên của dòng tiêu đề phải là '\(idColumn)' (hoặc \(words)) / the first column must be '\(idColumn)', "
                       + "got '\(headerRow.cells.first?.trimmingCharacters(in: .whitespaces) ?? "")'")
            return nil
        }
        let absent = checkHeader(header, row: headerRow, builder: builder)
        var entries: [EvaluationEntry] = []
        var records: [EvaluationTable.Row] = []
        // Below the table, the place and date and who signs ("NGƯỜI LẬP BIỂU", "T/M ĐẢNG ỦY").
        let end = EvaluationFooter.start(in: table.rows, after: headerIndex) ?? table.rows.count
        // Under the header, the row numbering the columns ("A | B | (1) | (2) | …") and the row of
        // maximum points ("15 điểm | 15 điểm | 30 điểm | …"), in either order, name no branch.
        var first = headerIndex + 1
        while first < end, EvaluationColumnNumbers.isNumberingRow(table.rows[first])
                || MaximumPointsRow.isPointsRow(numbered ? table.rows[first].droppingFirstCell : table.rows[first],
                                                header: header, rubric: builder.rubric) {
            first += 1
        }
        let bodyRows = table.rows[first..<end].map { numbered ? $0.droppingFirstCell : $0 }
        let shown = HiddenSheetParts.shownBranches(bodyRows)
        // What "1.000" means is told by the decimals the table's other scores are typed with.
        let wordColumns = header.indices.filter { $0 == 0 || ["note", "level", EvaluationHeader.clusterColumn].contains(header[$0]) }
        builder.decimalMark = TableDecimalMark(rows: bodyRows, ignored: Set(wordColumns))
        // Every branch row one empty cell wider than the header: an empty last column, no shift.
        let emptyLastColumn = table.splitsDecimalCommas && CommaShiftCause.isEmptyLastColumn(bodyRows, headerWidth: header.count)
        var clusterBlock = ClusterBlock(copiesDown: !table.knowsMerges && !header.contains(EvaluationHeader.clusterRankColumn))
        for row in table.rows[first..<end] {
            let record = numbered ? row.droppingFirstCell : row
            // A row left out below (a total, a heading, a row without id) ends a block of a cluster's rows.
            var isEntry = false
            defer { if !isEntry { clusterBlock.passing(record, header: header) } }
            let location = record.location
            let branchID = (record.cells.first ?? "").trimmingCharacters(in: .whitespaces)
            // The total row at the foot ("Tổng cộng", its label in the id column or in the STT
            // column merged over it) sums the branches, and an average row ("Bình quân") averages
            // them; neither is a branch's scores.
            if EvaluationHeader.isTotal(branchID) || (branchID.isEmpty && numbered && EvaluationHeader.isTotal(row.cells.first ?? "")) {
                continue
            }
            // A row heading a group of branches ("I. CỤM KHU DÂN CƯ") holds no scores.
            if EvaluationGroupRow.isGroupHeading(row, record: record, numbered: numbered) { continue }
            // An old copy of a shown row, hidden rather than deleted.
            if HiddenSheetParts.isHiddenRepeat(record, shown: shown, sink: sink) { continue }
            // The restated columns (a RANK formula, the total) are compared, never used: one left uncomputed says nothing.
            for column in record.uncomputedFormulas where header.indices.contains(column) ? !EvaluationHeader.restatedColumns.contains(header[column]) : true {
                sink.error(record.locate(column),
                           "ô có công thức nhưng tệp không lưu giá trị đã tính; hãy mở bảng tính bằng Excel hoặc LibreOffice rồi lưu lại "
                           + "/ a formula cell saved without its computed value")
            }
            guard !branchID.isEmpty else {
                if !ClusterColumn.isClusterLabelRow(record, header: header), record.cells.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                    sink.error(record.locate(0), field: idColumn,
                               "dòng có điểm nhưng thiếu mã \(subject.noun) ở cột '\(idColumn)' / a row without a \(idColumn) id")
                }
                continue
            }
            // A row whose cells a decimal comma shifted reads each score after it in the next
            // column: its scores are no one's, and only the shift is told (its entry built with a
            // sink of its own). In a comma-separated file, a row longer than its header is that
            // shift whatever its last cell holds: Excel ends a row whose last column is empty
            // with a comma ("…,17,5,0,"). Only empty cells past the header, and no split number
            // or note within it, are commas a spreadsheet left after the row ("…,17,16,,,"): no
            // shift, the scores read as typed.
            var shifted = false
            let cause = record.cells.count > header.count && table.splitsDecimalCommas && !emptyLastColumn
                ? CommaShiftCause(cells: record.cells, header: header) : nil
            let onlyEmptyPast = record.cells.dropFirst(header.count).allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
            if let cause, cause != .unknown || !onlyEmptyPast {
                shifted = true
                let explanation = cause.explanation
                sink.error(record.locate(cause.index(past: header.count)),
                           "dòng có \(record.cells.count) ô, nhiều hơn \(header.count) cột của dòng tiêu đề\(explanation.vi) / "
                           + "more cells than header columns\(explanation.en)")
            } else if record.cells.count > header.count, !onlyEmptyPast,
                      let extra = record.cells[header.count...].firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                sink.warning(record.locate(extra), "dòng có \(record.cells.count) ô, nhiều hơn \(header.count) cột của dòng tiêu đề; các ô thừa bị bỏ qua / more cells than header columns")
            }
            var cells: [String: ScoreCell] = [:]
            for (index, column) in header.enumerated().dropFirst()
            where !column.isEmpty && !EvaluationHeader.restatedColumns.contains(column) && cells[column] == nil {
                let value = index < record.cells.count ? record.cells[index] : ""
                cells[column] = ScoreCell(text: value.trimmingCharacters(in: .whitespaces), location: record.locate(index),
                                          isTyped: !record.storedNumbers.contains(index))
            }
            let errorsBefore = sink.log.errorCount
            // A formula saved without its value is reported above, not again as a missing score.
            let uncomputed = Set(record.uncomputedFormulas.compactMap { header.indices.contains($0) ? header[$0] : nil })
            let rowBuilder = shifted ? EvaluationEntryBuilder(rubric: builder.rubric, sink: DiagnosticSink(), subject: builder.subject,
                                                              decimalMark: builder.decimalMark) : builder
            var entry = SheetMarks.reading(record, header: header, into: rowBuilder.build(
                branchID: branchID, cells: cells, location: location, checkKeys: false, reportedAbsent: absent.union(uncomputed)))
            isEntry = true
            if let copied = clusterBlock.cluster(of: record, header: header) { entry.sheetCluster = copied }
            // A total compared with scores a missing column left at 0 would only repeat that error.
            if !shifted, sink.log.errorCount == errorsBefore, absent.isEmpty, let index = header.firstIndex(of: EvaluationHeader.totalColumn), index < record.cells.count {
                SheetTotal.compare(record.cells[index], at: record.locate(index), with: entry, subject: subject, sink: sink)
            }
            entries.append(entry)
            records.append(record)
        }
        entries = SheetMarks.withoutBlankFourGoodColumn(entries, header: header, rows: records)
        return Evaluation(period: period, entries: entries, source: SourceLocation(file: path))
    }

    /// The index of the header row: the row naming the id column, or else the first row that
    /// names two score columns or more (a header whose first column is titled in words bontot
    /// does not know, reported at that cell rather than at the document's head above it), or
    /// else the first row that is no title.
    private static func headerIndex(of table: EvaluationTable, rubric: Rubric, idColumn: String) -> Int? {
        let found = table.headerIndex(idColumn: idColumn)
        guard let found, !table.rows[found].namesIDColumn(idColumn) else { return found }
        let accepted = EvaluationEntryBuilder(rubric: rubric, sink: DiagnosticSink()).acceptedKeys
        return table.rows.firstIndex { row in
            row.filledCells.filter { accepted.contains(EvaluationHeader.column($0, rubric: rubric, idColumn: idColumn)) }.count >= 2
        } ?? found
    }

    /// How many rows a header may be typed on.
    private static let maximumHeaderRows = 3

    /// The table with its header row found at `headerIndex` made one row (a header typed on two
    /// or three rows joined, the empty columns left of it dropped), whether an "STT" column numbers the
    /// rows, the header row without it, and the column each of its cells names.
    private static func headed(_ table: EvaluationTable, at headerIndex: Int, builder: EvaluationEntryBuilder, idColumn: String)
        -> (table: EvaluationTable, numbered: Bool, row: EvaluationTable.Row, columns: [String]) {
        var table = table.droppingLeadingEmptyColumns(headerIndex: headerIndex)
        // A header on two rows, or on three (each criterion over its items, each item over "Tự
        // chấm | Đảng ủy chấm"), as a CSV gives it: the lower rows joined into the header one by one.
        for _ in 0..<maximumHeaderRows - 1 where continuesHeader(table, at: headerIndex, builder: builder, idColumn: idColumn) {
            table = table.joiningHeader(at: headerIndex)
        }
        // "Cụm | STT | Tên chi bộ": read as "STT | Cụm | Tên chi bộ".
        if let index = ClusterColumn.rowNumberIndex(in: table.rows[headerIndex].cells) {
            table = ClusterColumn.moving(table, from: index, to: 0, headerIndex: headerIndex)
        }
        // A leading "STT" column numbers the rows: it is left out, and the table read from the next.
        let numbered = EvaluationHeader.isRowNumber(table.rows[headerIndex].cells.first ?? "")
        let named = { (row: EvaluationTable.Row) in
            row.cells.map { EvaluationHeader.column($0.trimmingCharacters(in: .whitespaces), rubric: builder.rubric, idColumn: idColumn) }
        }
        var headerRow = numbered ? table.rows[headerIndex].droppingFirstCell : table.rows[headerIndex]
        var columns = named(headerRow)
        // "Cụm thi đua | Tên chi bộ": read as if the branch column came first.
        if let index = ClusterColumn.idIndex(in: columns, idColumn: idColumn) {
            let offset = numbered ? 1 : 0
            table = ClusterColumn.moving(table, from: index + offset, to: offset, headerIndex: headerIndex)
            headerRow = numbered ? table.rows[headerIndex].droppingFirstCell : table.rows[headerIndex]
            columns = named(headerRow)
        }
        // "Mã chi bộ | Tên chi bộ": the row is read by the first, the other compared with it.
        for index in columns.indices.dropFirst() where columns[index] == idColumn && columns.first == idColumn {
            columns[index] = EvaluationHeader.secondIDColumn
        }
        // A units' "Chi bộ 4 tốt" beside their mark or its share counts their branches holding it.
        columns = EvaluationHeader.countingBranches(columns, headers: headerRow.cells, idColumn: idColumn)
        return (table, numbered, headerRow, columns)
    }

    /// The columns `table`'s header row names, in no order and without empty ones: what two
    /// sheets of one workbook must share to be read as one table (a sheet a cluster). Nil when
    /// it has no header row.
    static func columns(of table: EvaluationTable, rubric: Rubric, subject: RankingSubject = .branches) -> [String]? {
        let idColumn = subject.englishNoun
        guard let headerIndex = table.headerIndex(idColumn: idColumn) else { return nil }
        let builder = EvaluationEntryBuilder(rubric: rubric, sink: DiagnosticSink(), subject: subject)
        return headed(table, at: headerIndex, builder: builder, idColumn: idColumn).columns.filter { !$0.isEmpty }.sorted()
    }

    /// True when `table` has a header row whose first column (after an "STT" column) is the id
    /// column: a table of scores, whatever else is wrong in it.
    static func hasHeader(_ table: EvaluationTable, rubric: Rubric, idColumn: String = "branch") -> Bool {
        guard let headerIndex = table.headerIndex(idColumn: idColumn) else { return false }
        var cells = table.droppingLeadingEmptyColumns(headerIndex: headerIndex).rows[headerIndex].cells[...]
        while let first = cells.first, EvaluationHeader.isRowNumber(first) || EvaluationHeader.isClusterColumn(first) { cells = cells.dropFirst() }
        return EvaluationHeader.column((cells.first ?? "").trimmingCharacters(in: .whitespaces), rubric: rubric, idColumn: idColumn) == idColumn
    }

    /// True when the row under the header at `index` goes on with it: a header typed on two rows
    /// (a group cell over the criteria, "Lãnh đạo hoàn thành tốt nhiệm vụ chính trị" over
    /// "Hoàn thành các chỉ tiêu được giao" and "Tiến độ, chất lượng lãnh đạo") as it reads once
    /// exported to CSV, where no merge is left to show it. Such a row has no id (nor row number),
    /// no number in any cell, and at least one cell that names a column or the committee's
    /// score under a criterion ("Đảng ủy chấm", `ScorerColumns`).
    private static func continuesHeader(_ table: EvaluationTable, at index: Int, builder: EvaluationEntryBuilder,
                                        idColumn: String) -> Bool {
        guard index + 1 < table.rows.count else { return false }
        let upper = table.rows[index], lower = table.rows[index + 1]
        guard !lower.isMergedTitle else { return false }
        let idIndex = EvaluationHeader.isRowNumber(upper.cells.first ?? "") ? 1 : 0
        let cells = lower.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        guard cells.prefix(idIndex + 1).allSatisfy(\.isEmpty) else { return false }
        let filled = cells.filter { !$0.isEmpty }
        let accepted = builder.acceptedKeys
        return !filled.contains { Double($0.replacingOccurrences(of: ",", with: ".")) != nil }
            && filled.contains { accepted.contains(EvaluationHeader.column($0, rubric: builder.rubric, idColumn: idColumn))
                || ScorerColumns.committeeWords.contains(Slug.fold($0)) }
    }

    /// Checks the header's columns once for the whole table: each given once, each known; and
    /// each score column the rubric needs present. A column no criterion is called and a
    /// criterion no column holds are one mistake when the column looks like the criterion
    /// ("Đoàn kết" for `doan-ket-ky-luat`): one error at the column's cell, with the criterion
    /// it likely means. A missing column is reported once, at the header row. Returns the keys
    /// of the row scores those columns would hold, which the rows then do not report missing.
    private static func checkHeader(_ header: [String], row: EvaluationTable.Row, builder: EvaluationEntryBuilder) -> Set<String> {
        let sink = builder.sink
        let absent = MissingScoreColumn.all(missingFrom: Set(header), rubric: builder.rubric)
        var missing = absent
        var seenColumns = Set<String>()
        var unknown = UnknownSheetColumn(builder)
        for (index, column) in header.enumerated().dropFirst() {
            if column.isEmpty || EvaluationHeader.restatedColumns.contains(column) { continue }
            if !seenColumns.insert(column).inserted {
                sink.error(row.locate(index), field: column, "cột '\(column)' có hai lần / the column '\(column)' appears twice")
            }
            guard !builder.acceptedKeys.contains(column), let meant = MissingScoreColumn.likely(for: column, among: missing) else {
                unknown.check(column, at: row.locate(index))
                continue
            }
            missing.removeAll { $0.key == meant.key }
            sink.error(row.locate(index), field: meant.key,
                       "cột '\(column)' không khớp tiêu chí nào; có phải '\(meant.key)' (\(meant.name))? "
                           + "/ the column matches no criterion; did you mean '\(meant.key)'?")
        }
        for column in missing {
            sink.error(row.location, field: column.key,
                       "dòng tiêu đề thiếu cột '\(column.key)' (\(column.name)) / the header row has no column '\(column.key)'")
        }
        return Set(absent.flatMap(\.scoreKeys))
    }
}
