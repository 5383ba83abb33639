import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a build renders of a portal, and where it keeps its manifest: the top site and every
/// unit by default; with `--unit ID` that unit alone (and any units of its own), with its own
/// manifest in `.bontot-cache/units/<id>/`; with `--units-from DIR` the top site alone, each
/// unit's output copied from `DIR/don-vi/<unit>/` where a `--unit` build elsewhere wrote it.
struct BuildPlan {
    let options: BuildOptions

    /// The units this build renders (the top site is rendered unless `--unit`).
    func renderedUnits(_ sites: [PortalSite]) -> [PortalSite] {
        options.unitsFrom != nil && options.unit == nil ? [] : Array(sites.dropFirst())
    }

    /// Where the manifest of this build lies.
    var cache: BuildCache {
        let top = BuildCache(siteRoot: options.siteRoot)
        return options.unit.map(top.unit) ?? top
    }

    /// The text inputs of the rendered sites, each path named from the top site.
    func inputHashes(_ sites: [PortalSite]) -> [String: UInt64] {
        let rendered = (options.unit == nil ? [sites[0]] : []) + renderedUnits(sites)
        if rendered.count == 1, rendered[0].portal.displayFolder.isEmpty { return rendered[0].inputHashes }
        var hashes: [String: UInt64] = [:]
        for site in rendered {
            for (path, hash) in site.inputHashes { hashes[site.portal.displayFolder + path] = hash }
        }
        return hashes
    }

    /// With `--units-from`, copies each unit's output into `output`; an error for a unit whose
    /// output is missing there, or one error when the folder itself is not there.
    func copyUnits(of portal: LoadedPortal, into output: BuildOutput) throws -> [Diagnostic] {
        guard let source = options.unitsFrom, options.unit == nil else { return [] }
        var diagnostics: [Diagnostic] = []
        let base = source.standardizedFileURL.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base, isDirectory: &isFolder), isFolder.boolValue else {
            // One error for the folder, not one for each unit it would have held.
            let ids = portal.units.map(\.id)
            return [.error(at: .option("--units-from"),
                           "thư mục '\(source.path)' không tồn tại; hãy chỉ tới thư mục chứa kết quả 'bontot build --unit <mã>' "
                           + "của các đơn vị (\(ids.joined(separator: ", "))) / the folder does not exist")]
        }
        for unit in portal.units {
            let router = unit.portal.router
            guard FileManager.default.fileExists(atPath: source.appending(path: router.file(.home)).path) else {
                let elsewhere = MisplacedUnitOutput.hint(unitID: unit.id, router: router, source: source)
                diagnostics.append(.error(at: .option("--units-from"),
                                          "thiếu kết quả dựng của đơn vị '\(unit.id)': không có \(source.path)/\(router.file(.home)) "
                                          + "(dựng bằng 'bontot build --unit \(unit.id)')\(elsewhere.vi) / the unit's output is missing\(elsewhere.en)"))
                continue
            }
            let files = SiteReader.files(in: source.appending(path: router.prefix), recursive: true, within: source)
                .map { String($0.standardizedFileURL.path.dropFirst(base.count + 1)) }
                .filter { $0 != OutputMarker.name && !$0.hasSuffix("/" + OutputMarker.name) }
            for relative in files.sorted() {
                // bontot writes only plain files: a link (perhaps out of the folder) is not copied.
                var info = stat()
                guard lstat(source.appending(path: relative).path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                    diagnostics.append(.error(at: .option("--units-from"),
                                              "'\(source.path)/\(relative)' không phải tệp do bontot ghi (liên kết hoặc thư mục liên kết), không chép vào trang "
                                              + "/ not a plain file written by bontot, not copied"))
                    continue
                }
                try output.copy(source.appending(path: relative), to: relative)
            }
        }
        return diagnostics
    }
}
