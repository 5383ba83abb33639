/// What the decoders of one run share: where diagnostics go, what other files they may name,
/// and the references and claims to check once every file is read.
final class DecodeContext {
    let sink: DiagnosticSink
    /// Every branch id a file under `branches/` gives, even when that file has errors of its own,
    /// so a broken branch file is reported once and not again by every file that names it.
    var branchIDs: Set<String> = []
    /// The paths of the site's branch, minutes and story files: a file named as a copy is told
    /// the file it copies (`CopiedFile`).
    var contentPaths: Set<String> = []
    /// The name of each branch read, by id: for a reference that gives a branch's name instead
    /// of its id, to suggest the id.
    var branchNames: [String: String] = [:]
    /// The rubric's level ids, when the rubric could be read.
    var levelIDs: [String]?
    /// The units below the site, however deep (SPEC §7), and their branches: a file naming one of
    /// them is told whose branch it is (`CrossReferenceCheck`).
    var unitBranches = UnitBranches()
    /// The site's folder as diagnostics name it from the top site (`../district/xa-a/` for a
    /// commune of a district inside a province; `""` for the top site): a message naming another
    /// file of the site names it from there, as the diagnostic's own place is named.
    var siteFolder = ""
    /// Whether the site lists units: its stories may then name a unit's branch as the district
    /// knows it (`<unit>/<branch>`), checked once the units are loaded
    /// (`UnitBranchReferences.unknownInStories`), not here.
    var listsUnits: Bool { !unitBranches.units.isEmpty }
    /// Whether the site's `site.yaml` could not be read: whether it lists units is then not
    /// known, and a story naming a unit's branch (`<unit>/<branch>`) is not told that the branch
    /// does not exist besides the error of `site.yaml`.
    var unitsUnknown = false
    /// Where the site's pages lie in the portal being built: at its root, or in a unit's folder
    /// (`don-vi/xa-a/`, or two levels down in a province's); the pages its files claim are
    /// checked there (`RouteCheck`).
    var router = Router()
    /// The site's media files, by their paths from `content/` (`media/bao-cao.pdf`): what a
    /// body's address with a `#` or `?` is read against (`BodyAddress.resolve(_:in:media:)`).
    var media: Set<String> = []
    /// Whether the site keeps the raw HTML of bodies (`allow_html: true`): the addresses
    /// of its tags (`RawHTMLAddresses`) are then checked as a body's Markdown links are (`BodyLinks`).
    var allowHTML = false
    /// Whether what this file's decoding made of a body's address depends on which media files
    /// the site holds (`BodyAddress.dependsOnMediaFiles`, `media/bao-cao.pdf#chuong.hai`): the
    /// decode cache keeps no such file, whose reading a media file added or removed would change.
    var readMediaFiles = false
    /// What each file decoded so far links to, in file order; then what this context found itself.
    private var linksOfFiles: [FileLinks] = []
    private var own = FileLinks()

    init(sink: DiagnosticSink) {
        self.sink = sink
    }

    var mediaReferences: [MediaReference] { linksOfFiles.flatMap(\.media) + own.media }
    var pageReferences: [PageLinkReference] { linksOfFiles.flatMap(\.pages) + own.pages }
    var branchReferences: [BranchReference] { linksOfFiles.flatMap(\.branches) + own.branches }
    var claims: [Claim] { linksOfFiles.flatMap(\.claims) + own.claims }

    /// The hash of every branch reference and claim found, in file order (`FileLinks.hash`),
    /// with the branch ids they may name, the branches' names and the units' branches: what
    /// `CrossReferenceCheck` reads.
    var linksDigest: UInt64 {
        var hasher = StableHasher()
        for file in linksOfFiles { hasher.combine(file.hash) }
        hasher.combine(FileLinks.hash(branches: own.branches, claims: own.claims))
        hasher.combine(router.prefix)
        hasher.combine(siteFolder)
        hasher.combine(unitBranches.units.count)
        hasher.combine(unitsUnknown ? 1 : 0)
        for unit in unitBranches.units {
            hasher.combine(unit.id)
            hasher.combine(unit.folder)
            for id in unit.branchIDs.sorted() { hasher.combine(id) }
        }
        for id in branchIDs.sorted() { hasher.combine(id) }
        for (id, name) in branchNames.sorted(by: { $0.key < $1.key }) {
            hasher.combine(id)
            hasher.combine(name)
        }
        return hasher.finalize()
    }

