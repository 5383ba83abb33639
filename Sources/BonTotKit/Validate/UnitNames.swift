/// A unit written in a district's score table by its name, as the district's office types it
/// ("Đảng bộ xã Hòa Thuận", or "Xã Hòa Thuận"), instead of its id: accepted when it matches
/// exactly one unit's `organization`, in any case, with or without diacritics or the words
/// "Đảng bộ" in front. Anything else is left for the check of unit ids, which suggests one.
enum UnitNames {
    static func resolve(_ evaluation: Evaluation, unitIDs: [String], names: [String: String]) -> Evaluation {
        guard !names.isEmpty else { return evaluation }
        var written = WrittenNames(leavingOut: ["dang-bo-co-so-", "dang-bo-"])
        for (id, name) in names { written.add(name, of: id) }
        var resolved = evaluation
        for index in resolved.entries.indices where !unitIDs.contains(resolved.entries[index].branchID) {
            if let id = written.id(Slug.fold(resolved.entries[index].branchID)) { resolved.entries[index].branchID = id }
        }
        return resolved
    }
}
