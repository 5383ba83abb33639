/// `/chi-bo/<id>/`: a branch's profile — facts and leaders, members and households, its
/// introduction, classification history (table and chart), streaks, awards, member ratings,
/// meeting discipline and quality, minutes and stories.
struct BranchProfilePage: Encodable {
    var chrome: PageChrome
    var name: String
    /// The page's description: what became of the branch, then its summary.
    var lead: String?
    /// For a branch that no longer exists: what became of it, the branch it was merged into a link.
    var ending: EndingNotice?
    var summaryLead: String?
    /// The branches merged into this one, each with its day.
    var predecessors: [MergedPredecessor]
    var hasPredecessors: Bool
    var photo: BranchPhoto?
    var facts: [BranchFact]
    var leaders: [BranchFact]
    var hasLeaders: Bool
    var membership: [BranchFact]
    var hasMembership: Bool
    /// True when the members section has anything to show.
    var hasMembersSection: Bool
    /// "40 đảng viên được phân công phụ trách 560 hộ gia đình, bình quân 01 đảng viên phụ trách 14 hộ …"
    var householdSentence: String?
    /// The Markdown introduction as HTML.
    var introduction: String?
    var history: BranchHistoryView
    var awards: [BranchAwardView]
    var hasAwards: Bool
    var ratings: BranchRatingsView?
    var meetings: BranchMeetingsView
    var stories: [HomeStoryTeaser]
    var hasStories: Bool

    init(_ branch: Branch, route: Route, context: PortalContext) {
        let site = context.site
        let links = context.links(from: route)
        name = branch.name
        ending = EndingNotice.of(branch, site: site, links: links)
        summaryLead = PortalFormat.present(branch.summary)
        let leadParts = [ending?.text, summaryLead].compactMap { $0 }
        lead = leadParts.isEmpty ? nil : leadParts.joined(separator: " ")
        predecessors = BranchDissolution.predecessors(of: branch, site: site, links: links)
        hasPredecessors = !predecessors.isEmpty
        chrome = context.chrome(title: branch.name, route: route, section: .branchDirectory,
                                trail: [("Chi bộ", .branchDirectory)], description: lead)
            .headingSheets(with: branch.name)
        photo = branch.photo.map { BranchPhoto(src: links.media($0), alt: branch.photoAlt ?? "") }
        facts = BranchFact.facts(of: branch, analysis: context.analysis, config: context.site.config)
        leaders = BranchFact.leaders(of: branch)
        hasLeaders = !leaders.isEmpty
        membership = BranchFact.membership(of: branch)
        hasMembership = !membership.isEmpty
        householdSentence = BranchFact.householdSentence(of: branch)
        hasMembersSection = hasMembership || householdSentence != nil
        introduction = branch.introduction.allSatisfy(\.isWhitespace)
            ? nil : context.markdown.html(branch.introduction, root: links.root, file: branch.source.file, under: 2)
        history = BranchHistoryView(branch.id, dissolved: branch.dissolved, analysis: context.analysis, links: links,
                                    folder: context.sourceFolder)
        awards = BranchAwardView.awards(of: branch)
        hasAwards = !awards.isEmpty
        ratings = BranchRatingsView(branch, rubric: site.rubric)
        meetings = BranchMeetingsView(branch.id, site: site, analysis: context.analysis, links: links)
        stories = (context.analysis.storiesByBranch[branch.id] ?? []).map { HomeStoryTeaser($0, context: context, links: links) }
        hasStories = !stories.isEmpty
    }
}

/// The branch's photo and its alternative text.
struct BranchPhoto: Encodable {
    var src: String
    /// What the photo shows, as the branch's `photo_alt:` says; empty without it: the photo is
    /// then decorative. Not the branch's name, the page's `<h1>` right above it, which a screen
    /// reader would read twice.
    var alt: String
}
