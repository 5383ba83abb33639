import Foundation

/// A district's own file naming a branch of one of its units: `kdc-an-phu`, or
/// `phuong-an-hoa/kdc-an-phu` as the district knows it (SPEC §7).
///
/// A district's story may name a unit's branch in the district's form: it is checked here once
/// the units are loaded (`unknownInStories`), the unit and its branch known or an error. Any other
/// such name is an unknown branch of the district, since a site's minutes and scores name only
/// its own branches; but "không tồn tại" is untrue of a branch the office can see in the unit's
/// folder, so the error says whose branch it is, and where the file belongs, or, for a story,
/// how to write the branch.
enum UnitBranchReferences {
    /// A unit of the site: its id, its folder and that folder as diagnostics name it.
    struct Unit {
        var id: String
        var root: URL
        var folder: String
    }

    /// `diagnostics` of the site, each unknown-branch error, and each unknown unit in the unit
    /// scores, that names a branch of one of `units` explained.
    static func explained(_ diagnostics: [Diagnostic], units: [Unit]) -> [Diagnostic] {
        guard !units.isEmpty else { return diagnostics }
        let branches = UnitBranchIDs()
        func ids(of unit: Unit) -> Set<String> { branches.of(unit) }
        return diagnostics.map { diagnostic in
            if diagnostic.severity == .error, case .unknownUnit(let id) = diagnostic.kind {
                return explainedUnit(diagnostic, id: id, owners: units.filter { ids(of: $0).contains(id) })
            }
            guard diagnostic.severity == .error, case .unknownBranch(let id, let subject) = diagnostic.kind else { return diagnostic }
            let parts = id.split(separator: "/", maxSplits: 1).map(String.init)
            let owners = units.filter { unit in
                parts.count == 2 ? parts[0] == unit.id && ids(of: unit).contains(parts[1]) : ids(of: unit).contains(id)
            }
            guard let owner = owners.first else { return diagnostic }
            let branch = parts.last ?? id
            let opening = "\(subject.name) ghi chi bộ không trực thuộc trang này '\(id)'"
            // The English half and the hint, as the check wrote them.
            let rest = diagnostic.message.range(of: " / unknown branch '").map { String(diagnostic.message[$0.lowerBound...]) } ?? ""
            var explained = diagnostic
            if subject == .story {
                // A story of the district may name the branch, as the district knows it.
                let forms = branchLines(branch, in: owners)
                let whose = names(of: owners)
                explained.message = opening
                    + "; '\(branch)' là chi bộ của đơn vị \(whose): bài viết của trang này ghi chi bộ của đơn vị theo dạng "
                    + "'<đơn vị>/<chi bộ>', hãy ghi \(forms.joined(separator: " hoặc "))"
                    + rest
                    + " (a branch of the unit \(whose): write \(forms.joined(separator: " or ")))"
            } else {
                explained.message = opening
                    + "; '\(branch)' là chi bộ của đơn vị '\(owner.id)' (\(owner.folder)): tệp của trang này chỉ ghi được chi bộ "
                    + "trực thuộc của chính nó, hãy đặt tệp vào thư mục của đơn vị đó"
                    + rest
                    + " (a branch of the unit '\(owner.id)': put the file in the unit's folder)"
            }
            return explained
        }
    }

    /// The error on a row of the unit scores naming `id`, a branch of `owners` (the office
    /// scoring a chi bộ in the district's table of đảng bộ cơ sở): whose branch it is, and where
    /// its scores belong.
    private static func explainedUnit(_ diagnostic: Diagnostic, id: String, owners: [Unit]) -> Diagnostic {
        guard let owner = owners.first else { return diagnostic }
        let whose = names(of: owners)
        let english = diagnostic.message.range(of: " / unknown unit '")
        var explained = diagnostic
        explained.message = String(diagnostic.message[..<(english?.lowerBound ?? diagnostic.message.endIndex)])
            + "; '\(id)' là chi bộ của đơn vị \(whose): bảng điểm này chỉ chấm các đảng bộ cơ sở, điểm của chi bộ ghi trong "
            + "\(owner.folder)content/evaluations/ của đơn vị"
            + (english.map { String(diagnostic.message[$0.lowerBound...]) } ?? "")
            + " (a branch of the unit \(whose): its scores belong in the unit's content/evaluations/)"
        return explained
    }

    /// An error at the `branch:` line of each of `stories` (the district's) that names a branch
    /// as the district knows it (`<unit>/<branch>`) when the unit is none of `unitIDs` (the
    /// site's `units:`), or when `units` (those loaded) holds the unit but it has no such branch.
    static func unknownInStories(_ stories: [Story], unitIDs: [String], units: [Unit]) -> [Diagnostic] {
        let branches = UnitBranchIDs()
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
            guard let unit = units.first(where: { $0.id == unitID }) else { return nil }
            let ids = branches.of(unit)
            guard !ids.contains(branch) else { return nil }
            let opening = "\(Diagnostic.Subject.story.name) ghi chi bộ không tồn tại '\(id)': đơn vị '\(unitID)' (\(unit.folder)) không có chi bộ '\(branch)'"
            // The branch of another unit (the wrong commune picked): that unit, not a look-alike here.
            let owners = units.filter { $0.id != unitID && branches.of($0).contains(branch) }
            guard !owners.isEmpty else {
                return Diagnostic(.error, at: story.branchSource, field: "branch", kind: .unknownBranch(id: id, in: .story),
                                  opening + " / unknown branch '\(id)'" + Suggestion.hint(for: id, among: ids.sorted().map { "\(unitID)/\($0)" }))
            }
            let forms = branchLines(branch, in: owners)
            let whose = names(of: owners)
            return Diagnostic(.error, at: story.branchSource, field: "branch", kind: .unknownBranch(id: id, in: .story),
                              opening + "; '\(branch)' là chi bộ của đơn vị \(whose), hãy ghi \(forms.joined(separator: " hoặc "))"
                              + " / unknown branch '\(id)' (a branch of the unit \(whose): write \(forms.joined(separator: " or ")))")
        }
    }

    /// The units as a message names them: `'xa-a' (../xa-a/), 'xa-b' (units/xa-b/)`.
    private static func names(of units: [Unit]) -> String {
        units.map { "'\($0.id)' (\($0.folder))" }.joined(separator: ", ")
    }

    /// The lines a story of the district writes to name `branch` of each of `units`.
    private static func branchLines(_ branch: String, in units: [Unit]) -> [String] {
        units.map { "branch: \($0.id)/\(branch)" }
    }

    /// The ids of each unit's branches, read from its folder the first time they are asked.
    private final class UnitBranchIDs {
        private var known: [String: Set<String>] = [:]

        func of(_ unit: Unit) -> Set<String> {
            if let ids = known[unit.id] { return ids }
            let ids = branchIDs(unit.root)
            known[unit.id] = ids
            return ids
        }
    }

    /// The ids of the branches in the unit's `content/branches/`.
    private static func branchIDs(_ root: URL) -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appending(path: "content/branches").path)) ?? []
        return Set(names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".md") }.map { String($0.prefix(upTo: $0.lastIndex(of: ".")!)) })
    }
}
