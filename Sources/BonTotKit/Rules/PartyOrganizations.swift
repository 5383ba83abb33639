/// The party organisations under a committee above the base level, counted through every level
/// as a provincial report counts them (SPEC §7): the đảng bộ cơ sở (communes), the chi bộ cơ sở
/// (branches directly under a committee above the base level: a district's or the province's
/// chi bộ trực thuộc) and the chi bộ trực thuộc đảng bộ cơ sở (the communes' branches).
public struct PartyOrganizations: Sendable, Codable, Equatable {
    /// Đảng bộ cơ sở: the units that list no units of their own.
    public var baseCommittees: Int
    /// Chi bộ cơ sở: the branches directly under a committee above the base level.
    public var baseBranches: Int
    /// Chi bộ trực thuộc đảng bộ cơ sở: the branches of the đảng bộ cơ sở.
    public var branchesOfBaseCommittees: Int

    public init(baseCommittees: Int = 0, baseBranches: Int = 0, branchesOfBaseCommittees: Int = 0) {
        self.baseCommittees = baseCommittees
        self.baseBranches = baseBranches
        self.branchesOfBaseCommittees = branchesOfBaseCommittees
    }

    /// Tổ chức cơ sở đảng: the đảng bộ cơ sở and the chi bộ cơ sở together.
    public var baseOrganizations: Int { baseCommittees + baseBranches }

    /// The organisations of a committee with `ownBranches` branches directly under it and the
    /// `units` it lists.
    static func of(ownBranches: Int, units: [UnitFigures]) -> PartyOrganizations {
        units.map(\.organizationsWithin).reduce(PartyOrganizations(baseBranches: ownBranches)) { sum, unit in
            PartyOrganizations(baseCommittees: sum.baseCommittees + unit.baseCommittees,
                               baseBranches: sum.baseBranches + unit.baseBranches,
                               branchesOfBaseCommittees: sum.branchesOfBaseCommittees + unit.branchesOfBaseCommittees)
        }
    }
}

extension UnitFigures {
    /// Whether the unit lists units of its own (a district in a province): a đảng bộ trực thuộc
    /// above the base level, no đảng bộ cơ sở.
    public var isAboveBase: Bool { organizations != nil }

    /// The organisations the unit holds: one đảng bộ cơ sở with its branches, for a unit without
    /// units of its own.
    public var organizationsWithin: PartyOrganizations {
        organizations ?? PartyOrganizations(baseCommittees: 1, branchesOfBaseCommittees: branches)
    }
}
