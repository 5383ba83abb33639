/// Checks the links from bodies to other pages of the site, written as the content files the
/// pages are made from (`[biên bản](../minutes/2024/a.md)`, `PageLinkReference`): each must name
/// a file a page is made from. A file that is there but could not be read is told by its own
/// errors, not again here; a file that is not there is told the file of the same name, when the
/// site has one, or else the nearest name in the folder it names, written from the linking file.
struct PageLinkCheck {
    /// The files the site's pages are made from, by their paths from the site.
    let pages: Set<String>
    /// Every content file the site read, those with errors too.
    let read: Set<String>
    /// The file each page is made from, by the page's address on the portal (`routeKey`,
    /// `sinh-hoat/a`): what a link written as an address (`../sinh-hoat/a/`) is told to write.
    var addresses: [String: String] = [:]
    /// Places the site in the portal: an address naming another unit's page is not this site's.
    var router = Router()
    /// Whether the site is a district, whose units' scores make its units' rankings.
    var unitScores = UnitScores.unknown
    let sink: DiagnosticSink

    /// What a link to a district's units' scores (`content/unit-evaluations/2024.yaml`) is
    /// checked against: they are read with the units, after the site's own files.
    enum UnitScores {
        /// The site lists no units (a commune): it ranks no units, so no page is made from them.
        case noDistrict
        /// Not known: `site.yaml` could not be read, or the district's scores were not. A link
        /// to them is left unchecked (the reason is told).
        case unknown
        /// The district's unit evaluations, and every score file of its units it read, those
        /// with errors too.
        case read([Evaluation], files: Set<String>)
    }

    /// A check of the site's links to its pages, made once its own files are decoded: run then,
    /// or, for a district, once its units' scores are read too (`PortalLoader`).
    struct Pending: Sendable {
        let references: [PageLinkReference]
        let minutes: [Minutes], stories: [Story], branches: [Branch], editorials: [BulletinEditorial], evaluations: [Evaluation]
        /// Every content file the site read, those with errors too.
        let read: Set<String>
        let router: Router

        /// Checks the links, a district's to its units' rankings against `unitScores`.
        func run(unitScores: UnitScores, sink: DiagnosticSink) {
            PageLinkCheck.run(references, minutes: minutes, stories: stories, branches: branches, editorials: editorials,
                              evaluations: evaluations, unitScores: unitScores, read: read, router: router, sink: sink)
        }
    }

    /// Checks `references`, the links of the site's bodies to its pages, against the files the
    /// site's pages are made from (`SourcePages`); `read` is every content file the site read.
    static func run(_ references: [PageLinkReference], minutes: [Minutes], stories: [Story], branches: [Branch],
                    editorials: [BulletinEditorial], evaluations: [Evaluation], unitScores: UnitScores = .noDistrict,
                    read: Set<String>, router: Router, sink: DiagnosticSink) {
        var references = references, read = read, unitEvaluations: [Evaluation] = []
        switch unitScores {
        case .noDistrict: break
        case .unknown: references.removeAll { !$0.isPageAddress && isUnitScores($0.path) }
        case .read(let evaluations, let files):
            unitEvaluations = evaluations
            read.formUnion(files)
        }
        guard !references.isEmpty else { return }
        let routes = SourcePages.routes(minutes: minutes, stories: stories, branches: branches, editorials: editorials,
                                        evaluations: evaluations, unitEvaluations: unitEvaluations)
        var addresses: [String: String] = [:]
        if references.contains(where: \.isPageAddress) {
            for (file, route) in routes {
                let key = routeKey(router.link(fromRoot: "", toPage: route))
                if addresses[key] == nil { addresses[key] = file }
            }
        }
        PageLinkCheck(pages: Set(routes.map(\.file)), read: read, addresses: addresses, router: router, unitScores: unitScores,
                      sink: sink)
            .check(references)
    }

    /// True when `path` (from the site) is in a district's folder of its units' scores.
    static func isUnitScores(_ path: String) -> Bool {
        path.hasPrefix(UnitEvaluationsDecoder.evaluationsFolder + "/")
    }

