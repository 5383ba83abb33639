@testable import BonTotKit

/// The rubric of SPEC §1 and small builders for evaluations and minutes, for the rules tests.
enum RulesFixture {
    static let rubric = Rubric(
        scale: 100,
        criteria: [
            Criterion(id: "nhiem-vu-chinh-tri", name: "Lãnh đạo hoàn thành tốt nhiệm vụ chính trị", max: 30),
            Criterion(id: "sinh-hoat", name: "Chất lượng sinh hoạt tốt", max: 30),
            Criterion(id: "doan-ket-ky-luat", name: "Đoàn kết, kỷ luật tốt", max: 20),
            Criterion(id: "dang-vien", name: "Cán bộ, đảng viên tốt", max: 20),
        ],
        bonusMax: 5,
        levels: [
            Level(id: "xuat-sac", name: "Hoàn thành xuất sắc nhiệm vụ", min: 90),
            Level(id: "tot", name: "Hoàn thành tốt nhiệm vụ", min: 70),
            Level(id: "hoan-thanh", name: "Hoàn thành nhiệm vụ", min: 50),
            Level(id: "khong-hoan-thanh", name: "Không hoàn thành nhiệm vụ", min: 0),
        ],
        fourGood: FourGoodRule(minShareEach: 0.8, minLevel: "tot", noViolations: true),
        excellentQuota: 0.2)

    static let evaluationSource = SourceLocation(file: "content/evaluations/2024.yaml")

    /// An entry with the four criterion scores in rubric order.
    static func entry(_ branchID: String, _ scores: [Double], bonus: Double = 0, penalty: Double = 0,
                      violations: Int = 0, level: String? = nil, line: Int = 1) -> EvaluationEntry {
        EvaluationEntry(branchID: branchID,
                        criterionScores: Dictionary(uniqueKeysWithValues: zip(rubric.criteria.map(\.id), scores)),
                        bonus: bonus, penalty: penalty, violations: violations, statedLevel: level,
                        location: SourceLocation(file: evaluationSource.file, line: line))
    }

    /// Scores in rubric order summing to `total`, every criterion at 80 % of its maximum or more
    /// when `total` is at least 80.
    static func scores(total: Double) -> [Double] {
        let share = total / 100
        return [30 * share, 30 * share, 20 * share, 20 * share]
    }

    static func evaluation(_ period: String, _ entries: [EvaluationEntry]) -> Evaluation {
        Evaluation(period: Period(period)!, entries: entries,
                   source: SourceLocation(file: "content/evaluations/\(period).yaml"))
    }

    static func ranking(_ entries: [EvaluationEntry], names: [String: String] = [:],
                        clusters: [String: String] = [:], clusterOrder: [String] = []) -> Ranking {
        Ranking.make(evaluation: Evaluation(period: Period(year: 2024), entries: entries, source: evaluationSource),
                     rubric: rubric, branchNames: names, clusters: clusters, clusterOrder: clusterOrder)
    }

    static func meeting(_ branchID: String, _ iso: String, _ kind: MeetingKind = .thuongKy,
                        present: Int? = nil, expected: Int = 100) -> Minutes {
        var minutes = Minutes(slug: "\(branchID)-\(iso)-\(kind.rawValue)", branchID: branchID,
                              date: CalendarDate(iso: iso)!, kind: kind,
                              source: SourceLocation(file: "content/minutes/\(iso).md"))
        minutes.attendance = present.map { Attendance(present: $0, expected: expected) }
        return minutes
    }
}
