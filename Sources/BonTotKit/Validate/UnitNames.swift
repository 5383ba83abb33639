/// A unit written in a district's score table by its name, as the district's office types it
/// ("Đảng bộ xã Hòa Thuận", or "Xã Hòa Thuận"), instead of its id: accepted when it matches
/// exactly one unit's `organization`, in any case, with or without diacritics or the words
/// "Đảng bộ" in front, or with the committee's words in their place ("Đảng ủy xã Hòa Thuận", the
/// commune's `issuer`), or a district's committee as a province's office names it ("Huyện ủy
/// Giồng Riềng" for "Đảng bộ huyện Giồng Riềng", "Thành ủy", "Thị ủy", "Quận ủy"), or "Đảng bộ"
/// shortened ("ĐB xã Hòa Thuận"). Anything else is left for the
/// check of unit ids, which suggests one. A name that is a unit's id in words ("Đảng bộ xã Hòa
/// Thuận" for `xa-hoa-thuan`) is that unit too: so a unit whose folder could not be read (its
/// `organization` unknown: the error is on its `site.yaml` line) is not also an unknown unit in
/// the table, told to be another; and so is one listed under an id refused there (`refused`).
/// A second column naming the unit ("Mã đơn vị | Tên đơn vị") that names another unit than the
/// first is an error at its cell (`SecondNameCheck`).
enum UnitNames {
    static func resolve(_ evaluation: Evaluation, unitIDs: [String], refused: Set<String> = [], names: [String: String],
                        subject: RankingSubject = .units, sink: DiagnosticSink) -> Evaluation {
        var written = WrittenNames(leavingOut: ["dang-bo-co-so-", "dang-bo-", "dang-uy-", "db-"])
        for (id, name) in names { written.add(name, of: id) }
        for id in unitIDs where names[id] == nil { written.add(exactly: id, of: id) }
        for id in refused where Slug.fold(id) == id { written.add(exactly: id, of: id) }
        var resolved = evaluation
        for index in resolved.entries.indices {
            let typed = resolved.entries[index].branchID
            if !unitIDs.contains(typed), let id = id(of: typed, in: written) { resolved.entries[index].branchID = id }
            let entry = resolved.entries[index]
            guard unitIDs.contains(entry.branchID), let second = entry.sheetSecondName else { continue }
            let named = unitIDs.contains(second.value) ? second.value : id(of: second.value, in: written)
            SecondNameCheck.check(entry, typed: typed, named: named, names: names, subject: subject, sink: sink)
        }
        return resolved
    }

    /// The one unit `typed` names, by its name or by its committee's.
    private static func id(of typed: String, in written: WrittenNames) -> String? {
        let folded = Slug.fold(typed)
        return written.id(folded) ?? namedForCommittee(folded).flatMap(written.id)
    }

    /// The committees named for the level of their đảng bộ, folded, and the level's words.
    private static let committees = [("huyen-uy-", "huyen-"), ("quan-uy-", "quan-"), ("thi-uy-", "thi-xa-"),
                                     ("thanh-uy-", "thanh-pho-"), ("tinh-uy-", "tinh-")]

    /// The đảng bộ a committee named for its level stands for ("huyen-uy-giong-rieng" →
    /// "huyen-giong-rieng"), folded and without "Đảng bộ"; nil for another name.
    private static func namedForCommittee(_ folded: String) -> String? {
        committees.first { folded.hasPrefix($0.0) }.map { $0.1 + folded.dropFirst($0.0.count) }
    }
}
