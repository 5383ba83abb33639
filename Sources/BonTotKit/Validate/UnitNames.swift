/// A unit written in a district's score table by its name, as the district's office types it
/// ("Đảng bộ xã Hòa Thuận", or "Xã Hòa Thuận"), instead of its id: accepted when it matches
/// exactly one unit's `organization`, in any case, with or without diacritics or the words
/// "Đảng bộ" in front. Anything else is left for the check of unit ids, which suggests one.
enum UnitNames {
    static func resolve(_ evaluation: Evaluation, unitIDs: [String], names: [String: String]) -> Evaluation {
        guard !names.isEmpty else { return evaluation }
        var byName: [String: Set<String>] = [:]
        for (id, name) in names {
            for form in forms(Slug.fold(name)) { byName[form, default: []].insert(id) }
        }
        var resolved = evaluation
        for index in resolved.entries.indices where !unitIDs.contains(resolved.entries[index].branchID) {
            let written = Slug.fold(resolved.entries[index].branchID)
            let matches = forms(written).reduce(into: Set<String>()) { $0.formUnion(byName[$1] ?? []) }
            if matches.count == 1, let id = matches.first { resolved.entries[index].branchID = id }
        }
        return resolved
    }

    /// A folded name, and the same without "đảng bộ" (and "cơ sở") in front.
    private static func forms(_ folded: String) -> [String] {
        for prefix in ["dang-bo-co-so-", "dang-bo-"] where folded.hasPrefix(prefix) {
            return [folded, String(folded.dropFirst(prefix.count))]
        }
        return [folded]
    }
}
