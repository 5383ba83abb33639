import Foundation

/// Loads a site and, when its `site.yaml` lists `units:`, every unit's site too, on all cores
/// (SPEC §7). Each unit is checked as it would be alone, its diagnostics naming its files from
/// the top site (`../hoa-thuan/content/minutes/2024/x.md:3`); the listing itself is checked for
/// folders that are missing or not a site, a folder listed twice (`RepeatedUnitFolders` for one
/// listed at two levels), a unit that is the site itself or a site above it (a cycle), and a unit
/// whose `parent` is not this site (`UnitParentCheck`).
public enum PortalLoader {
    /// Loads the portal at `root` without the decode caches: every file is decoded.
    public static func load(root: URL) -> LoadedPortal {
        load(root: root, cache: nil)
    }

    /// Loads the portal at `root` as `bontot check` does: the files unchanged since the last
    /// build are taken from its decode caches (an `.xls` is not converted again), and nothing is
    /// written. What it reports is what a load without the caches reports.
    public static func loadReadingCaches(root: URL) -> LoadedPortal {
        load(root: root, cache: .readOnly)
    }

    /// Loads the portal at `root`, using the decode caches as `cache` says; with `onlyUnit`, the
    /// site and that one of its units (`bontot build --unit`).
    static func load(root: URL, cache: SiteLoader.CacheUse?, onlyUnit: String? = nil) -> LoadedPortal {
        load(root: root.standardizedFileURL, cache: cache, cacheFolder: BuildCache(siteRoot: root), router: Router(),
             displayFolder: "", ancestors: [], onlyUnit: onlyUnit)
    }

