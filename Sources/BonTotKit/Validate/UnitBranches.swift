import Foundation

/// The branches of the units below a site (SPEC §7), however deep (a province's districts and
/// their communes), as the checks of the site's own files see them: each unit's way from the
/// site (`xa-a`, or `giong-rieng/xa-a` two levels down), its folder as messages name it
/// (`../hoa-thuan/`, `../district/xa-a/`), and the ids of the files in its `content/branches/`.
/// A file of the site naming one of them is told whose branch it is, and where the file belongs,
/// by the check that finds it unknown.
struct UnitBranches {
    /// A unit below the site: its way from the site, its folder and that folder as diagnostics
    /// name it, and its branch ids.
    struct Unit {
        var id: String
        var root: URL
        var folder: String
        var branchIDs: Set<String>

        /// How many levels below the site the unit is: 1 for a unit the site lists.
        var depth: Int { id.utf8.count(where: { $0 == UInt8(ascii: "/") }) + 1 }
    }

    var units: [Unit] = []

    /// The units `site.yaml` of the site at `root` lists, and those each of them lists in turn
    /// (a unit listing a site above it is not followed again), parents first, their branches and
    /// their own units read by `folders`, their folders named from the top site as `folders` says.
    init(root: URL, units: [UnitReference], folders: UnitBranchFolders) {
        var above: Set<String> = [root.resolvingSymlinksInPath().standardizedFileURL.path]
        func add(_ references: [UnitReference], of siteRoot: URL, way: String, folder: String) {
            for reference in references {
                let unitRoot = reference.folder(in: siteRoot)
                let unit = Unit(id: way + reference.id, root: unitRoot, folder: reference.displayFolder(from: folder),
                                branchIDs: folders.ids(in: unitRoot))
                self.units.append(unit)
                let identity = unitRoot.resolvingSymlinksInPath().path
                guard above.insert(identity).inserted else { continue }
                add(folders.units(in: unitRoot), of: unitRoot, way: unit.id + "/", folder: unit.folder)
                above.remove(identity)
            }
        }
        add(units, of: root, way: "", folder: folders.siteFolder)
    }

    init() {}

    /// The units among these with a branch `id`.
    func owners(of id: String) -> [Unit] {
        units.filter { $0.branchIDs.contains(id) }
    }

    /// The branch `written` names and the units that have it: a branch id alone (`ap-1`), or a
    /// unit's way and its branch (`xa-b/ap-bac-1`, `giong-rieng/xa-a/ap-1`; `\` too, as a Windows
    /// path is written), the way from the site or its end, a unit further down with its district
    /// left out (`xa-a/ap-1`).
    func owners(ofWritten written: String) -> (branch: String, owners: [Unit]) {
        let id = written.replacingOccurrences(of: "\\", with: "/")
        guard let slash = id.lastIndex(of: "/") else { return (id, owners(of: id)) }
        let way = String(id[..<slash]), branch = String(id[id.index(after: slash)...])
        return (branch, units(way: way).filter { $0.branchIDs.contains(branch) })
    }

    /// The units whose way from the site is `way`, or ends in it (`xa-a` for `giong-rieng/xa-a`).
    func units(way: String) -> [Unit] {
        units.filter { $0.id == way || $0.id.hasSuffix("/" + way) }
    }

    /// The message of an error at a file of `subject` of the site naming `id`, a branch the site
    /// does not have: when it is a unit's, however deep (`kdc-an-phu`, or `phuong-an-hoa/kdc-an-phu`
    /// as the district knows it, `giong-rieng/xa-a/ap-1` as a province does), whose it is and how
    /// to write it (a story) or where the file belongs (another file); nil otherwise. `hint` ends
    /// the English half, as it ends the plain error's.
    func unknownBranchMessage(_ id: String, in subject: Diagnostic.Subject, hint: String) -> String? {
        let (branch, owners) = owners(ofWritten: id)
        guard let owner = owners.first else { return nil }
        let opening = "\(subject.name) ghi chi bộ không trực thuộc trang này '\(id)'"
        let english = " / unknown branch '\(id)'" + hint
        guard subject != .story else {
            // A story of the site may name the branch by the way down to it.
            let forms = Self.branchLines(branch, in: owners)
            let whose = Self.names(of: owners)
            let shapes = Set(owners.map(\.depth)).sorted().map { depth in
                "'" + (["<đơn vị>"] + Array(repeating: "<đơn vị cấp dưới>", count: depth - 1) + ["<chi bộ>"]).joined(separator: "/") + "'"
            }
            return opening
                + "; '\(branch)' là chi bộ của đơn vị \(whose): bài viết của trang này ghi chi bộ của đơn vị theo dạng "
                + "\(shapes.joined(separator: " hoặc ")), hãy ghi \(forms.joined(separator: " hoặc "))"
                + english + " (a branch of the unit \(whose): write \(forms.joined(separator: " or ")))"
        }
        return opening
            + "; '\(branch)' là chi bộ của đơn vị '\(owner.id)' (\(owner.folder)): tệp của trang này chỉ ghi được chi bộ "
            + "trực thuộc của chính nó, hãy đặt tệp vào thư mục của đơn vị đó"
            + english + " (a branch of the unit '\(owner.id)': put the file in the unit's folder)"
    }

