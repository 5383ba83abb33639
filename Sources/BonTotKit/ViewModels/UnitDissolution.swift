/// What a reader is told of a unit (đảng bộ cơ sở) that no longer exists, in the district's
/// directory: "Đảng bộ đã sáp nhập vào Đảng bộ xã Bình Minh từ ngày 01 tháng 7 năm 2025; trang
/// của đảng bộ lưu lại hoạt động đến thời điểm đó."
enum UnitDissolution {
    /// The sentence for the unit of `reference`, nil for a unit that exists.
    static func sentence(of reference: UnitReference, district: DistrictAnalysis) -> String? {
        guard let day = reference.dissolved else { return nil }
        let date = VietnameseFormat.longDate(day)
        let successor = reference.mergedInto.flatMap { id in district.units.first { $0.id == id } }
        let what = successor.map { "đã sáp nhập vào \($0.name) từ \(date)" } ?? "đã giải thể từ \(date)"
        return "Đảng bộ \(what); trang của đảng bộ lưu lại hoạt động đến thời điểm đó."
    }
}