    /// Decodes each file on all cores, each with a context of its own, then gathers their
    /// diagnostics, references and claims here in file order, as if decoded one after another.
    func decodeEach<T>(_ files: [SourceText], _ decode: (SourceText, DecodeContext) -> T?) -> [T] {
        let results = Parallel.map(files.count) { index -> (T?, DecodeContext) in
            let child = child()
            return (decode(files[index], child), child)
        }
        for (_, child) in results { merge(child) }
        return results.compactMap(\.0)
    }

    /// Like `decodeEach(_:_:)`, taking the files `cache` holds unchanged from it and recording
    /// the others in it: a workbook too (the sheet `site.yaml` names is part of the cache's
    /// context), so that an .xls is saved as .xlsx by LibreOffice once, not at every build; but
    /// not a file whose reading was cut short by bontot stopping, nor an .xls LibreOffice did not
    /// convert through the machine's fault (a timeout, a LibreOffice that would not start): the
    /// next build reads them again. A damaged .xls LibreOffice could not open is kept, error and all.
    func decodeEach<T>(_ files: [SourceText], cache: DecodeCache?, wrap: (T) -> DecodeCache.DecodedModel,
                       unwrap: (DecodeCache.DecodedModel) -> T?, _ decode: (SourceText, DecodeContext) -> T?) -> [T] {
        guard let cache else { return decodeEach(files, decode) }
        let results = Parallel.map(files.count) { index -> (T?, DecodeCache.Entry?, DecodeContext?) in
            let file = files[index]
            if let entry = file.unchanged?.decoded as? DecodeCache.Entry { return (unwrap(entry.model), entry, nil) }
            let child = child()
            let model = decode(file, child)
            guard let stamp = file.stamp, !child.readMediaFiles,
                  !child.sink.log.entries.contains(where: { $0.kind?.keepsFileOutOfDecodeCache ?? false }) else { return (model, nil, child) }
            let entry = DecodeCache.Entry(
                stamp: stamp, hash: file.contentHash, model: model.map(wrap) ?? .nothing,
                diagnostics: child.sink.log.entries, media: child.own.media,
                branches: child.own.branches, claims: child.own.claims, pages: child.own.pages)
            cache.store(file.path, entry)
            return (model, entry, nil)
        }
        linksOfFiles.reserveCapacity(linksOfFiles.count + results.count)
        for (_, entry, child) in results {
            if let entry {
                if !entry.diagnostics.isEmpty { sink.report(entry.diagnostics) }
                linksOfFiles.append(FileLinks(media: entry.media, branches: entry.branches, claims: entry.claims,
                                              pages: entry.pages, hash: entry.links))
            } else if let child {
                merge(child)
            }
        }
        return results.compactMap(\.0)
    }

    /// A context for one file: what it may name is this one's, what it finds is its own.
    private func child() -> DecodeContext {
        let child = DecodeContext(sink: DiagnosticSink())
        child.branchIDs = branchIDs
        child.contentPaths = contentPaths
        child.levelIDs = levelIDs
        child.media = media
        child.allowHTML = allowHTML
        child.siteFolder = siteFolder
        return child
    }

    /// Takes what a child context found, after what earlier files found.
    private func merge(_ child: DecodeContext) {
        sink.report(child.sink.log.entries)
        var found = child.own
        found.hash = FileLinks.hash(branches: found.branches, claims: found.claims)
        linksOfFiles.append(found)
    }

    func referenceMedia(_ path: String, at location: SourceLocation, field: String) {
        own.media.append(MediaReference(path: path, location: location, field: field))
    }