    /// The Vietnamese and English explanations of a row of the site's unit scores naming `id`, a
    /// branch of one of these units however deep, alone or after its unit's way (the office
    /// scoring a chi bộ in the table of its units): whose branch it is, and where its scores
    /// belong; nil when it is no unit's branch.
    func unitScoresExplanation(_ id: String) -> (vi: String, en: String)? {
        let (branch, owners) = owners(ofWritten: id)
        guard let owner = owners.first else { return nil }
        let whose = Self.names(of: owners)
        // The units a district scores are đảng bộ cơ sở; a province's are its districts.
        let scored = owners.allSatisfy { $0.depth == 1 } ? "các đảng bộ cơ sở" : "các đơn vị trong 'units' của site.yaml"
        return ("; '\(branch)' là chi bộ của đơn vị \(whose): bảng điểm này chỉ chấm \(scored), điểm của chi bộ ghi trong "
                    + "\(owner.folder)content/evaluations/ của đơn vị",
                " (a branch of the unit \(whose): its scores belong in the unit's content/evaluations/)")
    }

    /// The units as a message names them: `'xa-a' (../xa-a/), 'xa-b' (units/xa-b/)`.
    static func names(of units: [Unit]) -> String {
        units.map { "'\($0.id)' (\($0.folder))" }.joined(separator: ", ")
    }

    /// The lines a story of the site writes to name `branch` of each of `units`.
    static func branchLines(_ branch: String, in units: [Unit]) -> [String] {
        units.map { "branch: \($0.id)/\(branch)" }
    }
}

/// The ids of the branches in a unit's `content/branches/` (its file names, as the unit's own
/// check takes them: no leftover of an editor or of macOS is one), and the units its `site.yaml`
/// lists, read from each folder the first time they are asked: the district's checks of its own
/// files, of its unit scores and of its stories ask for them, each unit's once.
final class UnitBranchFolders {
    /// The folder of the site whose units these are, as diagnostics name it from the top site
    /// (`""`, `../district/` for a district inside a province): its messages name its units'
    /// folders from there too, where the user looks for them.
    let siteFolder: String
    private var known: [String: Set<String>] = [:]
    private var listed: [String: [UnitReference]] = [:]

    init(siteFolder: String = "") {
        self.siteFolder = siteFolder
    }

    /// The units `site.yaml` of the site at `root` lists; none when it cannot be read (the
    /// unit's own load reports why).
    func units(in root: URL) -> [UnitReference] {
        let key = root.standardizedFileURL.path
        if let units = listed[key] { return units }
        let ignored = DiagnosticSink()
        var units: [UnitReference] = []
        if case .success(let file) = SourceText.read(root.appending(path: "site.yaml"), relativePath: "site.yaml"),
           let config = YAMLDocument.parse(file, sink: ignored).flatMap({ SiteConfigDecoder.decode($0, path: file.path, sink: ignored) }) {
            units = config.units
        }
        listed[key] = units
        return units
    }

    /// The branch ids of the site at `root`: the names of its branch files (`SiteReader.branchFiles`)
    /// that are ids, as its own check takes them (`SiteDecoder`).
    func ids(in root: URL) -> Set<String> {
        let key = root.standardizedFileURL.path
        if let ids = known[key] { return ids }
        let ids = Set(SiteReader.branchFiles(root: root).map(PathParts.stem(of:)).filter(Slug.isValid))
        known[key] = ids
        return ids
    }
}
