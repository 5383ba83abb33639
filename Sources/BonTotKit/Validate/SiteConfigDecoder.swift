import Yams

/// Reads `site.yaml` into a `SiteConfig`, reporting missing and unknown fields.
enum SiteConfigDecoder {
    static let fields = ["title", "organization", "parent", "issuer", "place", "base_url", "language", "allow_html", "clusters", "xlsx_sheet", "units", "minutes_since"]
    static let unitFields = ["id", "path", "founded", "dissolved", "merged_into"]

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
        config.clusters = clusters(reader)
        config.xlsxSheet = reader.string("xlsx_sheet")
        config.minutesSince = reader.month("minutes_since")
        config.minutesSinceLine = config.minutesSince == nil ? nil : reader.location(of: "minutes_since").line
        (config.units, config.refusedUnitIDs) = units(reader)
        guard title != nil, organization != nil, place != nil else { return nil }
        return config
    }

    /// What of `site.yaml` decoding the content files depends on, taken from what `decode` gives
    /// for `file`, as the site's decoding takes it (`SiteDecoder`): whether it says
    /// `allow_html: true`, and the sheet `xlsx_sheet` names for the workbooks; false and nil when
    /// `decode` gives no config (the file missing, not parsing, or lacking a required field),
    /// which the build reports. For the decode cache's context.
    static func decodingSettings(_ file: SourceText?) -> (allowsHTML: Bool, xlsxSheet: String?) {
        let ignored = DiagnosticSink()
        guard let file, let config = YAMLDocument.parse(file, sink: ignored).flatMap({ decode($0, path: file.path, sink: ignored) }) else {
            return (false, nil)
        }
        return (config.allowHTML, config.xlsxSheet)
    }

    /// The optional `clusters:` mapping of cluster ids to display names, in the order it lists them.
    private static func clusters(_ reader: FieldReader) -> [NamedCluster] {
        guard let node = reader.value("clusters") else { return [] }
        guard let mapping = node.mapping else {
            reader.typeError("clusters", node, expected: "một bảng 'mã cụm: tên cụm' / a mapping of cluster names")
            return []
        }
        var clusters: [NamedCluster] = []
        for (key, value) in mapping {
            guard let id = key.string, let name = value.string, !name.isEmpty else {
                reader.typeError("clusters", value, expected: "tên cụm là một chuỗi / a cluster name")
                continue
            }
            clusters.append(NamedCluster(id: id, name: name))    // a key given twice is a YAML error already
        }
        return clusters
    }

    /// The optional `units:` list of a district (SPEC §7): `- { id: xa-a, path: ../xa-a }`, each id
    /// a valid slug and given once; a unit dissolved or merged adds `dissolved:` and `merged_into:`.
    /// Also gives the ids it refused, as written and folded, and, for a unit listed under an id
    /// Windows keeps for a device (`com1`), its folder's name (`xa-c`), as its scores may give it.
    private static func units(_ reader: FieldReader) -> (units: [UnitReference], refused: Set<String>) {
        var units: [UnitReference] = []
        var refused: Set<String> = []
        for (index, node) in reader.sequence("units").enumerated() {
            guard let fields = FieldReader(node, path: reader.path, lineOffset: 0, prefix: "units[\(index)]",
                                           known: unitFields, sink: reader.sink),
                  let id = fields.string("id", required: true) else { continue }
            guard let typedPath = fields.string("path", required: true) else {
                // Its scores are not "of a unit not listed": the entry is reported already.
                refused.insert(id)
                continue
            }
            // A path copied from Windows' Explorer (`units\an-hoa`, `..\hoa-thuan`) names the same
            // folder on the office's Linux server: its backslashes are separators.
            let path = typedPath.replacingOccurrences(of: "\\", with: "/")
            let location = fields.location
            guard Slug.isValid(id) else {
                reader.sink.error(fields.location(of: "id"), field: "units[\(index)].id",
                                  "mã đơn vị '\(id)' chỉ được gồm a-z, 0-9 và '-' (gợi ý: '\(Slug.fold(id))') / unit ids must be [a-z0-9-]+")
                refused.formUnion([id, Slug.fold(id)])
                continue
            }
            // Listed all the same, so that the unit's own files are checked in the same run.
            if let error = RouteCheck.windowsDevice(id, noun: ("mã đơn vị", "unit id"), fix: ("hãy đổi mã đơn vị", "change the unit's id"),
                                                    at: fields.location(of: "id"), field: "units[\(index)].id") {
                reader.sink.report(error)
                // Scored under its folder's name, the id it is likely to take, it is not "a unit not listed"
                // besides: the one thing to mend is the id.
                refused.insert(UnitReference(id: id, path: path, location: location).folderName)
            }
            if let first = units.first(where: { $0.id == id }), first.displayFolder == UnitReference(id: id, path: path, location: location).displayFolder {
                reader.sink.error(location, field: "units[\(index)]",
                                  "đơn vị '\(id)' được liệt kê hai lần (lần đầu ở dòng \(first.location.line)) / the unit is listed twice (first on line \(first.location.line))")
                continue
            }
            if let first = units.first(where: { $0.id == id }) {
                reader.sink.error(fields.location(of: "id"), field: "units[\(index)].id",
                                  "hai đơn vị cùng mã '\(id)' (lần đầu ở dòng \(first.location.line)); mỗi đơn vị cần một mã riêng "
                                  + "/ two units share the id '\(id)' (first on line \(first.location.line))")
                continue
            }
            var unit = UnitReference(id: id, path: path, location: location)
            unit.typedPath = typedPath == path ? nil : typedPath
            unit.founded = fields.date("founded", inThePast: true)
            unit.dissolved = fields.date("dissolved")
            unit.mergedInto = fields.string("merged_into")
            units.append(unit)
        }
        UnitDissolutionCheck.check(units, sink: reader.sink)
        return (units, refused)
    }
}
