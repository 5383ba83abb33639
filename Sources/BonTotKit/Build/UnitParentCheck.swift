/// A unit whose own `site.yaml` names as the committee above it (`parent`) another one than the
/// district that lists it (its `organization`): the unit's bulletins, which the district's portal
/// carries in `don-vi/<unit>/`, print the unit's `parent` in their head as the committee above, so
/// the portal would show another committee above the unit than itself. A warning at the district's entry, since the unit still builds
/// alone and either name may be the one to correct; a unit that names no parent is left alone.
enum UnitParentCheck {
    /// A warning for each of `units` (the district's entry of a unit that loaded, with the
    /// `parent` its own `site.yaml` gives) whose parent differs from `organization`; the unit's
    /// `site.yaml` named from the top site, the district lying in `siteFolder`.
    static func warnings(organization: String, siteFolder: String, units: [(reference: UnitReference, parent: String?)]) -> [Diagnostic] {
        units.compactMap { unit in
            guard let parent = unit.parent, !parent.isEmpty, normalized(parent) != normalized(organization) else { return nil }
            let file = unit.reference.displayFolder(from: siteFolder) + "site.yaml"
            return .warning(at: unit.reference.location, field: "units.\(unit.reference.id)",
                "đơn vị '\(unit.reference.id)' ghi cấp trên (trường 'parent' trong \(file)) là '\(parent)', "
                + "khác tên trang này ('organization': '\(organization)'); bản tin của đơn vị sẽ in '\(parent)' "
                + "làm cấp ủy cấp trên, hãy sửa một trong hai tên cho khớp / the unit's parent differs from this site's organization")
        }
    }

    /// The name compared: letters in lower case, spaces collapsed.
    private static func normalized(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
