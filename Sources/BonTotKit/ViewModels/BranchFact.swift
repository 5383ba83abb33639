/// One line of a description list on a branch profile: "Ngày thành lập" — "ngày 02 tháng 3 năm 1976".
struct BranchFact: Encodable {
    var term: String
    var detail: String

    /// Kind, founding date (and the day it was dissolved or merged), address, cluster, the đảng bộ above, and the latest level.
    static func facts(of branch: Branch, analysis: SiteAnalysis, config: SiteConfig) -> [BranchFact] {
        let latest = BranchPages.latestLevel(of: branch.id, analysis)
        return lines([
            ("Loại hình", branch.kind.displayName),
            ("Ngày thành lập", branch.founded.map(VietnameseFormat.longDate)),
            (branch.mergedInto == nil ? "Ngày giải thể" : "Ngày sáp nhập", branch.dissolved.map(VietnameseFormat.longDate)),
            ("Địa chỉ", PortalFormat.present(branch.address)),
            ("Cụm thi đua", PortalFormat.present(branch.cluster).map { PortalFormat.cluster($0, config: config) }),
            ("Trực thuộc", PortalFormat.present(branch.parent)),
            (latest.map { "Xếp loại năm \($0.year)" } ?? "", latest?.level.name),
        ])
    }

    /// Secretary, deputies and committee members.
    static func leaders(of branch: Branch) -> [BranchFact] {
        lines([
            ("Bí thư", PortalFormat.present(branch.secretary)),
            ("Phó Bí thư", branch.deputies.isEmpty ? nil : branch.deputies.joined(separator: ", ")),
            ("Chi ủy viên", branch.committee.isEmpty ? nil : branch.committee.joined(separator: ", ")),
        ])
    }

    /// Official, probationary and exempt members, and households.
    static func membership(of branch: Branch) -> [BranchFact] {
        let members = branch.members
        return lines([
            ("Tổng số đảng viên", members.map { VietnameseFormat.number($0.total) }),
            ("Đảng viên chính thức", members.map { VietnameseFormat.number($0.official) }),
            ("Đảng viên dự bị", members.map { VietnameseFormat.number($0.probationary) }),
            ("Miễn sinh hoạt", branch.exempt.map(PortalFormat.members)),
            ("Hộ gia đình trên địa bàn", branch.households.map(VietnameseFormat.number)),
        ])
    }

    /// The lines that have a value, in order.
    private static func lines(_ pairs: [(String, String?)]) -> [BranchFact] {
        pairs.compactMap { term, detail in detail.map { BranchFact(term: term, detail: $0) } }
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
}
