import Foundation

/// The branches of the units a district lists (SPEC §7), as the checks of the district's own
/// files see them: each unit's id, its folder as messages name it (`../hoa-thuan/`), and the ids
/// of the files in its `content/branches/`. A file of the district naming one of them is told
/// whose branch it is, and where the file belongs, by the check that finds it unknown.
struct UnitBranches {
    /// A unit of the site: its id, its folder and that folder as diagnostics name it, and its
    /// branch ids.
    struct Unit {
        var id: String
        var root: URL
        var folder: String
        var branchIDs: Set<String>
    }

    var units: [Unit] = []

    /// The units `site.yaml` of the site at `root` lists, their branches read by `folders`.
    init(root: URL, units: [UnitReference], folders: UnitBranchFolders) {
        self.units = units.map { reference in
            let unitRoot = root.appending(path: reference.path).standardizedFileURL
            return Unit(id: reference.id, root: unitRoot, folder: reference.displayFolder, branchIDs: folders.ids(in: unitRoot))
        }
    }

    init() {}

    /// The units among these with a branch `id`.
    func owners(of id: String) -> [Unit] {
        units.filter { $0.branchIDs.contains(id) }
    }

    /// The message of an error at a file of `subject` of the district naming `id`, a branch the
    /// district does not have: when it is a unit's (`kdc-an-phu`, or `phuong-an-hoa/kdc-an-phu`
    /// as the district knows it), whose it is and how to write it (a story) or where the file
    /// belongs (another file); nil otherwise. `hint` ends the English half, as it ends the plain
    /// error's.
    func unknownBranchMessage(_ id: String, in subject: Diagnostic.Subject, hint: String) -> String? {
        // `\` too: a unit and its branch written as a Windows path (`xa-b\ap-bac-1`).
        let parts = id.split(maxSplits: 1, whereSeparator: { $0 == "/" || $0 == "\\" }).map(String.init)
        let owners = parts.count == 2 ? units.filter { $0.id == parts[0] && $0.branchIDs.contains(parts[1]) } : owners(of: id)
        guard let owner = owners.first else { return nil }
        let branch = parts.last ?? id
        let opening = "\(subject.name) ghi chi bộ không trực thuộc trang này '\(id)'"
        let english = " / unknown branch '\(id)'" + hint
        guard subject != .story else {
            // A story of the district may name the branch, as the district knows it.
            let forms = Self.branchLines(branch, in: owners)
            let whose = Self.names(of: owners)
            return opening
                + "; '\(branch)' là chi bộ của đơn vị \(whose): bài viết của trang này ghi chi bộ của đơn vị theo dạng "
                + "'<đơn vị>/<chi bộ>', hãy ghi \(forms.joined(separator: " hoặc "))"
                + english + " (a branch of the unit \(whose): write \(forms.joined(separator: " or ")))"
        }
        return opening
            + "; '\(branch)' là chi bộ của đơn vị '\(owner.id)' (\(owner.folder)): tệp của trang này chỉ ghi được chi bộ "
            + "trực thuộc của chính nó, hãy đặt tệp vào thư mục của đơn vị đó"
            + english + " (a branch of the unit '\(owner.id)': put the file in the unit's folder)"
    }

    /// The Vietnamese and English explanations of a row of the district's unit scores naming
    /// `id`, a branch of one of these units (the office scoring a chi bộ in the table of đảng bộ
    /// cơ sở): whose branch it is, and where its scores belong; nil when it is no unit's branch.
    func unitScoresExplanation(_ id: String) -> (vi: String, en: String)? {
        let owners = owners(of: id)
        guard let owner = owners.first else { return nil }
        let whose = Self.names(of: owners)
        return ("; '\(id)' là chi bộ của đơn vị \(whose): bảng điểm này chỉ chấm các đảng bộ cơ sở, điểm của chi bộ ghi trong "
                    + "\(owner.folder)content/evaluations/ của đơn vị",
                " (a branch of the unit \(whose): its scores belong in the unit's content/evaluations/)")
    }

    /// The units as a message names them: `'xa-a' (../xa-a/), 'xa-b' (units/xa-b/)`.
    static func names(of units: [Unit]) -> String {
        units.map { "'\($0.id)' (\($0.folder))" }.joined(separator: ", ")
    }

    /// The lines a story of the district writes to name `branch` of each of `units`.
    static func branchLines(_ branch: String, in units: [Unit]) -> [String] {
        units.map { "branch: \($0.id)/\(branch)" }
    }
}

/// The ids of the branches in a unit's `content/branches/` (its file names, as the unit's own
/// check takes them), read from each folder the first time they are asked: the district's
/// checks of its own files, of its unit scores and of its stories ask for them, each unit's once.
final class UnitBranchFolders {
    private var known: [String: Set<String>] = [:]

    /// The branch ids of the site at `root`.
    func ids(in root: URL) -> Set<String> {
        let key = root.standardizedFileURL.path
        if let ids = known[key] { return ids }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appending(path: "content/branches").path)) ?? []
        let ids = Set(names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".md") }.map { String($0.prefix(upTo: $0.lastIndex(of: ".")!)) })
        known[key] = ids
        return ids
    }
}
