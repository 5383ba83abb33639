/// The cluster cells of a score sheet naming no cluster `site.yaml` declares, beside branches
/// whose files declare one: most often the name the cluster had when the sheet was written (an
/// old ranking CSV kept in `content/evaluations/` after `cum-ap: Cụm thi đua các ấp` became
/// `cum-ap: Cụm ấp phía Bắc`). One warning for each name and cluster, at its first cell, naming
/// the rows that write it and the cluster's name now; the ranking follows the branches' files.
struct OldClusterNameCells {
    private struct Key: Hashable {
        let written: String
        let cluster: String
    }

    private var cells: [Key: [SourceLocation]] = [:]
    private var order: [Key] = []
    private var spelled: [Key: String] = [:]

    /// Keeps the cell `location` writing `written` beside a branch of the cluster `cluster`.
    mutating func add(_ written: String, at location: SourceLocation, cluster: String) {
        let key = Key(written: Slug.fold(written), cluster: cluster)
        if cells[key] == nil {
            order.append(key)
            spelled[key] = written
        }
        cells[key, default: []].append(location)
    }

    /// Warns once for each name and cluster kept.
    func report(config: SiteConfig?, sink: DiagnosticSink) {
        for key in order {
            guard let locations = cells[key], let first = locations.first, let written = spelled[key] else { continue }
            let others = locations.count > 1 ? " ở \(locations.count) dòng (\(Self.places(locations)))" : ""
            let now = config?.declaredClusterName(key.cluster)
            let named = now.map { ", nay là '\($0)'" } ?? ""
            let fix = now.map { "; muốn hết cảnh báo, hãy sửa \(locations.count > 1 ? "các ô ấy" : "ô này") thành '\($0)'" } ?? ""
            sink.warning(first, field: "cluster",
                         "bảng điểm ghi cụm '\(written)'\(others) nhưng site.yaml không có cụm nào tên như vậy; có thể đó là tên cũ "
                             + "của cụm '\(key.cluster)'\(named) (tệp chi bộ ghi 'cluster: \(key.cluster)'); nếu vậy thì tệp chi bộ đã đúng, "
                             + "xếp hạng theo cụm trong tệp chi bộ\(fix) / the sheet names the cluster '\(written)', which site.yaml "
                             + "does not declare: perhaps the old name of '\(key.cluster)'\(now.map { ", now '\($0)'" } ?? ""), "
                             + "the branches' files' cluster, which the ranking follows")
        }
    }

    /// The rows' places as a clerk finds them, the first five and the count of the others:
    /// "dòng 2, 3, 5" (a CSV's lines), "ô Điểm!B5, Điểm!B6" (a workbook's cells).
    private static func places(_ locations: [SourceLocation]) -> String {
        let shown = locations.prefix(5).map { $0.cell ?? "\($0.line)" }.joined(separator: ", ")
        let rest = locations.count > 5 ? " và \(locations.count - 5) dòng khác" : ""
        return (locations[0].cell == nil ? "dòng " : "ô ") + shown + rest
    }
}
