/// The emulation cluster a score sheet writes beside a branch ("Cụm thi đua", "Khối" column),
/// compared with the `cluster:` of the branch's file: the file's counts for the ranking, so a
/// difference is a warning at the sheet's cell saying both. The sheet may write the cluster's id
/// (`cum-ap`), its name from `site.yaml` ("Cụm thi đua các ấp") or either without the words "Cụm
/// thi đua" ("Cụm 1" or "1" for `cum-1`, "Khối các ấp"), in any case, with or without diacritics.
/// An empty cell (a cluster merged over its branches, exported to CSV) says nothing.
enum SheetClusterCheck {
    static func check(_ evaluations: [Evaluation], branches: [Branch], config: SiteConfig?, sink: DiagnosticSink) {
        let byID = Dictionary(branches.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let clusters = config?.clusters ?? []
        for evaluation in evaluations {
            for entry in evaluation.entries {
                guard let written = entry.sheetCluster, let branch = byID[entry.branchID] else { continue }
                if let declared = branch.cluster, names(written.value, declared, config: config) { continue }
                let meant = clusters.first { names(written.value, $0.id, config: config) }
                let said = meant.map { "'\(written.value)' (\($0.id))" } ?? "'\(written.value)'"
                let file = branch.source.file
                if let declared = branch.cluster {
                    let name = config?.declaredClusterName(declared).map { " (\($0))" } ?? ""
                    sink.warning(written.location, field: "cluster",
                                 "bảng điểm ghi chi bộ '\(branch.id)' thuộc cụm \(said) nhưng \(file) ghi 'cluster: \(declared)'\(name); "
                                     + "xếp hạng theo cụm trong tệp chi bộ; hãy sửa ô này hoặc dòng cluster: của tệp chi bộ cho khớp "
                                     + "/ the sheet puts the branch in the cluster '\(written.value)', its file in '\(declared)', "
                                     + "which the ranking follows")
                } else {
                    let id = meant?.id ?? (Slug.fold(written.value).isEmpty ? "<mã cụm>" : Slug.fold(written.value))
                    sink.warning(written.location, field: "cluster",
                                 "bảng điểm ghi chi bộ '\(branch.id)' thuộc cụm \(said) nhưng \(file) không ghi cụm nào; "
                                     + "xếp hạng theo tệp chi bộ (không xếp hạng trong cụm); nếu chi bộ thuộc cụm này, hãy thêm "
                                     + "dòng 'cluster: \(id)' vào tệp chi bộ / the sheet puts the branch in the cluster "
                                     + "'\(written.value)', its file in none, which the ranking follows")
                }
            }
        }
    }

    /// True when `written` names the cluster `id`: its id or its name from `site.yaml`, folded,
    /// or what is left of either without the leading words "cụm", "khối", "thi đua", "số".
    private static func names(_ written: String, _ id: String, config: SiteConfig?) -> Bool {
        let folded = Slug.fold(written)
        let forms = [id] + (config?.declaredClusterName(id).map { [Slug.fold($0)] } ?? [])
        if forms.contains(folded) { return true }
        let core = self.core(folded)
        return !core.isEmpty && forms.contains { self.core($0) == core }
    }

    /// The words that title a cluster rather than name it, folded.
    private static let titleWords: Set<Substring> = ["cum", "khoi", "thi", "dua", "so"]

    /// `folded` without its leading title words: "cum-thi-dua-so-1" → "1".
    private static func core(_ folded: String) -> String {
        folded.split(separator: "-").drop { titleWords.contains($0) }.joined(separator: "-")
    }
}
