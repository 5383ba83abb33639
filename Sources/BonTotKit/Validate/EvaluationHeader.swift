/// The columns of a score table as offices title them in Excel: besides the ids (`branch`,
/// `sinh-hoat`, `bonus`), the Vietnamese words ("Chi bộ", a criterion's name as the rubric gives
/// it, "Điểm thưởng", "Điểm trừ", "Vi phạm", "Xếp loại", "Ghi chú"), in any case and with or
/// without diacritics.
enum EvaluationHeader {
    /// The words of the fixed columns as offices type them, by the id they stand for.
    static let spelledWords: [String: [String]] = [
        "branch": ["Chi bộ", "Mã chi bộ", "Tên chi bộ", "Đơn vị", "Tên đơn vị", "Chi bộ trực thuộc", "Tên tổ chức đảng", "Tổ chức đảng",
                   "Tên chi, đảng bộ", "Chi, đảng bộ"],
        "unit": ["Đơn vị", "Mã đơn vị", "Tên đơn vị", "Đảng bộ", "Đảng bộ cơ sở", "Đảng bộ trực thuộc"],
        "bonus": ["Điểm thưởng", "Thưởng", "Điểm cộng"],
        "penalty": ["Điểm trừ", "Trừ"],
        "violations": ["Vi phạm", "Số vi phạm", "Kỷ luật", "Số đảng viên bị kỷ luật", "Đảng viên bị kỷ luật", "Số đảng viên vi phạm"],
        "level": ["Xếp loại", "Mức xếp loại", "Kết quả xếp loại", "Xếp loại chất lượng", "Kết quả xếp loại chất lượng", "Xếp loại thi đua"],
        "note": ["Ghi chú"],
        clusterColumn: ["Cụm thi đua", "Cụm", "Khối thi đua", "Khối", "Tên cụm", "Cụm, khối thi đua"],
        totalColumn: ["Tổng điểm", "Tổng cộng", "Tổng", "Tổng số điểm", "Điểm tổng", "Cộng", "Tổng điểm đạt", "Tổng điểm đạt được", "Tổng số điểm đạt được"],
        rankColumn: ["Xếp hạng", "Thứ hạng", "Hạng", "Thứ tự xếp hạng"],
        clusterRankColumn: ["Hạng trong cụm", "Thứ hạng trong cụm", "Xếp hạng trong cụm", "Hạng trong khối", "Xếp hạng trong khối"],
        statusColumn: ["Tình trạng"],
        shareColumn: ["Tỷ lệ", "Tỉ lệ", "Tỷ lệ đạt", "Tỉ lệ đạt", "Tỷ lệ %", "% đạt", "Tỷ lệ điểm đạt"],
        fourGoodColumn: ["Chi bộ 4 tốt", "Chi bộ bốn tốt", "Đạt 4 tốt", "4 tốt", "Danh hiệu", "Danh hiệu chi bộ 4 tốt",
                         "Đảng bộ cơ sở 4 tốt", "Đảng bộ cơ sở bốn tốt", "Đảng bộ 4 tốt", "Đảng bộ bốn tốt"],
        figuresColumn: ["Số chi bộ", "Số chi bộ trực thuộc", "Số đảng viên", "Tổng số đảng viên", "Số chi bộ đạt 4 tốt",
                        "Số chi bộ 4 tốt", "Tỷ lệ chi bộ 4 tốt", "Tỷ lệ chi bộ đạt 4 tốt", "Tỷ lệ chi bộ đạt Chi bộ 4 tốt",
                        "Tỷ lệ chi bộ đạt danh hiệu Chi bộ 4 tốt"],
    ]

    /// The words of the fixed columns, folded (`Slug.fold`), by the id they stand for.
    static let words: [String: [String]] = spelledWords.mapValues { $0.map(Slug.fold) }

    /// The column of the rank the sheet writes ("Xếp hạng"): compared with the computed rank.
    static let rankColumn = "rank"

    /// The column of the rank within the emulation cluster ("Hạng trong cụm"), as the ranking's
    /// own CSV writes it beside the rank: restated, left out (the rank column is compared).
    static let clusterRankColumn = "cluster-rank"

