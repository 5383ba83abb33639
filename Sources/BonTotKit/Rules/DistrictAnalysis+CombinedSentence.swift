extension DistrictAnalysis {
    /// "Đảng bộ huyện Giồng Riềng có 57 tổ chức cơ sở đảng (22 đảng bộ, 35 chi bộ trực thuộc),
    /// 6.277 đảng viên; 269 chi bộ trực thuộc đảng bộ cơ sở." A site whose units list units of
    /// their own (a province) says it as a provincial report does, counting through every level:
    /// "Đảng bộ tỉnh Kiên Giang có 03 đảng bộ trực thuộc, 45 tổ chức cơ sở đảng (22 đảng bộ cơ sở,
    /// 23 chi bộ cơ sở), 6.277 đảng viên; 269 chi bộ trực thuộc đảng bộ cơ sở." A kind of
    /// organisation the site has none of is left out, as a report leaves it out: a district
    /// without chi bộ trực thuộc has "(03 đảng bộ)", never "00 chi bộ trực thuộc".
    public func combinedSentence(organization: String) -> String {
        let memberPhrase = "\(VietnameseFormat.number(members)) đảng viên"
        guard committeesAboveBase > 0 else {
            let units = currentUnits.count
            return "\(organization) có \(Self.counted(units + ownBranches)) tổ chức cơ sở đảng"
                + Self.parts([(units, "đảng bộ"), (ownBranches, "chi bộ trực thuộc")])
                + ", \(memberPhrase)" + Self.clause(unitBranches, "chi bộ trực thuộc đảng bộ cơ sở") + "."
        }
        let all = organizations
        // Every unit directly under the site is trực thuộc it, a commune among them (it counts
        // among the đảng bộ cơ sở too), as /don-vi/, "Các đảng bộ trực thuộc", lists them all.
        return "\(organization) có \(Self.counted(currentUnits.count)) đảng bộ trực thuộc, "
            + "\(Self.counted(all.baseOrganizations)) tổ chức cơ sở đảng"
            + Self.parts([(all.baseCommittees, "đảng bộ cơ sở"), (all.baseBranches, "chi bộ cơ sở")])
            + ", \(memberPhrase)" + Self.clause(all.branchesOfBaseCommittees, "chi bộ trực thuộc đảng bộ cơ sở") + "."
    }

    /// "03 đảng bộ", the count zero-padded as in official sentences.
    private static func counted(_ count: Int) -> String { VietnameseFormat.count(count) }

    /// " (22 đảng bộ, 35 chi bộ trực thuộc)": the kinds the site has, none when it has none.
    private static func parts(_ kinds: [(Int, String)]) -> String {
        let named = kinds.filter { $0.0 > 0 }.map { "\(counted($0.0)) \($0.1)" }
        return named.isEmpty ? "" : " (\(named.joined(separator: ", ")))"
    }

    /// "; 269 chi bộ trực thuộc đảng bộ cơ sở", or nothing when there are none.
    private static func clause(_ count: Int, _ noun: String) -> String {
        count > 0 ? "; \(counted(count)) \(noun)" : ""
    }
}
