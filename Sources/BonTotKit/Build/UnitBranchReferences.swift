import Foundation

/// A district's story naming a branch of one of its units as the district knows it (SPEC §7):
/// `phuong-an-hoa/kdc-an-phu`, or, a level deeper, `<district>/<commune>/<branch>` in a province
/// whose units list units of their own. It is checked here once the units are loaded, the units
/// and the branch known or an error at the story's `branch:` line. (The district's other files
/// naming a unit's branch are told whose branch it is by the check that finds it unknown:
/// `UnitBranches`.)
enum UnitBranchReferences {
    /// An error at the `branch:` line of each of `stories` (the site's) that names a branch as
    /// the site knows it (`<unit>/<branch>`, `<unit>/<unit>/<branch>`) when a unit on the way is
    /// not listed by the site above it (`unitIDs`, the site's `units:`, for the first), or when
    /// the unit has no such branch. `units` are the site's units as loaded (those whose folders
    /// are missing are not: their entries are errors already), and `folders` reads their
    /// branches. A unit and its branch written with a backslash (`xa-b\ap-bac-1`, as a Windows
    /// path is) are told to write the `/`. A story naming first a unit among `refused`
    /// (`SiteConfig.refusedUnitIDs`: listed under an id refused where it is listed) is not told again.
    /// Each id's message is worked out once, however many stories name it (a district's stories
    /// naming thousands of times the same wrong branch), as `CrossReferenceCheck` does the site's own.
    static func unknownInStories(_ stories: [Story], unitIDs: [String], refused: Set<String> = [], units: [LoadedUnit],
                                 folders: UnitBranchFolders) -> [Diagnostic] {
        let naming = stories.filter { story in story.branchID.map { $0.contains("/") || $0.contains("\\") } ?? false }
        guard !naming.isEmpty else { return [] }
        var tree = Tree(units, folders: folders)
        var worked: [String: Tree.Problem?] = [:]
        return naming.compactMap { story -> Diagnostic? in
            guard let written = story.branchID else { return nil }
            let id = written.replacingOccurrences(of: "\\", with: "/")
            if let unit = id.split(separator: "/").first.map(String.init), refused.contains(unit), !unitIDs.contains(unit) { return nil }
            let problem: Tree.Problem?
            if let known = worked[id] {
                problem = known
            } else {
                problem = tree.problem(id, unitIDs: unitIDs)
                worked[id] = .some(problem)
            }
            if let problem {
                return Diagnostic(.error, at: story.branchSource, field: "branch", kind: problem.kind, problem.message)
            }
            guard id != written else { return nil }
            return Diagnostic(.error, at: story.branchSource, field: "branch", kind: .unknownBranch(id: written, in: .story),
                              "\(Diagnostic.Subject.story.name) ghi chi bộ không tồn tại '\(written)': đơn vị và chi bộ cách nhau "
                              + "bằng dấu '/', hãy ghi branch: \(id) / unknown branch '\(written)' (the unit and its branch are "
                              + "separated by '/': write branch: \(id))")
        }
    }

    /// Every unit below a site, however deep, each named by its way from the site
    /// (`giong-rieng/xa-a`), with the units each lists; each unit's folder named from the top site.
    private struct Tree {
        /// The units, parents first, each with its way from the site as its id.
        var units: [UnitBranches.Unit] = []
        /// The ids of the units each unit lists, by its way from the site; nil for a unit whose
        /// site did not load (its own errors are reported).
        var listed: [String: [String]?] = [:]
        /// The names of each unit's branches (id → name), by its way from the site: from its site,
        /// or from its snapshot's listing; none for a unit whose site did not load.
        var branchNames: [String: [String: String]] = [:]
        /// Each unit's branch ids read once for look-alikes (by its way from the site): bare, and
        /// written after the unit's way (`xa-a/ap-bac`); and its branches' words for renames.
        private var lookAlikes: [String: (bare: Suggestion.Candidates, written: Suggestion.Candidates,
                                          renames: RenamedBranch.Branches)] = [:]

        /// What is wrong with a story's branch, with the kind of the error.
        typealias Problem = (kind: Diagnostic.Kind?, message: String)

