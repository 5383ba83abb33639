/// The kind of a party cell, which groups the branch directory.
public enum BranchKind: String, CaseIterable, Sendable, Codable {
    case khuDanCu = "khu-dan-cu"
    case truongHoc = "truong-hoc"
    case congAn = "cong-an"
    case quanSu = "quan-su"
    case coQuan = "co-quan"
    case doanhNghiep = "doanh-nghiep"
    case khac = "khac"

    /// The heading of the group in Vietnamese.
    public var displayName: String {
        switch self {
        case .khuDanCu: return "Chi bộ khu dân cư"
        case .truongHoc: return "Chi bộ trường học"
        case .congAn: return "Chi bộ công an"
        case .quanSu: return "Chi bộ quân sự"
        case .coQuan: return "Chi bộ cơ quan"
        case .doanhNghiep: return "Chi bộ doanh nghiệp"
        case .khac: return "Chi bộ khác"
        }
    }
}