    /// Loads one site; `unitID` is its id when it is a unit of a district, whose snapshot the
    /// build may take instead of loading it (see `UnitSnapshot`).
    private static func load(root: URL, cache: SiteLoader.CacheUse?, cacheFolder: BuildCache, router: Router,
                             displayFolder: String, ancestors: [String], onlyUnit: String? = nil,
                             unitID: String? = nil) -> LoadedPortal {
        let stamps = unitID != nil && cache != nil && cache != .readOnly ? PortalFiles.stamps(root: root) : [:]
        if unitID != nil, cache == .readAndWrite, let snapshot = UnitSnapshot.load(cacheFolder, stamps: stamps, siteFolder: displayFolder) {
            var log = DiagnosticLog()
            log.append(contentsOf: snapshot.diagnostics)
            var listing = snapshot.listing
            listing.router = router
            return LoadedPortal(loaded: LoadedSite(site: nil, diagnostics: log), root: root, router: router,
                                displayFolder: displayFolder, units: [], district: nil,
                                diagnostics: placedLog(snapshot.diagnostics, in: displayFolder), listing: listing,
                                snapshot: snapshot, cacheFolder: cacheFolder)
        }
        // The units' branches, read once for the checks of the site's files, its unit scores and its stories.
        let unitBranchFolders = UnitBranchFolders(siteFolder: displayFolder)
        let loaded = SiteLoader.load(root: root, cache: cache, cacheFolder: cacheFolder, unitBranchFolders: unitBranchFolders,
                                     router: router, defersUnitScoreLinks: true)
        let sink = DiagnosticSink()
        let here = canonical(root)
        var references = loaded.site?.config.units ?? []
        if let onlyUnit, loaded.site != nil {
            references = references.filter { $0.id == onlyUnit }
            if references.isEmpty {
                let known = (loaded.site?.config.units ?? []).map(\.id)
                // The option names the unit: `site.yaml:1` sent the clerk to the site's title.
                sink.error(.option("--unit"), field: "units",
                           "không có đơn vị '\(onlyUnit)' trong 'units' của site.yaml / no unit '\(onlyUnit)' is listed" + Suggestion.hint(for: onlyUnit, among: known))
            }
        }
        let listed = accepted(references, root: root, siteFolder: displayFolder, here: here, ancestors: ancestors, sink: sink)
        let units = Parallel.map(listed.count) { index in
            let (reference, folder) = listed[index]
            return LoadedUnit(id: reference.id,
                              portal: load(root: folder, cache: cache, cacheFolder: cacheFolder.unit(reference.id),
                                           router: router.unit(reference.id), displayFolder: reference.displayFolder(from: displayFolder),
                                           ancestors: ancestors + [here], unitID: reference.id))
        }
        if ancestors.isEmpty {
            sink.report(RepeatedUnitFolders.errors(units: units, references: listed.map(\.0)))
        }
        if loaded.site?.config.units.isEmpty == true,
           let error = UnitFilesWithoutUnits.error(root: root, siteFolder: displayFolder, diagnostics: loaded.diagnostics.entries) {
            sink.report(error)
        }
        var district: DistrictAnalysis?
        var districtInputs: [String: UInt64] = [:]
        // What the district's bodies linking its units' scores by their files are checked against.
        var unitScores = PageLinkCheck.UnitScores.unknown
        if let config = loaded.site?.config, !config.units.isEmpty {
            sink.report(UnitParentCheck.warnings(organization: config.organization, siteFolder: displayFolder,
                                                 units: zip(listed, units).map { ($0.0, $1.figures?.parent) }))
            // Each unit's `organization`, by which the unit scores may name it: a unit taken from its
            // snapshot (nothing changed in it) gives the one it was read with.
            var unitNames: [String: String] = [:]
            for unit in units { unitNames[unit.id] = unit.portal.loaded.site?.config.organization ?? unit.portal.snapshot?.figures.name }
            sink.report(UnitNameClash.warnings(siteFolder: displayFolder, units: zip(listed, units).map { ($0.0, unitNames[$1.id]) }))
            let figures = units.compactMap(\.figures)
            let subject = DistrictAnalysis.unitSubject(units: figures, references: config.units)
            let decoded = UnitEvaluationsDecoder.decode(root: root, unitIDs: config.units.map(\.id), refusedUnitIDs: config.refusedUnitIDs,
                                                        sheetName: config.xlsxSheet, unitNames: unitNames,
                                                        unitBranches: UnitBranches(root: root, units: config.units, folders: unitBranchFolders),
                                                        siteFolder: displayFolder,
                                                        conversions: cache.map(cacheFolder.convertedWorkbooks), subject: subject, sink: sink)
            districtInputs = decoded.inputHashes
            unitScores = .read(decoded.evaluations, files: Set(decoded.inputHashes.keys.filter(PageLinkCheck.isUnitScores)))
            if let site = loaded.site, let analysis = loaded.analysis, figures.count == config.units.count, sink.log.errorCount == 0 {
                let made = DistrictAnalysis(site: site, analysis: analysis, units: figures, rubrics: decoded.rubrics,
                                            evaluations: decoded.evaluations)
                sink.report(made.diagnostics)
                let folders = Dictionary(listed.map { ($0.0.id, $0.0.displayFolder(from: displayFolder)) }, uniquingKeysWith: { first, _ in first })
                sink.report(UnitsWithoutBranchScores.warnings(units: figures, folders: folders, rubrics: decoded.rubrics,
                                                              evaluations: made.rankedEvaluations, subject: subject))
                district = made
            }
        }
        // After the rules over the units, which run only when nothing before is an error, as alone.
        loaded.pageLinks?.run(unitScores: unitScores, sink: sink)
        var log = DiagnosticLog()
        // The site's own diagnostics, then those of the district's checks (its unit scores').
        let own = loaded.diagnostics.entries + sink.log.entries
        let stories = loaded.site.map { site in
            site.config.units.isEmpty ? []
                : UnitBranchReferences.unknownInStories(site.stories, unitIDs: site.config.units.map(\.id),
                                                        refused: site.config.refusedUnitIDs, units: units,
                                                        folders: unitBranchFolders)
        } ?? []
        log.append(contentsOf: (own + stories).map { $0.placed(in: displayFolder) })
        for unit in units { log.append(contentsOf: unit.portal.diagnostics.entries) }
        var portal = LoadedPortal(loaded: loaded, root: root, router: router, displayFolder: displayFolder, units: units,
                                  district: district, districtInputs: districtInputs, diagnostics: log, listing: nil,
                                  cacheFolder: cacheFolder)
        // A unit's listing, what its district's feed takes of it: a unit that has units of its own
        // (a district in a province) is read as its own portal reads it, with their rules and
        // listings, so it lists the bulletins it has pages for (a month only its units did
        // something in too), dated as its own feed dates them.
        if unitID != nil, let site = loaded.site, let analysis = loaded.analysis, log.errorCount == 0 {
            portal.listing = UnitListing(PortalContext(site: site, analysis: analysis, router: router, district: district,
                                                       unitListings: portal.unitListings))
        }
        let listing = portal.listing
        if let unitID, let cache, cache != .readOnly {
            if let site = loaded.site, let analysis = loaded.analysis, let listing, site.config.units.isEmpty, log.errorCount == 0 {
                let figures = UnitFigures(id: unitID, site: site, analysis: analysis)
                UnitSnapshot(site: site, loaded: loaded, figures: figures, listing: listing, stamps: stamps,
                             siteFolder: displayFolder).save(cacheFolder)
            } else {
                UnitSnapshot.remove(cacheFolder)
            }
        }
        return portal
    }

