import Yams

/// Reads `site.yaml` into a `SiteConfig`, reporting missing and unknown fields.
enum SiteConfigDecoder {
    static let fields = ["title", "organization", "parent", "issuer", "place", "base_url", "language", "allow_html"]

    static func decode(_ node: Node?, path: String, sink: DiagnosticSink) -> SiteConfig? {
        guard let reader = FieldReader(node, path: path, lineOffset: 0, known: fields, sink: sink) else { return nil }
        let title = reader.string("title", required: true)
        let organization = reader.string("organization", required: true)
        let place = reader.string("place", required: true)
        let config = SiteConfig(
            title: title ?? "", organization: organization ?? "",
            parent: reader.string("parent"), issuer: reader.string("issuer"), place: place ?? "",
            baseURL: reader.string("base_url") ?? "/", language: reader.string("language") ?? "vi",
            allowHTML: reader.bool("allow_html") ?? false)
        guard title != nil, organization != nil, place != nil else { return nil }
        return config
    }
}
