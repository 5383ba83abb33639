/// A unit's `founded`, `dissolved` and `merged_into` in a district's `units:` (a commune's đảng
/// bộ merged into another, as in 2025), as `MergerCheck` says: the unit merged into one of the
/// list (which may be founded on the day of the merger or after it: old communes merge into a new
/// one), and a unit cannot be dissolved before it was founded. Each problem is an error on the
/// unit's entry.
enum UnitDissolutionCheck {
    static func check(_ units: [UnitReference], sink: DiagnosticSink) {
        MergerCheck.check(units.map { unit in
            MergerCheck.Entry(id: unit.id, founded: unit.founded, dissolved: unit.dissolved, mergedInto: unit.mergedInto,
                              location: unit.location, field: "units.\(unit.id).merged_into",
                              dissolvedLocation: unit.location, dissolvedField: "units.\(unit.id).dissolved")
        }, words: .unit, sink: sink)
    }
}
