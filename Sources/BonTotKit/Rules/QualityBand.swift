/// The band of a meeting's quality score, and of a branch-year's meeting record.
public enum QualityBand: Int, Comparable, CaseIterable, Sendable {
    case kem = 0
    case trungBinh = 1
    case kha = 2
    case tot = 3

    /// Tốt ≥ 90, Khá 70–89, Trung bình 50–69, Kém < 50.
    public init(score: Double) {
        switch score {
        case 90...: self = .tot
        case 70...: self = .kha
        case 50...: self = .trungBinh
        default: self = .kem
        }
    }

    /// "Tốt", "Khá", "Trung bình", "Kém".
    public var displayName: String {
        switch self {
        case .tot: return "Tốt"
        case .kha: return "Khá"
        case .trungBinh: return "Trung bình"
        case .kem: return "Kém"
        }
    }

    /// Kém < Trung bình < Khá < Tốt.
    public static func < (lhs: QualityBand, rhs: QualityBand) -> Bool { lhs.rawValue < rhs.rawValue }
}
