import Foundation

/// The units below a site, however deep (a province's districts and their communes), as a command
/// run on the site (`bontot new`, `bontot import minutes`) names them to the clerk who ran it from
/// the site's folder or above: each unit's way from the site (`xa-a`, `giong-rieng/xa-a`), and its
/// folder from where bontot runs, which is the `--site` that runs the command on the unit instead.
struct UnitSites {
    /// A unit below the site, as the command names it.
    struct Unit {
        /// The unit's way from the site: `xa-a`, `giong-rieng/xa-a`.
        var id: String
        /// The unit's folder from where bontot runs, ending in `/`: `xa-a/`, `../district/xa-a/`.
        var folder: String
        var branchIDs: Set<String>

        /// The folder as `--site` takes it: `../district/xa-a`.
        var site: String { String(folder.dropLast()) }
    }

    private let branches: UnitBranches
    private let absolute: Bool

    /// The units of the site at `siteRoot`, whose folder from where bontot runs is `siteFolder`
    /// (`""`, `../district/`, `/srv/huyen/`).
    init(siteRoot: URL, siteFolder: String) {
        // A unit's folder is named by its path from the site's, which an absolute site's folder
        // cannot lead (`UnitReference.displayFolder(from:)`): after an absolute `--site`, by its own.
        absolute = siteFolder.hasPrefix("/")
        let folders = UnitBranchFolders(siteFolder: absolute ? "" : siteFolder)
        branches = UnitBranches(root: siteRoot, units: folders.units(in: siteRoot), folders: folders)
    }

    /// The branch `written` names (`ap-1`, `xa-a/ap-1`) and the units that have it; nil when none has.
    func owners(ofBranch written: String) -> (branch: String, owners: [Unit])? {
        let (branch, owners) = branches.owners(ofWritten: written)
        return owners.isEmpty ? nil : (branch, owners.map(named))
    }

    /// The units whose way from the site is `way`, or ends in it (`xa-a` for `giong-rieng/xa-a`).
    func units(way: String) -> [Unit] {
        branches.units(way: way).map(named)
    }

    /// The units as a message names them: `'xa-a' (../district/xa-a/)`.
    static func names(of units: [Unit]) -> String {
        units.map { "'\($0.id)' (\($0.folder))" }.joined(separator: ", ")
    }

    private func named(_ unit: UnitBranches.Unit) -> Unit {
        let own = unit.root.standardizedFileURL.path
        let folder = absolute ? (own.hasSuffix("/") ? own : own + "/") : unit.folder
        return Unit(id: unit.id, folder: folder, branchIDs: unit.branchIDs)
    }
}