    /// The last column of the ranking's own CSV when a branch (or unit) ended in the period
    /// ("Tình trạng": "Đã sáp nhập vào …", "Đã giải thể"): what its file says, left out.
    static let statusColumn = "status"

    /// The column of the share of the maximum the sheet writes ("Tỷ lệ đạt", "% đạt", "%"): read and
    /// left out, as a percentage of which maximum (with the bonus or without) is the office's own.
    static let shareColumn = "share"

    /// The column of the "Chi bộ 4 tốt" mark ("x", "Đạt" or empty): compared with the rules' check.
    static let fourGoodColumn = "four-good"

    /// A column of the figures bontot has from the sites' own files, which a district's table of
    /// its units restates beside their scores ("Số chi bộ", "Số đảng viên", "Tỷ lệ chi bộ đạt 4
    /// tốt", the share `min_branch_share` asks for): no score, left out as the total is; it was a
    /// warning of an unknown column at every build.
    static let figuresColumn = "figures"

    /// A second column naming the row's branch (or unit), beside the one the row is read by: the
    /// name beside the id ("Mã chi bộ | Tên chi bộ"), or the id beside the name. Compared with
    /// the branch the row is read as.
    static let secondIDColumn = "second-id"

    /// The columns that restate what bontot computes (the total, the rank, the share, the 4-tốt
    /// mark, the units' figures) or what the row's first column says (`secondIDColumn`): no score, and not a row's
    /// field; the rank, the mark and the second name are compared.
    static let restatedColumns: Set<String> = [totalColumn, rankColumn, shareColumn, fourGoodColumn, secondIDColumn, figuresColumn,
                                               subtotalColumn, selfScoreColumn, clusterColumn, clusterRankColumn, statusColumn]

    /// The column of the emulation cluster a row's branch is in ("Cụm thi đua", "Khối"), before
    /// or after the branch column: compared with the branch file's `cluster:`, never read as it
    /// (`SheetClusterCheck`).
    static let clusterColumn = "cluster"

    /// The column of a branch's own score beside the committee's under a criterion ("Tự chấm |
    /// Đảng ủy chấm", `ScorerColumns`): the committee's is read, this one left out.
    static let selfScoreColumn = "self-score"

    /// The column of a group's sum under it in a header on two rows ("Cộng" last under a criterion
    /// merged over its items, `GroupSubtotal`): no score, left out as the total is.
    static let subtotalColumn = "subtotal"

    /// The headers of the restated columns and of the row numbers, as a message lists the
    /// columns a sheet may have, in the order of the ranking's own CSV; the cluster's
    /// (`clusterHeaders`) only in a table of branches, where they are compared.
    static func restatedHeaders(ranksUnits: Bool) -> [String] {
        ["Tổng điểm", "Xếp hạng"] + (ranksUnits ? [] : clusterHeaders) + ["Tỷ lệ đạt", "Chi bộ 4 tốt", "Tình trạng", "STT"]
    }

    /// The headers of the cluster's columns as the ranking's own CSV writes them, after the rank.
    static let clusterHeaders = ["Hạng trong cụm", "Cụm thi đua"]

    /// The column of the sheet's own total ("Tổng điểm", a formula summing the row): every
    /// office sheet has one. It is no score: the total is computed from the score columns, and
    /// the sheet's is only compared with it.
    static let totalColumn = "total"

    /// The words of a leading column that numbers the rows ("STT", "Số TT", "TT", "Số thứ tự"),
    /// folded: every office sheet has one, and it holds no score, so it is left out.
    static let rowNumberWords: Set<String> = Set(["STT", "Số TT", "TT", "Số thứ tự"].map(Slug.fold))

    /// The words of a total row at the foot of the table ("Tổng cộng", "Tổng", "Cộng", "Tổng số"),
    /// and of the average row under it ("Bình quân", "Trung bình"), folded: their sums and
    /// averages are not a branch's scores, so the rows are left out.
    static let totalWords: Set<String> = Set(["Tổng cộng", "Tổng", "Cộng", "Tổng số", "Bình quân", "Trung bình",
                                              "Điểm bình quân", "Điểm trung bình", "Bình quân chung"].map(Slug.fold))

