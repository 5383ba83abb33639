/// A unit dissolved or merged (`dissolved:` on its `units:` entry) whose own site holds meetings
/// dated after its last month: the district's figures count none of them, so the day is likely
/// wrong, or the minutes belong to the unit it was merged into. A warning on the entry.
enum UnitMeetingsAfterDissolution {
    static func warnings(_ district: DistrictAnalysis) -> [Diagnostic] {
        district.endedUnits.compactMap { unit, reference in
            guard let last = reference.lastMonth, let day = reference.dissolved else { return nil }
            let months = unit.months.filter { $0.key > last && $0.value.meetings > 0 }.keys.sorted()
            guard !months.isEmpty else { return nil }
            let what = reference.mergedInto == nil ? "giải thể" : "sáp nhập"
            return .warning(at: reference.location, field: "units.\(unit.id).dissolved",
                            "đơn vị '\(unit.id)' (\(unit.name)) có biên bản sinh hoạt "
                                + months.map(VietnameseFormat.monthYear).joined(separator: ", ")
                                + ", từ sau ngày \(what) (\(VietnameseFormat.longDate(day))), không được tính vào số liệu toàn Đảng bộ; "
                                + "hãy kiểm tra lại ngày \(what) / the unit has meetings after it was dissolved")
        }
    }
}