        init(_ loaded: [LoadedUnit], folders: UnitBranchFolders) {
            func add(_ loaded: [LoadedUnit], under way: String) {
                for unit in loaded {
                    let portal = unit.portal
                    let path = way + unit.id
                    units.append(UnitBranches.Unit(id: path, root: portal.root, folder: portal.displayFolder,
                                                   branchIDs: folders.ids(in: portal.root)))
                    listed[path] = portal.snapshot != nil ? [] : portal.site.map { $0.config.units.map(\.id) }
                    let named = portal.site?.branches.map { ($0.id, $0.name) } ?? portal.listing?.branches.map { ($0.id, $0.name) } ?? []
                    branchNames[path] = Dictionary(named, uniquingKeysWith: { first, _ in first })
                    add(portal.units, under: path + "/")
                }
            }
            add(loaded, under: "")
        }

        /// What is wrong with the story's branch `id` (`/` between its parts), with the kind of
        /// the error; nil when it names a branch of a unit, or when a unit on its way did not load.
        mutating func problem(_ id: String, unitIDs: [String]) -> Problem? {
            let parts = id.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            let story = Diagnostic.Subject.story.name
            var way = ""
            var listedHere = unitIDs
            for (index, part) in parts.dropLast().enumerated() {
                let path = way + part
                guard listedHere.contains(part) else {
                    let above = String(way.dropLast())
                    let listing = above.isEmpty ? "site.yaml" : "site.yaml của đơn vị '\(above)' (\(unit(above)?.folder ?? ""))"
                    let opening = "\(story) ghi đơn vị không tồn tại '\(path)' (trong '\(id)'): đơn vị phải là một mục của 'units' trong \(listing)"
                    let english = " / unknown unit '\(path)' in branch '\(id)'"
                    // A unit written by its folder (`xa-c` for `xa-long-thanh`, listed with `path: ./xa-c/`).
                    let here = Set(listedHere.map { way + $0 })
                    if let byFolder = units.first(where: { here.contains($0.id) && PathParts.name(of: String($0.folder.dropLast())) == part }) {
                        let line = "branch: " + ([byFolder.id] + parts[(index + 1)...]).joined(separator: "/")
                        return (nil, opening + "; '\(part)' là thư mục của đơn vị '\(byFolder.id)', hãy ghi \(line)" + english
                                + " (the folder of unit '\(byFolder.id)': write \(line))")
                    }
                    // A unit of a unit further down, its way left out (`xa-a/ap-1` for `giong-rieng/xa-a/ap-1`).
                    guard let deeper = units.first(where: { $0.id.hasPrefix(way) && $0.id.hasSuffix("/" + part) }),
                          let parent = unit(String(deeper.id.dropLast(part.count + 1))) else {
                        return (nil, opening + english + Suggestion.hint(for: path, among: listedHere.map { way + $0 }))
                    }
                    let line = "branch: " + ([deeper.id] + parts[(index + 1)...]).joined(separator: "/")
                    let whose = UnitBranches.names(of: [parent])
                    return (nil, opening + "; '\(part)' là đơn vị của \(whose), hãy ghi \(line)" + english + " (a unit of \(whose): write \(line))")
                }
                way = path + "/"
                // A unit whose site did not load has its own errors: what it lists is not known.
                if index < parts.count - 2 {
                    guard let below = listed[path], let below else { return nil }
                    listedHere = below
                }
            }
            let unitPath = String(way.dropLast())
            guard let unit = unit(unitPath) else { return nil }
            let branch = parts.last ?? id
            guard !unit.branchIDs.contains(branch) else { return nil }
            let opening = "\(story) ghi chi bộ không tồn tại '\(id)': đơn vị '\(unitPath)' (\(unit.folder)) không có chi bộ '\(branch)'"
            // The branch of another unit (the wrong commune picked): that unit, not a look-alike here.
            let owners = units.filter { $0.id != unitPath && $0.branchIDs.contains(branch) }
            guard !owners.isEmpty else {
                // A look-alike first, as for the site's own files; failing it, the branch renamed
                // to a longer id ('ap-bac' now 'ap-bac-cu-moi'), with its file.
                let close = Suggestion.hint(for: id, among: lookAlikes(of: unit).written)
                guard close.isEmpty, let renamed = RenamedBranch.id(for: branch, among: lookAlikes(of: unit).renames) else {
                    return (.unknownBranch(id: id, in: .story), opening + " / unknown branch '\(id)'" + close)
                }
                let file = SiteReader.branchFiles(root: unit.root).first { PathParts.stem(of: $0) == renamed }
                    .map { unit.folder + SiteSources.branchesFolder + "/" + ($0 as NSString).lastPathComponent }
                let name = branchNames[unitPath]?[renamed] ?? renamed
                return (.unknownBranch(id: id, in: .story),
                        opening + " / unknown branch '\(id)'"
                        + RenamedBranch.hint(name: name, file: file, id: renamed, line: "branch: \(unitPath)/\(renamed)"))
            }
            let forms = UnitBranches.branchLines(branch, in: owners)
            let whose = UnitBranches.names(of: owners)
            // Every commune has its primary school, its clinic: the same id in another unit may be
            // the wrong commune picked, or this unit's own branch renamed since ('ap-bac-1' now
            // 'ap-bac-1a', 'truong-tieu-hoc' now 'truong-tieu-hoc-a'). A look-alike here that the id
            // written begins comes first; any other (the next hamlet, 'ap-bac-2') after the unit
            // that has the very id. The renames are looked among first, so that the next hamlet
            // as near ('ap-bac-1' for 'ap-bac-2' renamed 'ap-bac-2a') cannot hide one.
            if let renamed = renamed(branch, in: unit) {
                let line = "branch: \(unitPath)/\(renamed)"
                return (.unknownBranch(id: id, in: .story),
                        opening + "; có phải \(line)? Nếu là chi bộ '\(branch)' của đơn vị \(whose), hãy ghi \(forms.joined(separator: " hoặc "))"
                        + " / unknown branch '\(id)' (did you mean \(line)? If it is the branch of the unit \(whose), "
                        + "write \(forms.joined(separator: " or ")))")
            }
            let here = lookAlikes(of: unit).bare.closest(to: branch).map { "branch: \(unitPath)/\($0)" }
            return (.unknownBranch(id: id, in: .story),
                    opening + "; '\(branch)' là chi bộ của đơn vị \(whose), hãy ghi \(forms.joined(separator: " hoặc "))"
                    + (here.map { "; nếu là chi bộ của đơn vị '\(unitPath)', có phải \($0)?" } ?? "")
                    + " / unknown branch '\(id)' (a branch of the unit \(whose): write \(forms.joined(separator: " or "))"
                    + (here.map { "; if it is a branch of the unit '\(unitPath)', did you mean \($0)?" } ?? "") + ")")
        }

