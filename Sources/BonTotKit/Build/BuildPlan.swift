import Foundation

/// Which sites of a portal a build renders, and where it keeps its manifest: every site by
/// default; with `--unit ID` that unit alone (and any units of its own), with its own manifest
/// in `.bontot-cache/units/<id>/`; with `--units-from DIR` the top site alone, each unit's
/// output copied from `DIR/don-vi/<unit>/` where a `--unit` build elsewhere wrote it.
struct BuildPlan {
    let options: BuildOptions
    let sites: [PortalSite]

    /// The sites this build renders.
    var rendered: [PortalSite] {
        if options.unit != nil { return Array(sites.dropFirst()) }
        if options.unitsFrom != nil { return [sites[0]] }
        return sites
    }

    /// Where the manifest of this build lies.
    var cache: BuildCache {
        let top = BuildCache(siteRoot: options.siteRoot)
        return options.unit.map(top.unit) ?? top
    }

    /// The text inputs of the rendered sites, each path named from the top site.
    var inputHashes: [String: UInt64] {
        var hashes: [String: UInt64] = [:]
        for site in rendered {
            for (path, hash) in site.inputHashes { hashes[site.portal.displayFolder + path] = hash }
        }
        return hashes
    }

    /// With `--units-from`, copies each unit's output into `output`; an error for a unit whose
    /// output is missing there.
    func copyUnits(into output: BuildOutput) -> [Diagnostic] {
        guard let source = options.unitsFrom, options.unit == nil else { return [] }
        var diagnostics: [Diagnostic] = []
        for unit in sites[0].portal.units {
            let router = unit.portal.router
            let folder = source.appending(path: router.prefix)
            guard FileManager.default.fileExists(atPath: source.appending(path: router.file(.home)).path) else {
                diagnostics.append(.error(at: SourceLocation(file: "--units-from"),
                                          "thiếu kết quả dựng của đơn vị '\(unit.id)': không có \(source.path)/\(router.file(.home)) "
                                          + "(dựng bằng 'bontot build --unit \(unit.id)') / the unit's output is missing"))
                continue
            }
            do {
                for relative in SiteReader.files(in: folder, recursive: true).map({ String($0.path.dropFirst(source.standardizedFileURL.path.count + 1)) }).sorted() {
                    try output.copy(source.appending(path: relative), to: relative)
                }
            } catch {
                diagnostics.append(SiteBuilder.writeError(error, options))
            }
        }
        return diagnostics
    }
}
