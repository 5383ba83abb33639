/// A branch of one of a district's units that a story of the district names as the district
/// knows it (`branch: phuong-an-hoa/kdc-an-phu`, SPEC §7): the branch as its unit's listing
/// gives it, named with its unit ("Chi bộ khu dân cư An Phú (Đảng bộ phường An Hòa)") and linked
/// to its profile inside the unit's portal (`don-vi/<unit>/chi-bo/<branch>/`).
struct UnitBranchMention {
    /// The reference as the story writes it.
    var reference: String
    var unit: UnitListing
    var branch: ListedBranch

    /// The branch `reference` names, when it is `<unit>/<branch>` of a unit of `context`'s
    /// district that has the branch, the unit named by its way from the district however deep
    /// (`giong-rieng/xa-a/ap-1` in a province); nil otherwise (a branch of the site itself).
    init?(_ reference: String, context: PortalContext) {
        // Asked for the branch of every minutes and story page: a site without units answers
        // at once, and the slash is found among bytes, not characters.
        guard !context.unitsByID.isEmpty, let slash = reference.utf8.lastIndex(of: UInt8(ascii: "/")),
              let unit = context.unitsByID[String(reference[..<slash])] else { return nil }
        let id = reference[reference.utf8.index(after: slash)...]
        guard let branch = unit.branches.first(where: { $0.id == id }) else { return nil }
        self.reference = reference
        self.unit = unit
        self.branch = branch
    }

    /// The branch's name followed by its unit's, as the district's pages name units.
    var name: String { "\(branch.name) (\(unit.name))" }

    /// The link from the page of `links` to the profile of the unit's branch `id` (the branch
    /// itself, or the one it was merged into).
    func href(_ id: String, links: Links) -> String {
        links.router.link(from: links.page, to: .branch(id), in: unit.router)
    }

    /// What stands for the unit's branch among the inputs of a page of the district naming it
    /// (`Page.inputs`): a name that changes whenever what the page shows of it does (its name,
    /// its unit's, what became of it), since its file is not the district's.
    var input: String {
        var hasher = StableHasher()
        hasher.combine(branch.digest)
        hasher.combine(unit.name)
        return "@unit-branch:\(reference):\(hasher.finalize())"
    }
}
