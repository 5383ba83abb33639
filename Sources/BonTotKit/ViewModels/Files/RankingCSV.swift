/// A ranking as a spreadsheet for Excel in Vietnamese: UTF-8 with a BOM (so Excel reads the
/// diacritics), `;` between fields, CRLF line ends, a Vietnamese header, decimal commas
/// ("87,5"), and fields quoted when they hold `;`, `"` or a line break.
public enum RankingCSV {
    /// The bytes of the file (see `text`).
    public static func bytes(_ ranking: Ranking, clusterName: (String) -> String = { $0 },
                             ended: (RankingRow) -> String? = { _ in nil }) -> [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array(text(ranking, clusterName: clusterName, ended: ended).utf8)
    }

    /// The text of the file, without the BOM.
    /// A ranking of units has, as its table on the page has, the share of each unit's branches
    /// holding "Chi bộ 4 tốt" (a percentage, one decimal; empty when the unit ranked none), on
    /// which its own title may depend.
    /// When `ended` says of a row that what it ranks no longer exists ("Đã sáp nhập vào Chi bộ
    /// …"), a last column "Tình trạng" says it on that row (empty on the others), after every
    /// column the file has without it, so that a sheet reading those still finds them in place,
    /// and the name stays the name a lookup finds.
    /// When branches declare emulation clusters, the rank within its cluster and the cluster's
    /// name (`clusterName`, "Cụm thi đua khu dân cư") follow the rank, as the page's table has
    /// them: the page hides that column on a narrow screen and sends the reader to this file.
    public static func text(_ ranking: Ranking, clusterName: (String) -> String = { $0 },
                            ended: (RankingRow) -> String? = { _ in nil }) -> String {
        let units = ranking.subject.ranksUnits
        let clustered = !ranking.clusters.isEmpty
        let status = ranking.rows.map(ended)
        let hasStatus = status.contains { $0 != nil }
        let clusterHeader: [String] = clustered ? ["Hạng trong cụm", "Cụm thi đua"] : []
        let header = (["Hạng"] + clusterHeader + [ranking.subject.columnName] + ranking.rubric.criteria.map(\.name)
            + ["Điểm thưởng", "Điểm trừ", "Tổng điểm", "Xếp loại"] + (units ? ["Chi bộ 4 tốt (%)"] : [])
            + [ranking.title, "Ghi chú"] + (hasStatus ? ["Tình trạng"] : [])).map(inert)
        let rows = zip(ranking.rows, status).map { row, status in
            let cluster: [String] = clustered ? [row.clusterRank.map { "\($0)" } ?? "", inert(row.cluster.map(clusterName) ?? "")] : []
            return ["\(row.rank)"] + cluster + [inert(row.branchName)] + row.card.scores.map { number($0.score) }
                + [number(row.card.bonus), number(row.card.penalty), number(row.card.total), inert(row.card.level?.name ?? "")]
                + (units ? [row.fourGood.branchShare.map { number(($0 * 1000).rounded() / 10) } ?? ""] : [])
                + [row.isFourGood ? "Đạt" : "Chưa đạt", inert(row.card.note ?? "")]
                + (hasStatus ? [inert(status ?? "")] : [])
        }
        return ([header] + rows).map { $0.map(field).joined(separator: ";") + "\r\n" }.joined()
    }

    /// A field, quoted (with its quotes doubled) when it holds `;`, `"` or a line break.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A text cell that a spreadsheet will not read as a formula: one starting with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return (a note "=HYPERLINK(…)", a name "-Ấp 3") gets a `'`
    /// in front, as OWASP's guidance on CSV injection recommends; Excel shows the text as it was
    /// written. Numbers are not text cells and stay numbers (a negative total keeps its `-`).
    public static func inert(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// A score with a decimal comma and no thousands separator, as Excel in Vietnamese reads it: `87,5`.
    static func number(_ value: Double) -> String {
        VietnameseFormat.score(value).replacingOccurrences(of: ".", with: "")
    }
}
