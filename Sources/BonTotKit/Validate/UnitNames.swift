/// A unit written in a district's score table by its name, as the district's office types it
/// ("Đảng bộ xã Hòa Thuận", or "Xã Hòa Thuận"), instead of its id: accepted when it matches
/// exactly one unit's `organization`, in any case, with or without diacritics or the words
/// "Đảng bộ" in front, or with the committee's words in their place ("Đảng ủy xã Hòa Thuận", the
/// commune's `issuer`) or "Đảng bộ" shortened ("ĐB xã Hòa Thuận"). Anything else is left for the
/// check of unit ids, which suggests one.
/// A second column naming the unit ("Mã đơn vị | Tên đơn vị") that names another unit than the
/// first is an error at its cell (`SecondNameCheck`).
enum UnitNames {
    static func resolve(_ evaluation: Evaluation, unitIDs: [String], names: [String: String], sink: DiagnosticSink) -> Evaluation {
        var written = WrittenNames(leavingOut: ["dang-bo-co-so-", "dang-bo-", "dang-uy-", "db-"])
        for (id, name) in names { written.add(name, of: id) }
        var resolved = evaluation
        for index in resolved.entries.indices {
            let typed = resolved.entries[index].branchID
            if !unitIDs.contains(typed), let id = written.id(Slug.fold(typed)) { resolved.entries[index].branchID = id }
            let entry = resolved.entries[index]
            guard unitIDs.contains(entry.branchID), let second = entry.sheetSecondName else { continue }
            let named = unitIDs.contains(second.value) ? second.value : written.id(Slug.fold(second.value))
            SecondNameCheck.check(entry, typed: typed, named: named, names: names, subject: .units, sink: sink)
        }
        return resolved
    }
}
