import Foundation

/// The chi bộ a minutes document says it is of: the "CHI BỘ ẤP 1" line of its header block (in
/// capitals, above the title "BIÊN BẢN …"), or "Chi bộ ấp 1 tổ chức sinh hoạt …" in its opening;
/// matched to the site's branches by name or id, folded, "Chi bộ" left out (`WrittenNames`), so
/// that `import minutes --branch` of another cell is warned of. A name no branch has says nothing.
struct HeaderBranch {
    /// The site's branches by their names and ids.
    private var names = WrittenNames(leavingOut: ["chi-bo-"])
    /// The people each branch file names (secretary, deputies, committee), folded, by branch id.
    private var people: [String: Set<String>] = [:]

    /// The branches of the site at `siteRoot`.
    init(siteRoot: URL) {
        let folder = siteRoot.appending(path: "content/branches")
        let files = SiteReader.files(in: folder, recursive: false, within: folder)
            .filter { ["yaml", "yml", "md"].contains($0.pathExtension.lowercased()) }
        for file in files {
            let id = file.deletingPathExtension().lastPathComponent
            names.add(id, of: id)
        }
        for (_, branch) in SiteDecoder.branchesAlone(files) {
            names.add(branch.name, of: branch.id)
            people[branch.id] = Set(([branch.secretary].compactMap { $0 } + branch.deputies + branch.committee).map(Slug.fold))
        }
    }

    /// The members the file of the branch `id` names, folded (`Slug.fold`): its secretary, deputies
    /// and committee; none for a branch the site has no file of.
    func members(of id: String) -> Set<String> {
        people[id] ?? []
    }

    /// The chi bộ the document of `lines` names, as it writes it ("CHI BỘ ẤP 1"), with the id of
    /// the one branch of the site it stands for; nil when it names none, or none of the site's.
    func named(in lines: [String]) -> (written: String, id: String)? {
        for written in Self.names(in: lines) {
            if let id = names.id(Slug.fold(written)) { return (written, id) }
        }
        return nil
    }

    /// The lines that may name the chi bộ: the header's "CHI BỘ …" lines, then the opening's.
    static func names(in lines: [String]) -> [String] {
        let head = lines.prefix(40).map { $0.precomposedStringWithCanonicalMapping }
        let title = head.firstIndex { $0.uppercased().hasPrefix("BIÊN BẢN") } ?? 0
        let header = head.prefix(title).compactMap(headerName)
        let opening = head.compactMap { line -> String? in
            guard let match = line.firstMatch(of: /(?i)\bchi bộ\s+((?:\S+\s+){0,7}?\S+)\s+tổ chức\s+(?:sinh hoạt|họp|hội nghị)/) else { return nil }
            return "Chi bộ " + match.1
        }
        return header + opening
    }

    /// "CHI BỘ ẤP 1" from a header line in capitals, cut where a column laid beside it with
    /// tabs or spaces begins ("CHI BỘ ẤP 1\t\tĐẢNG CỘNG SẢN VIỆT NAM"), its stars left out.
    private static func headerName(_ line: String) -> String? {
        let cell = line.split(separator: /\t|\s{3,}/).first.map(String.init) ?? line
        let name = cell.trimmingCharacters(in: CharacterSet(charactersIn: "*-–_ "))
        guard name.hasPrefix("CHI BỘ "), name == name.uppercased() else { return nil }
        return name
    }
}