    /// True for the header of a row-number column.
    static func isRowNumber(_ text: String) -> Bool {
        rowNumberWords.contains(Slug.fold(text))
    }

    /// The words a total row's count names ("Tổng cộng 15 chi bộ", "Cộng 12 đơn vị"), folded.
    static let countedWords: Set<String> = Set(["chi bộ", "đơn vị", "đảng bộ", "tổ chức", "tổ chức đảng", "cơ sở", "xã", "phường",
                                                "xã, phường", "xã, thị trấn", "xã, phường, thị trấn"].map(Slug.fold))

    /// True for the label of a total or average row, with or without a remark in brackets
    /// after it ("TỔNG CỘNG (15 chi bộ)", "Cộng:"), or after a colon or a dash ("Cộng: 04 chi
    /// bộ", "Tổng số - 15 chi bộ"), or a count of what it adds up ("Tổng cộng 15 chi bộ"). A
    /// number alone after the words is a name's ("Trung Bình 2", a hamlet's branch), no total.
    /// Text written as an id already (`tong`) is an id, never a label, so a branch whose id
    /// happens to be one of the words is still read.
    static func isTotal(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let folded = Slug.fold(trimmed)
        guard folded != trimmed else { return false }
        if totalWords.contains(folded) { return true }
        if let parts = trimmed.wholeMatch(of: /([^:\-–\d]+?)\s*[:\-–][\s\S]*/), totalWords.contains(Slug.fold(String(parts.output.1))) {
            return true
        }
        if let parts = trimmed.wholeMatch(of: /([^:\-–\d]+?)\s*\d+\s+([^\d]+)/),
           totalWords.contains(Slug.fold(String(parts.output.1))), countedWords.contains(Slug.fold(String(parts.output.2))) {
            return true
        }
        guard trimmed.hasSuffix(")"), let open = trimmed.firstIndex(of: "(") else { return false }
        return totalWords.contains(Slug.fold(String(trimmed[..<open])))
    }

