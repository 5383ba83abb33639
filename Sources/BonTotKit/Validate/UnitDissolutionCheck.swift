/// A unit's `founded`, `dissolved` and `merged_into` in a district's `units:` (a commune's đảng
/// bộ merged into another, as in 2025): `merged_into` as `MergerCheck` says, the unit merged into
/// one of the list (which may be founded on the day of the merger or after it: old communes merge
/// into a new one), and a unit cannot be dissolved before it was founded. Each problem is an
/// error on the unit's entry.
enum UnitDissolutionCheck {
    static func check(_ units: [UnitReference], sink: DiagnosticSink) {
        MergerCheck.check(units.map { unit in
            MergerCheck.Entry(id: unit.id, dissolved: unit.dissolved, mergedInto: unit.mergedInto, location: unit.location,
                              field: "units.\(unit.id).merged_into")
        }, words: .unit, sink: sink)
        for unit in units {
            if let dissolved = unit.dissolved, let founded = unit.founded, dissolved <= founded {
                sink.error(unit.location, field: "units.\(unit.id).dissolved",
                           "ngày giải thể \(VietnameseFormat.longDate(dissolved)) không sau ngày thành lập "
                               + "\(VietnameseFormat.longDate(founded)) / dissolved must be after founded")
            }
        }
    }
}