    func check(_ references: [PageLinkReference]) {
        for reference in references where reference.isPageAddress {
            checkAddress(reference)
        }
        let broken = references.filter { !$0.isPageAddress && !pages.contains($0.path) && !read.contains($0.path) }
        guard !broken.isEmpty else { return }
        // Worked out once for all the broken links: a site may have thousands of pages.
        let byName = Dictionary(grouping: pages, by: { String(PathParts.name(of: $0)) })
        let byStem = Dictionary(grouping: pages, by: { PathParts.stem(of: $0) })
        let byFolder = Dictionary(grouping: pages, by: { PathParts.folder(of: $0) })
        for reference in broken {
            let file = reference.location.file, path = reference.path
            var message = "liên kết '\(PageSources.relativePath(from: file, to: path))' trong bài không dùng được: "
                + "không có trang nào làm từ tệp '\(path)'"
            // The branches' scores and the units' of the same name (`evaluations/2024.yaml`,
            // `unit-evaluations/2024.yaml`) make two pages: neither is the other's file meant.
            let units = Self.isUnitScores(path)
            let named = (byName[String(PathParts.name(of: path))] ?? []).filter { Self.isUnitScores($0) == units }
            let stemmed = (byStem[PathParts.stem(of: path)] ?? []).filter { Self.isUnitScores($0) == units }
            if units, case .noDistrict = unitScores {
                message += " (bảng điểm các đơn vị trực thuộc chỉ có ở đảng bộ cấp trên ghi 'units' trong site.yaml; "
                    + "trang này không có đơn vị trực thuộc nên không có trang xếp hạng đơn vị; bảng xếp hạng chi bộ "
                    + "làm từ 'evaluations/…') / this site lists no units: it has no units' ranking"
            } else if let same = named.count == 1 ? named.first : named.isEmpty && stemmed.count == 1 ? stemmed.first : nil {
                let fix = PageSources.relativePath(from: file, to: same)
                message += "; trang cùng tên làm từ '\(same)': hãy ghi '\(fix)' "
                    + "/ no page is made from that file; the file of that name is '\(same)': write '\(fix)'"
            } else {
                message += " (tệp không có, hoặc không phải biên bản, bài viết, chi bộ, bản tin hay bảng điểm) / no page is made from that file"
                // By their names, the linking file's own left out: a name nearly that of the file meant.
                let beside = (byFolder[PathParts.folder(of: path)] ?? []).filter { $0 != file }
                let names = Dictionary(beside.map { (String(PathParts.name(of: $0)), $0) }, uniquingKeysWith: { first, _ in first })
                if let near = Suggestion.closest(to: String(PathParts.name(of: path)), among: names.keys.sorted()).flatMap({ names[$0] }) {
                    let fix = PageSources.relativePath(from: file, to: near)
                    message += " (có phải '\(fix)'? / did you mean '\(fix)'?)"
                }
            }
            sink.error(reference.location, field: reference.field, message)
        }
    }

    /// A page's address written for its file (`../sinh-hoat/a/`, `/chi-bo/ap-bac/`): refused,
    /// naming the file the page is made from when the site makes a page there.
    private func checkAddress(_ reference: PageLinkReference) {
        let written = Self.routeKey(reference.path)
        // Else the page whose address ends the one written (`/cong/sinh-hoat/a/`, under the
        // portal's folder on its server) or is ended by it (`../a/` for `chi-bo/a`): the longest,
        // then the first by name, the same from one build to the next.
        let found = addresses[written] ?? addresses.filter { key, _ in
            written.hasSuffix("/" + key) && isOwn(String(written.dropLast(key.count + 1))) || key.hasSuffix("/" + written)
        }.min { ($0.key.count, $1.key) > ($1.key.count, $0.key) }?.value
        guard !written.isEmpty, let file = found else {
            sink.error(reference.location, field: reference.field, reference.refusal ?? "")
            return
        }
        let path = reference.path
        let fix = PageSources.relativePath(from: reference.location.file, to: file) + path.drop { $0 != "#" && $0 != "?" }
        sink.error(reference.location, field: reference.field,
                   "liên kết '\(path)' trong bài không dùng được: đây là địa chỉ của trang trên cổng, không phải tệp; "
                   + "hãy ghi tệp làm ra trang đó: '\(fix)' / that is the page's address on the portal: link the file it is made from: '\(fix)'")
    }

    /// False when `folders`, what is written before an address of this site's page, names
    /// another unit's folder of a district (`don-vi/xa-b`), or of a province (`don-vi/huyen-b/don-vi/xa-a`):
    /// that page is the other unit's.
    private func isOwn(_ folders: String) -> Bool {
        let units = router.path(inSite: .unitDirectory).split(separator: "/").first.map(String.init) ?? ""
        let parts = folders.split(separator: "/").map(String.init)
        // From the first units' folder: a province's `don-vi/huyen-b/don-vi/xa-a` is not `huyen-a`'s `xa-a`.
        guard let at = parts.firstIndex(of: units) else { return true }
        return Array(parts[at...]) == Array(router.prefixFolders.suffix(parts.count - at))
    }

    /// A page's address as a key: its folders without `..`, `.` and a last `index.html`
    /// (`../../sinh-hoat/a/index.html#b` and `/sinh-hoat/a/` are `sinh-hoat/a`).
    static func routeKey(_ address: String) -> String {
        var path = Substring(address.prefix { $0 != "#" && $0 != "?" })
        if path.hasSuffix(Route.pageFileName) { path = path.dropLast(Route.pageFileName.count) }
        return path.split(separator: "/").filter { $0 != ".." && $0 != "." }.joined(separator: "/")
    }
}
