/// A unit's `dissolved` and `merged_into` in a district's `units:` (a commune's đảng bộ merged
/// into another, as in 2025): `merged_into` as `MergerCheck` says, the unit merged into one of
/// the list. Each problem is an error on the unit's entry.
enum UnitDissolutionCheck {
    static func check(_ units: [UnitReference], sink: DiagnosticSink) {
        MergerCheck.check(units.map { unit in
            MergerCheck.Entry(id: unit.id, dissolved: unit.dissolved, mergedInto: unit.mergedInto, location: unit.location,
                              field: "units.\(unit.id).merged_into")
        }, words: .unit, sink: sink)
    }
}
