/// Every emulation cluster a branch names should have its display name under `clusters:` in
/// `site.yaml`; otherwise the pages can only show its id. One warning per unnamed cluster, on
/// the first branch file (in path order) that names it.
enum ClusterNameCheck {
    static func check(_ branches: [Branch], config: SiteConfig, sink: DiagnosticSink) {
        let names = Set(config.clusters.map(\.id))
        let named = Dictionary(grouping: branches.filter { $0.cluster != nil }, by: { $0.cluster ?? "" })
        for (cluster, members) in named.sorted(by: { $0.key < $1.key }) where !names.contains(cluster) {
            guard let first = members.map(\.source.file).min() else { continue }
            sink.warning(SourceLocation(file: first), field: "cluster",
                         "cụm thi đua '\(cluster)' (\(VietnameseFormat.count(members.count)) chi bộ) chưa có tên trong site.yaml, "
                             + "mục clusters: thêm dòng '  \(cluster): Cụm thi đua …' / the cluster has no name in site.yaml")
        }
    }
}
