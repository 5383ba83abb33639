/// The emulation cluster a score sheet writes beside a branch ("Cụm thi đua", "Khối" column),
/// compared with the `cluster:` of the branch's file: the file's counts for the ranking, so a
/// difference is a warning at the sheet's cell saying both. The sheet may write the cluster's id
/// (`cum-ap`), its name from `site.yaml` ("Cụm thi đua các ấp") or either without the words "Cụm
/// thi đua" ("Cụm 1" or "1" for `cum-1`, "Khối các ấp"), in any case, with or without diacritics.
/// An empty cell says nothing, unless a CSV's block of a cluster's rows reads it as the filled
/// cell above (`ClusterBlock`): then it is compared as well, unless the branch's file declares no
/// cluster — the merged cell may have ended above that branch, so its block ends there, and
/// nothing is said of it or of the empty cells after it. A cell naming no declared cluster
/// beside a branch of one is likely the cluster's old name: one warning for all such cells
/// (`OldClusterNameCells`).
enum SheetClusterCheck {
    static func check(_ evaluations: [Evaluation], branches: [Branch], config: SiteConfig?, sink: DiagnosticSink) {
        let byID = Dictionary(branches.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let clusters = config?.clusters ?? []
        for evaluation in evaluations {
            // The filled cells whose blocks ended at a branch of no declared cluster.
            var endedBlocks = Set<SourceLocation>()
            var oldNames = OldClusterNameCells()
            for entry in evaluation.entries {
                guard let written = entry.sheetCluster, let branch = byID[entry.branchID] else { continue }
                if let source = written.copiedFrom {
                    if endedBlocks.contains(source) { continue }
                    if branch.cluster == nil {
                        endedBlocks.insert(source)
                        continue
                    }
                }
                if let declared = branch.cluster, names(written.value, declared, config: config) { continue }
                let meant = clusters.first { names(written.value, $0.id, config: config) }
                if let declared = branch.cluster, meant == nil {
                    oldNames.add(written.value, at: written.location, cluster: declared)
                    continue
                }
                let said = meant.map { "'\(written.value)' (\($0.id))" } ?? "'\(written.value)'"
                let file = branch.source.file
                if let declared = branch.cluster {
                    let name = config?.declaredClusterName(declared).map { " (\($0))" } ?? ""
                    let copied = written.copiedFrom.map { " (ô để trống, đọc theo ô cụm ở dòng \($0.line) như một ô gộp)" } ?? ""
                    sink.warning(written.location, field: "cluster",
                                 "bảng điểm ghi chi bộ '\(branch.id)' thuộc cụm \(said)\(copied) nhưng \(file) ghi 'cluster: \(declared)'\(name); "
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
            oldNames.report(config: config, sink: sink)
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