        /// The id of `unit`'s branch that `branch` may be the former id of: a look-alike that
        /// begins with it ('ap-bac-1a' for 'ap-bac-1'), the nearest; failing one, the branch whose
        /// id or name holds its words (`RenamedBranch`: 'ap-bac-cu-moi' for 'ap-bac', too far
        /// for a look-alike).
        private mutating func renamed(_ branch: String, in unit: UnitBranches.Unit) -> String? {
            Suggestion.closest(to: branch, among: unit.branchIDs.filter { $0.hasPrefix(branch) }.sorted())
                ?? RenamedBranch.id(for: branch, among: lookAlikes(of: unit).renames)
        }

        /// `unit`'s branch ids and words, read the first time a story names one of its branches wrongly.
        private mutating func lookAlikes(of unit: UnitBranches.Unit)
            -> (bare: Suggestion.Candidates, written: Suggestion.Candidates, renames: RenamedBranch.Branches) {
            if let read = lookAlikes[unit.id] { return read }
            let ids = unit.branchIDs.sorted()
            let read = (bare: Suggestion.Candidates(ids), written: Suggestion.Candidates(ids.map { "\(unit.id)/\($0)" }),
                        renames: RenamedBranch.Branches(names: names(in: unit)))
            lookAlikes[unit.id] = read
            return read
        }

        /// The names of `unit`'s branches by id, for every id of its branch files: a branch whose
        /// name is not known (its unit did not load) is matched by its id alone.
        private func names(in unit: UnitBranches.Unit) -> [String: String] {
            let known = branchNames[unit.id] ?? [:]
            return Dictionary(uniqueKeysWithValues: unit.branchIDs.map { ($0, known[$0] ?? "") })
        }

        /// The unit whose way from the site is `path`.
        private func unit(_ path: String) -> UnitBranches.Unit? {
            units.first { $0.id == path }
        }
    }
}
