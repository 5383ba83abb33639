import Foundation

/// A folder that is a unit twice in one portal, at different levels (the district lists
/// `units/binh-an`, and so does its unit An Hòa): its branches, members and titles would count
/// twice in the district's figures. `PortalLoader` finds a folder one `site.yaml` lists twice
/// as it reads the listing; this finds one across levels, once the whole portal is loaded, and
/// names the entry met later, level by level from the top (so a district's own entry is kept).
enum RepeatedUnitFolders {
    /// An error at each entry, in any site of the portal, whose folder a unit nearer the top (or
    /// listed earlier at its level) already is. `references` are the top site's entries, each the
    /// reference of the unit of `units` with its id.
    static func errors(units: [LoadedUnit], references: [UnitReference]) -> [Diagnostic] {
        var seen: [String: (id: String, location: SourceLocation)] = [:]
        var diagnostics: [Diagnostic] = []
        var level = entries(units, references: references, siteFolder: "")
        while !level.isEmpty {
            var next: [(unit: LoadedUnit, location: SourceLocation, path: String)] = []
            for entry in level {
                let identity = PortalLoader.canonical(entry.unit.portal.root)
                if let first = seen[identity] {
                    diagnostics.append(.error(at: entry.location, field: "units.\(entry.unit.id).path",
                        "thư mục \(entry.path) đã là đơn vị '\(first.id)' (\(first.location)); một đảng bộ chỉ được tính "
                        + "một lần trong trang, nếu không số chi bộ, đảng viên của nó bị cộng hai lần "
                        + "/ the folder is already the unit '\(first.id)' (\(first.location)): it would be counted twice"))
                    continue
                }
                seen[identity] = (entry.unit.id, entry.location)
                let portal = entry.unit.portal
                next += entries(portal.units, references: portal.site?.config.units ?? [], siteFolder: portal.displayFolder)
            }
            level = next
        }
        return diagnostics
    }

    /// The units with the place of their entry and their path as written (with their folder,
    /// when it is a unit's entry), named from the top site.
    private static func entries(_ units: [LoadedUnit], references: [UnitReference],
                                siteFolder: String) -> [(unit: LoadedUnit, location: SourceLocation, path: String)] {
        units.compactMap { unit in
            guard let reference = references.first(where: { $0.id == unit.id }) else { return nil }
            var location = reference.location
            location.file = siteFolder + location.file
            return (unit, location, reference.writtenPath(from: siteFolder))
        }
    }
}
