import Foundation

/// A district's story naming a branch of one of its units as the district knows it
/// (`phuong-an-hoa/kdc-an-phu`, SPEC §7): checked here once the units are loaded, the unit and
/// its branch known or an error at the story's `branch:` line. (The district's other files
/// naming a unit's branch are told whose branch it is by the check that finds it unknown:
/// `UnitBranches`.)
enum UnitBranchReferences {
    /// An error at the `branch:` line of each of `stories` (the district's) that names a branch
    /// as the district knows it (`<unit>/<branch>`) when the unit is none of `unitIDs` (the
    /// site's `units:`), or when `units` (those loaded) holds the unit but it has no such branch.
    /// `displayFolder` is the site's folder as diagnostics name it, and `folders` reads the
    /// units' branches.
    static func unknownInStories(_ stories: [Story], unitIDs: [String], units: [LoadedUnit], displayFolder: String,
                                 folders: UnitBranchFolders) -> [Diagnostic] {
        let known = units.map { unit in
            UnitBranches.Unit(id: unit.id, root: unit.portal.root, folder: String(unit.portal.displayFolder.dropFirst(displayFolder.count)),
                              branchIDs: folders.ids(in: unit.portal.root))
        }
        return stories.compactMap { story -> Diagnostic? in
            guard let id = story.branchID, let slash = id.firstIndex(of: "/") else { return nil }
            let unitID = String(id[..<slash])
            let branch = String(id[id.index(after: slash)...])
            guard unitIDs.contains(unitID) else {
                return Diagnostic(.error, at: story.branchSource, field: "branch",
                                  "\(Diagnostic.Subject.story.name) ghi đơn vị không tồn tại '\(unitID)' (trong '\(id)'): đơn vị phải là một mục "
                                  + "của 'units' trong site.yaml / unknown unit '\(unitID)' in branch '\(id)'"
                                  + Suggestion.hint(for: unitID, among: unitIDs))
            }
            guard let unit = known.first(where: { $0.id == unitID }) else { return nil }
            let ids = unit.branchIDs
            guard !ids.contains(branch) else { return nil }
            let opening = "\(Diagnostic.Subject.story.name) ghi chi bộ không tồn tại '\(id)': đơn vị '\(unitID)' (\(unit.folder)) không có chi bộ '\(branch)'"
            // The branch of another unit (the wrong commune picked): that unit, not a look-alike here.
            let owners = known.filter { $0.id != unitID && $0.branchIDs.contains(branch) }
            guard !owners.isEmpty else {
                return Diagnostic(.error, at: story.branchSource, field: "branch", kind: .unknownBranch(id: id, in: .story),
                                  opening + " / unknown branch '\(id)'" + Suggestion.hint(for: id, among: ids.sorted().map { "\(unitID)/\($0)" }))
            }
            let forms = UnitBranches.branchLines(branch, in: owners)
            let whose = UnitBranches.names(of: owners)
            return Diagnostic(.error, at: story.branchSource, field: "branch", kind: .unknownBranch(id: id, in: .story),
                              opening + "; '\(branch)' là chi bộ của đơn vị \(whose), hãy ghi \(forms.joined(separator: " hoặc "))"
                              + " / unknown branch '\(id)' (a branch of the unit \(whose): write \(forms.joined(separator: " or ")))")
        }
    }
}
