import Yams

/// Reads `site.yaml` into a `SiteConfig`, reporting missing and unknown fields.
enum SiteConfigDecoder {
    static let fields = ["title", "organization", "parent", "issuer", "place", "base_url", "language", "allow_html", "clusters", "xlsx_sheet"]

    static func decode(_ node: Node?, path: String, sink: DiagnosticSink) -> SiteConfig? {
        guard let reader = FieldReader(node, path: path, lineOffset: 0, known: fields, sink: sink) else { return nil }
        let title = reader.string("title", required: true)
        let organization = reader.string("organization", required: true)
        let place = reader.string("place", required: true)
        var config = SiteConfig(
            title: title ?? "", organization: organization ?? "",
            parent: reader.string("parent"), issuer: reader.string("issuer"), place: place ?? "",
            baseURL: reader.string("base_url") ?? "/", language: reader.string("language") ?? "vi",
            allowHTML: reader.bool("allow_html") ?? false)
        config.clusterNames = clusterNames(reader)
        config.xlsxSheet = reader.string("xlsx_sheet")
        guard title != nil, organization != nil, place != nil else { return nil }
        return config
    }

    /// The optional `clusters:` mapping of cluster ids to display names.
    private static func clusterNames(_ reader: FieldReader) -> [String: String] {
        guard let node = reader.value("clusters") else { return [:] }
        guard let mapping = node.mapping else {
            reader.typeError("clusters", node, expected: "một bảng 'mã cụm: tên cụm' / a mapping of cluster names")
            return [:]
        }
        var names: [String: String] = [:]
        for (key, value) in mapping {
            guard let id = key.string, let name = value.string, !name.isEmpty else {
                reader.typeError("clusters", value, expected: "tên cụm là một chuỗi / a cluster name")
                continue
            }
            names[id] = name
        }
        return names
    }
}
