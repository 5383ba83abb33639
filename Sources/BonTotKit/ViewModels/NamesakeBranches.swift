/// Branches of different units holding the same name in one list ("Chi bộ Thôn 1" of two
/// communes, both "Chi bộ 4 tốt" in a district's line of a province's bulletin): each of them is
/// named with the short name of its unit ("Chi bộ Thôn 1 (xã An Bình)"), so that the reader
/// tells them apart; a name held in one unit alone is left as it is.
enum NamesakeBranches {
    /// The names `branches` go by in one list, in their order.
    static func names(_ branches: [FourGoodBranch]) -> [String] {
        let keys = branches.map { VietnameseSortKey($0.name).sameNameKey }
        var units: [[UInt32]: Set<[String]>] = [:]
        for (key, branch) in zip(keys, branches) { units[key, default: []].insert(branch.unitPath) }
        return zip(keys, branches).map { key, branch in
            (units[key]?.count ?? 0) > 1 ? "\(branch.name) (\(shortName(of: branch.unitName)))" : branch.name
        }
    }

    /// The unit's organisation without "Đảng bộ" ("xã An Bình" for "Đảng bộ xã An Bình"): what
    /// follows the branch in brackets; a name not beginning so is kept whole.
    static func shortName(of unit: String) -> String {
        let words = unit.split(whereSeparator: \.isWhitespace)
        guard words.count > 2, Slug.fold(words.prefix(2).joined(separator: " ")) == "dang-bo" else { return unit }
        return words.dropFirst(2).joined(separator: " ")
    }
}