    private static func placedLog(_ diagnostics: [Diagnostic], in folder: String) -> DiagnosticLog {
        var log = DiagnosticLog()
        log.append(contentsOf: diagnostics.map { $0.placed(in: folder) })
        return log
    }

    /// The units whose folders are sites that may be loaded, with their folders; an error at
    /// the entry of each other one, naming its folder from the top site too when the site, in
    /// `siteFolder`, is a unit itself.
    private static func accepted(_ references: [UnitReference], root: URL, siteFolder: String, here: String, ancestors: [String],
                                 sink: DiagnosticSink) -> [(UnitReference, URL)] {
        var result: [(UnitReference, URL)] = []
        var seen: [String: UnitReference] = [:]
        let manager = FileManager.default
        // What a missing folder may have become: none of the folders listed, nor this site or one above it.
        let taken = { Set(references.map { canonical($0.folder(in: root)) } + [here] + ancestors) }
        for reference in references {
            let folder = reference.folder(in: root)
            let field = "units.\(reference.id).path"
            let written = reference.writtenPath(from: siteFolder)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                // A path of a Windows computer: the folder copied here, as advised, is the one to name.
                let windows = WindowsUnitPath.advice(for: reference)
                let near = windows == nil ? reference : UnitReference(id: reference.id, path: reference.folderName, location: reference.location)
                sink.error(reference.location, field: field,
                           "thư mục của đơn vị '\(reference.id)' không tồn tại: \(written)\(windows?.vi ?? "") / the unit's folder does not exist\(windows?.en ?? "")"
                           + MissingUnitFolder.hint(for: near, root: root, taken: taken()))
                continue
            }
            guard manager.fileExists(atPath: folder.appending(path: "site.yaml").path) else {
                sink.error(reference.location, field: field,
                           "\(written) không phải thư mục trang: thiếu site.yaml / the unit's folder is not a site (no site.yaml)")
                continue
            }
            let identity = canonical(folder)
            if identity == here || ancestors.contains(identity) {
                sink.error(reference.location, field: field,
                           "đơn vị '\(reference.id)' (\(written)) là chính trang này hoặc trang cấp trên của nó: "
                           + "vòng lặp / the unit is this site or a site above it: a cycle")
                continue
            }
            if let first = seen[identity] {
                sink.error(reference.location, field: field,
                           "thư mục \(written) đã được liệt kê ở dòng \(first.location.line) (đơn vị '\(first.id)'); "
                           + "mỗi đơn vị chỉ ghi một lần / the unit is listed twice (first on line \(first.location.line))")
                continue
            }
            seen[identity] = reference
            result.append((reference, folder))
        }
        return result
    }

    /// The folder's path with symbolic links resolved, so two ways of writing it compare equal.
    static func canonical(_ folder: URL) -> String {
        folder.resolvingSymlinksInPath().standardizedFileURL.path
    }
}

extension LoadedUnit {
    /// The unit's figures, when it loaded without errors.
    var figures: UnitFigures? {
        if let snapshot = portal.snapshot { return snapshot.figures }
        guard let site = portal.site, let analysis = portal.loaded.analysis,
              portal.diagnostics.errorCount == 0 else { return nil }
        return UnitFigures(id: id, site: site, analysis: analysis, units: portal.units.compactMap(\.figures))
    }
}
