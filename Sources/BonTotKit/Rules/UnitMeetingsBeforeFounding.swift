/// A unit founded on a day (`founded:` on its `units:` entry, a commune made of merged ones)
/// whose own site holds meetings dated before its founding month: the district's figures count
/// none of them, so the day is likely wrong, or the minutes belong to a unit merged into it. A
/// warning on the entry.
enum UnitMeetingsBeforeFounding {
    static func warnings(_ district: DistrictAnalysis) -> [Diagnostic] {
        district.units.compactMap { unit in
            guard let reference = district.references[unit.id], let day = reference.founded else { return nil }
            let months = unit.months.filter { $0.key < day.yearMonth && $0.value.meetings > 0 }.keys.sorted()
            guard !months.isEmpty else { return nil }
            return .warning(at: reference.location, field: "units.\(unit.id).founded",
                            "đơn vị '\(unit.id)' (\(unit.name)) có biên bản sinh hoạt "
                                + months.map(VietnameseFormat.monthYear).joined(separator: ", ")
                                + ", trước ngày thành lập (\(VietnameseFormat.longDate(day))), không được tính vào số liệu toàn Đảng bộ; "
                                + "hãy kiểm tra lại ngày thành lập / the unit has meetings before it was founded")
        }
    }
}
