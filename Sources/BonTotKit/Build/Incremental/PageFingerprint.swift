/// The fingerprint of what makes a page: its templates (with every partial and parent they
/// use), the site's settings, and either the input files the page names (its minutes and
/// stories by their outline when it shows none of their bodies), or for a page that draws on
/// the whole site the site's digest (`InputOutlines.digest`) or else its whole view model.
/// Equal fingerprints render equal bytes, so an incremental build skips such pages.
struct PageFingerprint: Sendable {
    /// Each template's hash, its partials and parents included.
    let templates: [String: UInt64]
    /// Every text input by its path, as a page counts it (`named(_:_:)`): by its bytes, and by
    /// its outline (`InputOutlines.hashes`) where it has one. Worked out once per input, not once
    /// per page naming it: thousands of pages name the same files.
    let named: [String: NamedInput]
    /// What every page depends on: `site.yaml`, the router's prefix, and the media files that
    /// tell where a body's address points (`mediaNamesReadByBodies`).
    let base: UInt64
    /// What decides the pages that draw on the whole site, when the inputs alone do.
    let siteDigest: UInt64?

    /// `upLink` is, for a unit inside a district, the district its pages link up to (and the
    /// portal's `base_url`, from which its feed and sitemap take their addresses); `media` are
    /// the site's media files, by their paths from `content/`; `pageLinks`, for each file whose
    /// body links other pages, the hash of their addresses (`PortalContext.pageLinkFingerprints`),
    /// counted with its bytes: a page showing that body is made again when one of them moves.
    init(theme: Theme, inputs: [String: UInt64], outlines: [String: UInt64] = [:], siteDigest: UInt64? = nil, router: Router,
         upLink: PortalUpLink? = nil, media: [String], pageLinks: [String: UInt64] = [:]) {
        templates = theme.closureHashes
        // Tens of thousands of paths, each hashed once or twice: on all cores.
        let paths = Array(inputs.keys) + outlines.keys.filter { inputs[$0] == nil }
        let hashed = Parallel.map(paths) { path -> NamedInput in
            var bytes = inputs[path] ?? 0
            if let linked = pageLinks[path] {
                var hasher = StableHasher()
                hasher.combine(bytes)
                hasher.combine(linked)
                bytes = hasher.finalize()
            }
            let byBytes = Self.named(path, bytes)
            return NamedInput(byBytes: byBytes, byOutline: outlines[path].map { Self.named(path, $0) } ?? byBytes)
        }
        named = Dictionary(uniqueKeysWithValues: zip(paths, hashed))
        self.siteDigest = siteDigest
        var base = StableHasher()
        base.combine(inputs["site.yaml"] ?? 0)
        base.combine(router.prefix)
        if let upLink {
            base.combine(upLink.name)
            base.combine(upLink.router.prefix)
            base.combine(upLink.mergersKey)
            base.combine(upLink.baseURL)
        }
        for name in Self.mediaNamesReadByBodies(media) { base.combine(name) }
        self.base = base.finalize()
    }

    /// The media files that can change where a body's address points (`BodyAddress.resolve`):
    /// `media/bao-cao.pdf#chuong.hai` links the file so named when there is one, else
    /// `media/bao-cao.pdf` with an anchor. Of a site that builds, every body's address names a
    /// file, so which one is told by the files such an address may name beside another
    /// (`BodyAddress.mayBeReadAsAnAnchor`) alone: the pages are made again when one of those
    /// comes or goes (rare: `bao-cao.pdf#chuong.hai`, `anh.goc#1.jpg`), not when a photo is added.
    private static func mediaNamesReadByBodies(_ media: [String]) -> [String] {
        media.filter(BodyAddress.mayBeReadAsAnAnchor).sorted()
    }

    /// The fingerprint of a generated file (a part of the search index) that `named` inputs
    /// alone decide, with the site's settings.
    func of(inputs named: [String], file: String) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(base)
        hasher.combine(file)
        hasher.combine(3)
        for path in named { hasher.combine(self.named[path]?.byBytes ?? Self.named(path, 0)) }
        return hasher.finalize()
    }

    /// The fingerprint of a file that the site's inputs alone decide (`OutputFile.madeFromSite`),
    /// when the site's digest decides them; nil otherwise (a site with units).
    func ofSiteFile(_ file: String) -> UInt64? {
        guard let siteDigest else { return nil }
        var hasher = StableHasher()
        hasher.combine(base)
        hasher.combine(file)
        hasher.combine(6)
        hasher.combine(siteDigest)
        return hasher.finalize()
    }

    /// One input as a fingerprint counts it: its path, and the hash of its bytes (0 for a name
    /// that is no file, such as `@months:…`).
    private static func named(_ path: String, _ hash: UInt64) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(path)
        hasher.combine(hash)
        return hasher.finalize()
    }

    /// One input named by a page: by its outline when `byOutline` and it has one, else by its bytes.
    private func input(_ path: String, byOutline: Bool) -> UInt64 {
        guard let input = named[path] else { return Self.named(path, 0) }
        return byOutline ? input.byOutline : input.byBytes
    }

    /// The fingerprint of `page` at `file`, from its named inputs when it has them; else from
    /// the site's digest, or without one from its model, made by `model` (the caller keeps it
    /// to render the page).
    func of(_ page: Page, file: String, model: () -> Any) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(base)
        hasher.combine(file)
        hasher.combine(page.template)
        hasher.combine(templates[page.template] ?? 0)
        hasher.combine(page.facts.count)
        for fact in page.facts { hasher.combine(fact) }
        if page.inputs != nil {
            let byOutline = !page.showsBodies
            hasher.combine(byOutline ? 5 : 1)
            // Read in place, not copied one by one: the same paths are named by thousands of
            // pages fingerprinted on every core at once.
            page.inputs?.withUnsafeBufferPointer { named in
                for index in named.indices { hasher.combine(input(named[index], byOutline: byOutline)) }
            }
        } else if let siteDigest {
            hasher.combine(4)
            hasher.combine(siteDigest)
        } else {
            hasher.combine(2)
            hasher.combine(ModelFingerprint.of(model()))
        }
        return hasher.finalize()
    }
}

/// One input file as fingerprints count it, worked out once for all pages naming it.
struct NamedInput: Sendable {
    /// Its path and the hash of its bytes.
    let byBytes: UInt64
    /// Its path and the hash of its outline, for a page that shows no bodies; its bytes when it
    /// has no outline.
    let byOutline: UInt64
}
