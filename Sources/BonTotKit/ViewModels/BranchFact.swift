/// One line of a description list on a branch profile: "Ngày thành lập" — "ngày 02 tháng 3 năm 1976".
struct BranchFact {
    var term: String
    var detail: String

    /// Kind, founding date, address, cluster, the đảng bộ above, and the latest level.
    static func facts(of branch: Branch, analysis: SiteAnalysis) -> [BranchFact] {
        var facts = [BranchFact(term: "Loại hình", detail: branch.kind.displayName)]
        if let founded = branch.founded { facts.append(BranchFact(term: "Ngày thành lập", detail: VietnameseFormat.longDate(founded))) }
        if let address = present(branch.address) { facts.append(BranchFact(term: "Địa chỉ", detail: address)) }
        if let cluster = present(branch.cluster) { facts.append(BranchFact(term: "Cụm thi đua", detail: PortalFormat.cluster(cluster))) }
        if let parent = present(branch.parent) { facts.append(BranchFact(term: "Trực thuộc", detail: parent)) }
        if let latest = BranchPages.latestLevel(of: branch.id, analysis) {
            facts.append(BranchFact(term: "Xếp loại năm \(latest.year)", detail: latest.level.name))
        }
        return facts
    }

    /// Secretary, deputies and committee members.
    static func leaders(of branch: Branch) -> [BranchFact] {
        var leaders: [BranchFact] = []
        if let secretary = present(branch.secretary) { leaders.append(BranchFact(term: "Bí thư", detail: secretary)) }
        if !branch.deputies.isEmpty {
            leaders.append(BranchFact(term: "Phó Bí thư", detail: branch.deputies.joined(separator: ", ")))
        }
        if !branch.committee.isEmpty {
            leaders.append(BranchFact(term: "Chi ủy viên", detail: branch.committee.joined(separator: ", ")))
        }
        return leaders
    }

    /// Official, probationary and exempt members, and households.
    static func membership(of branch: Branch) -> [BranchFact] {
        var lines: [BranchFact] = []
        if let members = branch.members {
            lines.append(BranchFact(term: "Tổng số đảng viên", detail: VietnameseFormat.number(members.total)))
            lines.append(BranchFact(term: "Đảng viên chính thức", detail: VietnameseFormat.number(members.official)))
            lines.append(BranchFact(term: "Đảng viên dự bị", detail: VietnameseFormat.number(members.probationary)))
        }
        if let exempt = branch.exempt {
            lines.append(BranchFact(term: "Miễn sinh hoạt", detail: PortalFormat.members(exempt)))
        }
        if let households = branch.households {
            lines.append(BranchFact(term: "Hộ gia đình trên địa bàn", detail: VietnameseFormat.number(households)))
        }
        return lines
    }

    /// "40 đảng viên được phân công phụ trách 560 hộ gia đình, bình quân 01 đảng viên phụ trách
    /// 14 hộ (định mức 8–18 hộ)."; nil without an assignment.
    static func householdSentence(of branch: Branch) -> String? {
        guard let assigned = branch.assigned, let share = HouseholdShare.sentence(assigned) else { return nil }
        var norm = ""
        switch (assigned.min, assigned.max) {
        case let (min?, max?): norm = " (định mức \(VietnameseFormat.number(min))–\(VietnameseFormat.number(max)) hộ)"
        case let (nil, max?): norm = " (định mức tối đa \(VietnameseFormat.number(max)) hộ)"
        case let (min?, nil): norm = " (định mức tối thiểu \(VietnameseFormat.number(min)) hộ)"
        case (nil, nil): break
        }
        return "\(PortalFormat.members(assigned.members)) được phân công phụ trách "
            + "\(VietnameseFormat.number(assigned.households)) hộ gia đình, \(share)\(norm)."
    }

    private static func present(_ text: String?) -> String? {
        text.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
    }
}
