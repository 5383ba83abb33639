/// Checks what links files together: every branch a minutes, story or evaluation names exists,
/// and no two files claim one id or slug.
struct CrossReferenceCheck {
    let branchIDs: Set<String>
    let sink: DiagnosticSink
    private let branches: [Branch]

    init(branches: [Branch], sink: DiagnosticSink) {
        self.branches = branches
        self.branchIDs = Set(branches.map(\.id))
        self.sink = sink
    }

    func check(evaluations: [Evaluation], minutes: [Minutes], stories: [Story]) {
        duplicates(branches.map { ($0.id, $0.source) }, what: "mã chi bộ / branch id")
        duplicates(minutes.map { ($0.slug, $0.source) }, what: "slug biên bản / minutes slug")
        duplicates(stories.map { ($0.slug, $0.source) }, what: "slug bài viết / story slug")
        duplicates(evaluations.map { ($0.period.description, $0.source) }, what: "kỳ đánh giá / evaluation period")
        for entry in minutes { reference(entry.branchID, at: entry.source, in: "biên bản") }
        for story in stories {
            if let branchID = story.branchID { reference(branchID, at: story.source, in: "bài viết") }
        }
        for evaluation in evaluations {
            var seen = Set<String>()
            for entry in evaluation.entries {
                reference(entry.branchID, at: entry.location, in: "bảng điểm")
                if !seen.insert(entry.branchID).inserted {
                    sink.error(entry.location, field: "branch", "chi bộ '\(entry.branchID)' được chấm hai lần trong kỳ / scored twice in the period")
                }
            }
        }
    }

    private func reference(_ id: String, at location: SourceLocation, in what: String) {
        guard !branchIDs.contains(id) else { return }
        sink.error(location, field: "branch",
                   "\(what) ghi chi bộ không tồn tại / unknown branch '\(id)'" + Suggestion.hint(for: id, among: branchIDs.sorted()))
    }

    private func duplicates(_ claims: [(String, SourceLocation)], what: String) {
        let groups = Dictionary(grouping: claims, by: \.0)
        for (key, group) in groups where group.count > 1 {
            let places = group.map(\.1).sorted()
            for place in places {
                let others = places.filter { $0 != place }.map(\.file).joined(separator: ", ")
                sink.error(place, "\(what) '\(key)' trùng với / also claimed by \(others)")
            }
        }
    }
}
