import Foundation

/// The outcome of loading and checking a site: the model when it could be built, and every
/// diagnostic of the run.
public struct LoadedSite: Sendable {
    public var site: Site?
    public var diagnostics: DiagnosticLog
    /// The rules applied to the site, when it loaded without errors.
    public var analysis: SiteAnalysis?
    /// Every text input read, path (relative to the site) → hash of its bytes.
    public var inputHashes: [String: UInt64] = [:]
    /// The inputs as pages that show no minutes' or story's body see them (`InputOutlines`),
    /// when the site was loaded with its decode cache.
    var outlines: InputOutlines?
    /// The decode cache the site was loaded with, kept as long as the site: its entries share
    /// the site's models, and freeing them one by one midway through a build costs more than
    /// keeping them.
    var decodeCache: DecodeCache?
    /// The branches, minutes and stories that decoded, even when the site did not (`site` nil).
    var counts = SiteDecoder.Counts()
    /// For a district loaded with `defersUnitScoreLinks`: the check of its bodies' links to its
    /// pages, to run once its units' scores are read (`PortalLoader`).
    var pageLinks: PageLinkCheck.Pending?

    /// "14 chi bộ, 5 kỳ đánh giá, 96 biên bản, 7 bài viết; 0 lỗi, 2 cảnh báo".
    public var summary: String {
        "\(inventory); \(diagnostics.counts)"
    }

    /// "14 chi bộ, 5 kỳ đánh giá, 96 biên bản, 7 bài viết": what was read.
    public var inventory: String {
        site.map { site in
            "\(site.branches.count) chi bộ, \(site.evaluations.count) kỳ đánh giá, \(site.minutes.count) biên bản, \(site.stories.count) bài viết"
        } ?? "không đọc được trang"
    }
}

/// Loads a site folder and checks it whole: files, fields, references and the rules' warnings.
public enum SiteLoader {
    public static func load(root: URL) -> LoadedSite {
        load(root: root, cache: nil)
    }

    /// How a build uses the decode cache in `.bontot-cache/`.
    enum CacheUse {
        /// Take content files decoded by the previous build and unchanged since from the cache,
        /// and record the others.
        case readAndWrite
        /// Decode every file, and record them all for the next build.
        case writeOnly
        /// Take unchanged files from the cache and write nothing (`bontot check`).
        case readOnly
    }

    /// Loads the site, using the decode cache as `cache` says (none when nil).
    /// `cacheFolder` is where the decode cache lives: the site's own `.bontot-cache/` when nil;
    /// `unitBranchFolders` reads the branches of the units the site lists; `router` places the
    /// site in the portal being built (a unit's folder), where its pages are checked. A district's
    /// links to its pages are left for the caller to check with its units' scores when
    /// `defersUnitScoreLinks` (`LoadedSite.pageLinks`).
    static func load(root: URL, cache use: CacheUse?, cacheFolder: BuildCache? = nil,
                     unitBranchFolders: UnitBranchFolders = UnitBranchFolders(), router: Router = Router(),
                     defersUnitScoreLinks: Bool = false) -> LoadedSite {
        let sink = DiagnosticSink()
        let folder = cacheFolder ?? BuildCache(siteRoot: root)
        // The decode cache opens while the content folders are listed, once `site.yaml`, the
        // rubric and the former scales are read: its context is taken from the texts the site is
        // decoded with, not from a second reading that a save in between would make differ.
        var opening: Background<DecodeCache?>?
        let sources = PhaseTimer.measure("read sources") {
            SiteReader.read(root: root, sink: sink, siteFolder: unitBranchFolders.siteFolder, opening: { read in
                let started = Background { () -> DecodeCache? in
                    PhaseTimer.measure("open decode cache") {
                        use.map {
                            DecodeCache(folder: folder.decoded, sourceRoot: root, tool: ToolIdentity.current,
                                        context: decodeContext(read), fresh: $0 == .writeOnly)
                        }
                    }
                }
                opening = started
                return { started.value }
            })
        }
        let cache = opening?.value ?? nil
        let decoded = PhaseTimer.measure("decode") {
            SiteDecoder.decode(sources, sink: sink, cache: cache, unitBranchFolders: unitBranchFolders, router: router,
                               defersUnitScoreLinks: defersUnitScoreLinks)
        }
        let site = decoded.site
        // The rules' warnings are shown beside the errors too (and counted), but a site with
        // errors gets no analysis: nothing is built from it. The rules run beside saving the
        // decode cache and summing up the inputs: neither needs the other, and each leaves a
        // core idle much of its time.
        let clean = sink.log.errorCount == 0
        let (rules, (inputHashes, outlines)) = Parallel.both({ () -> (SiteAnalysis, [Diagnostic])? in
            site.map { site in
                let rules = PhaseTimer.measure("rules") { SiteAnalysis(site: site) }
                return (rules, clean ? rules.diagnostics : rules.diagnosticsBesideErrors)
            }
        }, { () -> ([String: UInt64], InputOutlines?) in
            if use != .readOnly { PhaseTimer.measure("save decode cache") { cache?.save() } }
            let inputHashes = sources.inputHashes
            return (inputHashes, cache?.outlines(inputs: inputHashes))
        })
        var analysis: SiteAnalysis?
        if let (made, diagnostics) = rules {
            sink.report(diagnostics)
            if clean { analysis = made }
        }
        return LoadedSite(site: site, diagnostics: sink.log, analysis: analysis, inputHashes: inputHashes,
                          outlines: outlines, decodeCache: cache, counts: decoded.counts, pageLinks: decoded.pageLinks)
    }

    /// What decoding a content file depends on besides the file, from the texts `read` holds as
    /// the reader read them (`SiteReader.read` hands them over before any content file is read;
    /// nothing is read again from disk): the rubric (its level ids) and the former scales (an
    /// evaluation of their years is checked against them) — only the files read as such, so
    /// that a note left in `content/rubrics/` keeps the cache —, for a site with an .xls among
    /// its score sheets, whether LibreOffice is there to read it and which (`identity`: installed
    /// since, it reads one that was an error; upgraded since, it converts afresh what the former
    /// one converted; a site without one keeps its cache through an upgrade), whether `site.yaml` keeps
    /// raw HTML (`allow_html`: the addresses in it are then checked), and the sheet it names for
    /// the workbooks (`xlsx_sheet`).
    static func decodeContext(_ read: SiteSources) -> UInt64 {
        var context = Data()
        func append(_ hash: UInt64) { withUnsafeBytes(of: hash.littleEndian) { context.append(contentsOf: $0) } }
        if let rubric = read.rubric { append(rubric.contentHash) }
        for former in read.formerRubrics {
            context.append(contentsOf: Array("\u{0}\(PathParts.name(of: former.path))\u{0}".utf8))
            append(former.contentHash)
        }
        if read.listsOldWorkbooks, let libreOffice = LibreOfficeConverter.find() {
            context.append(contentsOf: Array("\u{0}libreoffice\u{0}\(String(libreOffice.identity, radix: 16))".utf8))
        }
        // A score table naming another year is told which score file holds that year, if any.
        for name in read.scoreFileNames { context.append(contentsOf: Array("\u{0}score\u{0}\(name)".utf8)) }
        let settings = SiteConfigDecoder.decodingSettings(read.siteConfig)
        if settings.allowsHTML { context.append(contentsOf: Array("\u{0}allow_html".utf8)) }
        if let sheet = settings.xlsxSheet { context.append(contentsOf: Array("\u{0}xlsx_sheet\u{0}\(sheet)".utf8)) }
        return context.withUnsafeBytes { StableHasher.hash($0) }
    }
}
