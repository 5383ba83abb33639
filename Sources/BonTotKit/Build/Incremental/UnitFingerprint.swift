import Foundation

/// The fingerprint of everything a unit's files inside a district portal are made from: the
/// program, where the unit lies, the district it links up to and the portal's `base_url` (its
/// feed's and sitemap's addresses), its text inputs, its media
/// files (size and times), and its theme (templates and assets). When it equals the previous
/// build's, the unit's files are taken whole from the previous output: none of its pages is
/// even modelled, so a district rebuild after one commune's edit costs about one commune.
enum UnitFingerprint {
    static func of(_ site: PortalSite, theme: Theme) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(ToolIdentity.current)
        hasher.combine(site.router.prefix)
        hasher.combine(site.upLink?.name ?? "")
        hasher.combine(site.upLink?.router.prefix ?? "")
        hasher.combine(site.upLink?.mergersKey ?? "")
        hasher.combine(site.upLink?.baseURL ?? "")
        for (path, hash) in site.inputHashes.sorted(by: { $0.key < $1.key }) {
            hasher.combine(path)
            hasher.combine(hash)
        }
        let content = site.portal.root.appending(path: "content")
        for media in site.media {
            let stamp = FileStamp(path: content.appending(path: media).resolvingSymlinksInPath().path)
            hasher.combine(media)
            if let stamp { stamp.combine(into: &hasher) } else { hasher.combine(-1) }
        }
        hasher.combine(theme.digest)
        return hasher.finalize()
    }
}

extension BuildOutput {
    /// True when the published output holds `file` as a plain file of `size` bytes, as the
    /// previous build left it.
    func holds(_ file: String, size: Int) -> Bool {
        FileWriting.isFile(output.path + "/" + file, size: size)
    }
}
