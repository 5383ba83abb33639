/// `/chi-bo/`: every branch, grouped by kind in a fixed order, in Vietnamese name order
/// within a group, each with its latest level, secretary and member count.
struct BranchDirectoryPage: Encodable {
    var chrome: PageChrome
    var title: String
    var lead: String
    var groups: [BranchDirectoryGroup]
    var hasGroups: Bool

    init(_ context: PortalContext) {
        let site = context.site
        let links = context.links(from: .branchDirectory)
        title = "Các chi bộ trực thuộc"
        chrome = context.chrome(title: title, route: .branchDirectory, section: .branchDirectory)
        let members = site.branches.compactMap(\.members?.total).reduce(0, +)
        lead = "\(site.config.organization) có \(VietnameseFormat.count(site.branches.count)) chi bộ trực thuộc"
            + (members > 0 ? " với \(PortalFormat.members(members))." : ".")
        groups = BranchKind.allCases.compactMap { kind in
            let branches = site.branches.filter { $0.kind == kind }
            guard !branches.isEmpty else { return nil }
            return BranchDirectoryGroup(kind: kind, branches: VietnameseCollation.sorted(branches, by: \.name).map {
                BranchDirectoryEntry($0, analysis: context.analysis, links: links)
            })
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

    init(kind: BranchKind, branches: [BranchDirectoryEntry]) {
        heading = kind.displayName
        count = VietnameseFormat.count(branches.count)
        anchor = kind.rawValue
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

    init(_ branch: Branch, analysis: SiteAnalysis, links: Links) {
        name = branch.name
        profileHref = links.branch(branch.id)
        branchSummary = PortalFormat.present(branch.summary)
        secretaryName = branch.secretary
        memberCount = branch.members.map { PortalFormat.members($0.total) }
        let latest = BranchPages.latestLevel(of: branch.id, analysis)
        latestBadge = latest.map { LevelBadge($0.level) }
        latestYear = latest.map { "Xếp loại năm \($0.year)" }
    }
}
