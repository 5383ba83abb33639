/// A branch's score on one criterion of the rubric.
public struct CriterionScore: Sendable, Equatable {
    public var criterion: Criterion
    /// The points given; 0 when the evaluation leaves the criterion out.
    public var score: Double

    /// Pairs a criterion with the points given on it.
    public init(criterion: Criterion, score: Double) {
        self.criterion = criterion
        self.score = score
    }

    /// The score as a share of the criterion's maximum (0.9 for 27 of 30); nil when the maximum is 0.
    public var share: Double? {
        criterion.max > 0 ? score / criterion.max : nil
    }
}