    /// The column id a header cell stands for: itself when it is an id already or names nothing
    /// known (the unknown column is then reported as written). A note in brackets at its end,
    /// the points as offices write them ("Chất lượng sinh hoạt tốt (30 điểm)", "Điểm thưởng
    /// (tối đa 5đ)"), is left out; "Tiêu chí 2" and "TC2" name the rubric's second criterion.
    static func column(_ text: String, rubric: Rubric, idColumn: String) -> String {
        // A column headed with the percent sign alone holds the share of the maximum.
        if text.trimmingCharacters(in: .whitespaces) == "%" { return shareColumn }
        let folded = Slug.fold(text)
        guard !folded.isEmpty, folded != text else { return text }
        if isBranchShare(text, rubric: rubric, idColumn: idColumn) { return figuresColumn }
        if let id = match(folded, rubric: rubric, idColumn: idColumn) { return id }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
            let base = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            let baseFolded = Slug.fold(base)
            if !baseFolded.isEmpty {
                if baseFolded == base, isKnownID(base, rubric: rubric, idColumn: idColumn) { return base }
                if let id = match(baseFolded, rubric: rubric, idColumn: idColumn) { return id }
            }
        }
        return numbered(trimmed, rubric: rubric, idColumn: idColumn) ?? text
    }

    /// True for the 4-tốt words with a percent sign in brackets in a units' table ("Chi bộ 4 tốt
    /// (%)", the units' ranking CSV's own column): each unit's share of branches holding the
    /// title, a restated figure, not the unit's mark, whose column it was read as.
    private static func isBranchShare(_ text: String, rubric: Rubric, idColumn: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard idColumn == "unit", trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("),
              trimmed[open...].filter({ !$0.isWhitespace }) == "(%)" else { return false }
        let base = Slug.fold(trimmed[..<open].trimmingCharacters(in: .whitespaces))
        return !base.isEmpty && match(base, rubric: rubric, idColumn: idColumn) == fourGoodColumn
    }

    /// The column a header names after the number the office put in front of it, as the rubric's
    /// document numbers its criteria ("Tiêu chí 2: Chất lượng sinh hoạt tốt", "3. Đoàn kết, kỷ
    /// luật tốt (20 điểm)", "1.1. Hoàn thành các chỉ tiêu được giao", "II- Điểm thưởng"); "Tiêu
    /// chí 2: …" names the second criterion whatever words follow. Nil when the words after the
    /// number name nothing known, or there is no number.
    private static func numbered(_ text: String, rubric: Rubric, idColumn: String) -> String? {
        if let item = numberedItem(text, rubric: rubric) { return item }
        guard let parts = text.wholeMatch(of: /(?i)(?:(?:ti.u\s*ch.|tc)\s*(\d{1,2})|[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])(?:\s*[.:)\-–]\s*|\s+)(\S[\s\S]*)/) else {
            return nil
        }
        let rest = String(parts.output.2)
        let named = column(rest, rubric: rubric, idColumn: idColumn)
        if named != rest || isKnownID(rest, rubric: rubric, idColumn: idColumn) { return named }
        guard let number = parts.output.1 else { return nil }
        return match("tieu-chi-\(number)", rubric: rubric, idColumn: idColumn)
    }

    /// The item a header names by its criterion's number and its own ("TC 1.1", "Tiêu chí 1.2",
    /// "TC1.2 (15đ)" for `nhiem-vu-chinh-tri.tien-do`): nil when the text is no such number or the
    /// criterion has no such item. Read as "TC 1" they named the criterion twice.
    private static func numberedItem(_ text: String, rubric: Rubric) -> String? {
        guard let parts = text.wholeMatch(of: /(?i)(?:ti.u\s*ch.|tc)\s*(\d{1,2})\s*\.\s*(\d{1,2})\.?(?:\s*\([^)]*\))?\s*/),
              let number = Int(parts.output.1), let itemNumber = Int(parts.output.2),
              rubric.criteria.indices.contains(number - 1) else { return nil }
        let criterion = rubric.criteria[number - 1]
        guard criterion.items.indices.contains(itemNumber - 1) else { return nil }
        return "\(criterion.id).\(criterion.items[itemNumber - 1].id)"
    }

    /// The id a folded header names: a fixed column's words, the title the rubric names
    /// (`four_good.title`, the mark's column), a criterion's id or name, an item's name, or
    /// "tieu-chi-2" / "tc-2" / "tc2" for the second criterion; nil for none.
    /// A restated figure's words come after the criteria's: a unit scale may score "Tỷ lệ chi bộ
    /// đạt 4 tốt" as a criterion of its own, and its column is then that criterion's.
    private static func match(_ folded: String, rubric: Rubric, idColumn: String) -> String? {
        for (id, names) in words where id != figuresColumn && names.contains(folded) && (id == idColumn || !["branch", "unit"].contains(id)) {
            return id
        }
        if let title = rubric.fourGood.title, Slug.fold(title) == folded { return fourGoodColumn }
        for criterion in rubric.criteria {
            if Slug.fold(criterion.name) == folded || criterion.id == folded { return criterion.id }
            for item in criterion.items where Slug.fold(item.name) == folded {
                return "\(criterion.id).\(item.id)"
            }
        }
        if words[figuresColumn]?.contains(folded) == true { return figuresColumn }
        if let match = folded.wholeMatch(of: /(?:tieu-chi|tc)-?(\d{1,2})/), let number = Int(match.output.1),
           rubric.criteria.indices.contains(number - 1) {
            return rubric.criteria[number - 1].id
        }
        return nil
    }

    /// True for an id a column may hold: the id column's, a criterion's, `criterion.item`, or
    /// a fixed column's.
    private static func isKnownID(_ text: String, rubric: Rubric, idColumn: String) -> Bool {
        text == idColumn || words.keys.contains(text) && !["branch", "unit"].contains(text)
            || rubric.criteria.contains { criterion in
                criterion.id == text || criterion.items.contains { "\(criterion.id).\($0.id)" == text }
            }
    }
}
