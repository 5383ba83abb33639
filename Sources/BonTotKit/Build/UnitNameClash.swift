/// Two units of a district that exist now under one name (`organization`): most often a commune's
/// folder made by copying another's, its `site.yaml` not yet edited. The district's pages would
/// list, rank and link two "Đảng bộ phường An Hòa", and a score table naming the unit by its name
/// could not tell them apart. A warning at the later entry, naming the unit's `site.yaml` where the
/// name is written; a unit dissolved or merged may leave its name to the one founded after it.
enum UnitNameClash {
    /// A warning for each unit of `units` (the district's entry of a unit that loaded, with the
    /// `organization` its own `site.yaml` gives) named as an earlier one is; the unit's
    /// `site.yaml` named from the top site, the district lying in `siteFolder`.
    static func warnings(siteFolder: String, units: [(reference: UnitReference, name: String?)]) -> [Diagnostic] {
        var first: [[UInt32]: UnitReference] = [:]
        var warnings: [Diagnostic] = []
        for (reference, name) in units where reference.dissolved == nil {
            guard let name, !name.isEmpty else { continue }
            // Letters and tones count: "Bình Thành" and "Bình Thạnh" are two communes' names.
            let key = VietnameseSortKey(name).sameNameKey
            guard let earlier = first[key] else {
                first[key] = reference
                continue
            }
            let file = reference.displayFolder(from: siteFolder) + "site.yaml"
            warnings.append(.warning(at: reference.location, field: "units.\(reference.id)",
                "đơn vị '\(reference.id)' mang cùng tên '\(name)' với đơn vị '\(earlier.id)' (dòng \(earlier.location.line)); "
                + "nếu thư mục của đơn vị được chép từ đơn vị kia, hãy sửa 'organization' (và 'title', 'place') trong \(file) "
                + "/ two units share the name '\(name)': correct 'organization' in \(file)"))
        }
        return warnings
    }
}
