/// `/chi-bo/`: every branch, grouped by kind in a fixed order, in Vietnamese name order
/// within a group, each with its latest level, secretary and member count; the branches
/// dissolved or merged into another last, in a group of their own, each saying when and into
/// which branch.
struct BranchDirectoryPage: Encodable {
    var chrome: PageChrome
    var title: String
    var lead: String
    /// For a unit of a district that no longer exists: what became of it (`EndingNotice.ofUnit`).
    var ending: EndingNotice?
    var groups: [BranchDirectoryGroup]
    var hasGroups: Bool

    init(_ context: PortalContext) {
        let site = context.site
        let links = context.links(from: .branchDirectory)
        title = "Các chi bộ trực thuộc"
        chrome = context.chrome(title: title, route: .branchDirectory, section: .branchDirectory)
        ending = EndingNotice.ofUnit(context, route: .branchDirectory)
        let current = site.currentBranches
        let members = current.compactMap(\.members?.total).reduce(0, +)
        // A district may have no chi bộ trực thuộc at all, its branches all in its units: no "00".
        // Those all dissolved or merged, it "không còn" any.
        lead = current.isEmpty ? "\(site.config.organization) \(site.branches.isEmpty ? "không có" : "không còn") chi bộ trực thuộc."
            : "\(site.config.organization) có \(VietnameseFormat.count(current.count)) chi bộ trực thuộc"
            + (members > 0 ? " với \(PortalFormat.members(members))." : ".")
        let entries = { (branches: [Branch]) in
            VietnameseCollation.sorted(branches, by: \.name).map { BranchDirectoryEntry($0, site: site, analysis: context.analysis, links: links) }
        }
        groups = BranchKind.allCases.compactMap { kind in
            let branches = current.filter { $0.kind == kind }
            guard !branches.isEmpty else { return nil }
            return BranchDirectoryGroup(heading: kind.displayName, anchor: kind.rawValue, branches: entries(branches))
        }
        let ended = site.branches.filter { $0.dissolved != nil }
        if !ended.isEmpty {
            groups.append(BranchDirectoryGroup(heading: "Chi bộ đã giải thể, sáp nhập", anchor: "da-giai-the", branches: entries(ended)))
        }
        hasGroups = !groups.isEmpty
    }
}

/// The branches of one kind: "Chi bộ khu dân cư (04)".
struct BranchDirectoryGroup: Encodable {
    var heading: String
    var count: String
    var anchor: String
    var branches: [BranchDirectoryEntry]

    init(heading: String, anchor: String, branches: [BranchDirectoryEntry]) {
        self.heading = heading
        count = VietnameseFormat.count(branches.count)
        self.anchor = anchor
        self.branches = branches
    }
}

/// A branch in the directory.
struct BranchDirectoryEntry: Encodable {
    var name: String
    var profileHref: String
    var branchSummary: String?
    var secretaryName: String?
    var memberCount: String?
    var latestBadge: LevelBadge?
    /// "Xếp loại năm 2024".
    var latestYear: String?

    init(_ branch: Branch, site: Site, analysis: SiteAnalysis, links: Links) {
        name = branch.name
        profileHref = links.branch(branch.id)
        branchSummary = BranchDissolution.sentence(of: branch, site: site) ?? PortalFormat.present(branch.summary)
        secretaryName = branch.secretary
        memberCount = branch.members.map { PortalFormat.members($0.total) }
        let latest = BranchPages.latestLevel(of: branch.id, analysis)
        latestBadge = latest.map { LevelBadge($0.level) }
        latestYear = latest.map { "Xếp loại năm \($0.year)" }
    }
}