    /// Records that a body links the page made from the content file at `path` (from the site).
    func referencePage(_ path: String, at location: SourceLocation, field: String) {
        own.pages.append(PageLinkReference(path: path, location: location, field: field))
    }

    /// Records that a body links a page by its address on the portal (`../sinh-hoat/a/`,
    /// `/chi-bo/ap-bac/`), which a body may not: refused after loading, naming the file to link
    /// instead when the site makes a page there (`PageLinkCheck`), else with `refusal`.
    func referencePageAddress(_ url: String, refusal: String, at location: SourceLocation, field: String) {
        own.pages.append(PageLinkReference(path: url, location: location, field: field, refusal: refusal))
    }

    /// Records that a file of the kind `subject` names a branch (`branch: kdc-21`).
    func referenceBranch(_ id: String, at location: SourceLocation, in subject: Diagnostic.Subject) {
        own.branches.append(BranchReference(id: id, location: location, subject: subject))
    }

    /// Records that a file ends with an id or slug of the given kind, which no other file may share.
    func claim(_ kind: Claim.Kind, _ key: String, at location: SourceLocation, field: String? = nil) {
        own.claims.append(Claim(kind: kind, key: key, location: location, field: field))
    }
}

/// What one file links to: the media, pages and branches it names and the ids it claims.
struct FileLinks {
    var media: [MediaReference] = []
    var branches: [BranchReference] = []
    var claims: [Claim] = []
    var pages: [PageLinkReference] = []
    /// The hash of `branches` and `claims` (`hash(branches:claims:)`), once the file is decoded.
    var hash: UInt64 = 0

    /// The hash of a file's branch references and claims, in compact coding.
    static func hash(branches: [BranchReference], claims: [Claim]) -> UInt64 {
        var writer = ByteWriter()
        branches.write(to: &writer)
        claims.write(to: &writer)
        return writer.bytes.withUnsafeBytes { StableHasher.hash($0) }
    }
}

/// A media path written in a content file (`photo: media/kdc-21.jpg`), checked after loading.
struct MediaReference: Codable, Sendable {
    var path: String
    var location: SourceLocation
    var field: String
}

/// The content file of another page, linked from a body (`[biên bản](../minutes/2024/a.md)`), by
/// its path from the site: checked after loading (`PageLinkCheck`), rendered as a link to that page.
/// Or a page's address on the portal written instead (`../sinh-hoat/a/`): `path` is then that
/// address as written, and `refusal` the message when it names no page of the site.
struct PageLinkReference: Codable, Sendable {
    var path: String
    var location: SourceLocation
    var field: String
    var refusal: String? = nil

    /// Whether it is a page's address on the portal, not a file.
    var isPageAddress: Bool { refusal != nil }
}

/// A branch id written in a content file, checked against the branch files after loading.
struct BranchReference: Codable, Sendable {
    var id: String
    var location: SourceLocation
    /// The kind of file that names it.
    var subject: Diagnostic.Subject
}

/// An id or slug a file ends with: two files that claim one key of one kind are an error.
struct Claim: Codable, Sendable {
    /// What the key names, and so which page the two files would both write.
    enum Kind: String, Codable, Sendable, CaseIterable {
        case branch, minutes, story, period

        /// How the message names the key, Vietnamese / English.
        var name: (vi: String, en: String) {
            switch self {
            case .branch: return ("mã chi bộ", "branch id")
            case .minutes: return ("slug biên bản", "minutes slug")
            case .story: return ("slug bài viết", "story slug")
            case .period: return ("kỳ đánh giá", "evaluation period")
            }
        }

        /// What to do about it.
        var fix: String {
            switch self {
            case .branch: return "chỉ giữ một tệp cho mỗi chi bộ"
            case .minutes: return "đổi tên một tệp"
            case .story: return "ghi 'slug:' khác cho một bài"
            case .period: return "chỉ giữ một tệp điểm (.yaml, .csv hoặc .xlsx) cho mỗi kỳ"
            }
        }
    }

    var kind: Kind
    var key: String
    var location: SourceLocation
    /// The field that gives the key, when a field does (`slug`, `title`).
    var field: String?
}
