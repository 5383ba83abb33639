@testable import BonTotKit
import XCTest

/// Many files naming branches that do not exist, on a site of many branches: each wrong id is
/// matched against the branch ids once, and only against those near its length, with the same
/// advice as one file would get. 2,000 such files on a site of 2,000 branches took 100 s.
final class UnknownBranchAtScaleTests: XCTestCase {
    func testEachWrongIdIsComparedOnceAndOnlyWithIdsOfALikeLength() throws {
        var changes: [String: FileChange] = [:]
        for number in 1...60 {
            changes["content/branches/kdc-\(number).yaml"] = .text("name: Chi bộ khu dân cư số \(number)\nkind: khu-dan-cu\n")
        }
        for number in 1...80 {
            // One letter too many, then an id longer than any branch's by far.
            let wrong = number % 2 == 0 ? "kdcc-21" : "khu-dan-cu-so-21-thon-moi-xa-hoa-thuan"
            changes["content/stories/bai-\(number).md"] = .text("---\ntitle: Bài số \(number)\nkind: mo-hinh\ndate: 2024-05-01\nbranch: \(wrong)\n---\nNội dung.\n")
        }
        let root = try ValidationSite.make("minimal", changes)
        let before = Suggestion.distancesWorkedOut.load(ordering: .relaxed)
        let loaded = SiteLoader.load(root: root)
        let worked = Suggestion.distancesWorkedOut.load(ordering: .relaxed) - before

        let unknown = loaded.diagnostics.sorted.filter { $0.message.contains("unknown branch") }
        XCTAssertEqual(unknown.count, 80, "\(loaded.diagnostics.sorted)")
        XCTAssertEqual(Set(unknown.map(\.message)), [
            "bài viết ghi chi bộ không tồn tại 'kdcc-21' / unknown branch 'kdcc-21' (có phải 'kdc-21'? / did you mean 'kdc-21'?)",
            "bài viết ghi chi bộ không tồn tại 'khu-dan-cu-so-21-thon-moi-xa-hoa-thuan' / unknown branch 'khu-dan-cu-so-21-thon-moi-xa-hoa-thuan'",
        ])
        // `kdcc-21` against the ids of 5 to 9 letters, once (64 branches, 40 files naming it);
        // the long id against none, being 20 letters longer than the longest.
        XCTAssertLessThanOrEqual(worked, 64, "edit distances worked out")
        XCTAssertGreaterThan(worked, 0)
    }

    /// The hint is the one it always was: the nearest id (ties in alphabetical order) within a
    /// third of the typed id's letters, not one whose length alone puts it further.
    func testTheNearestIdIsStillTheHint() {
        let ids = ["ap-1", "ap-2", "ap-10", "kdc-21", "kdc-12", "cong-an-xa"]
        XCTAssertEqual(Suggestion.closest(to: "ap-3", among: ids), "ap-1")
        XCTAssertEqual(Suggestion.closest(to: "ap-100", among: ids), "ap-10")
        XCTAssertEqual(Suggestion.closest(to: "kdc-2l", among: ids), "kdc-21")
        XCTAssertEqual(Suggestion.closest(to: "cong-an", among: ids), nil, "three letters short of 'cong-an-xa'")
        XCTAssertEqual(Suggestion.closest(to: "cong-an-x", among: ids), "cong-an-xa")
        XCTAssertEqual(Suggestion.closest(to: "truong-thpt", among: ids), nil)
        XCTAssertEqual(Suggestion.closest(to: "Ho\u{300}a-1", among: ["Hoa-1", "H\u{F2}a-1"]), "H\u{F2}a-1",
                       "a letter and its mark typed apart are the letter")
        let codes = { (text: String) in text.unicodeScalars.map { Int($0.value) } }
        for (typed, candidate) in [("ap-3", "cong-an-xa"), ("kitten", "sitting"), ("", "abc"), ("abc", "")] {
            XCTAssertEqual(Suggestion.editDistance(codes(typed), codes(candidate), atMost: 100),
                           Suggestion.editDistance(typed, candidate), "\(typed) → \(candidate)")
        }
        XCTAssertNil(Suggestion.editDistance(codes("kitten"), codes("sitting"), atMost: 2))
        XCTAssertEqual(Suggestion.editDistance(codes("kitten"), codes("sitting"), atMost: 3), 3)
        var random = SplitMix64(seed: 7)
        let letters = Array("ab-1")
        for _ in 0..<2_000 {
            let typed = String((0..<Int.random(in: 0...8, using: &random)).map { _ in letters.randomElement(using: &random) ?? "a" })
            let candidate = String((0..<Int.random(in: 0...8, using: &random)).map { _ in letters.randomElement(using: &random) ?? "a" })
            let whole = Suggestion.editDistance(typed, candidate)
            for bound in 0...4 {
                XCTAssertEqual(Suggestion.editDistance(codes(typed), codes(candidate), atMost: bound), whole <= bound ? whole : nil,
                               "'\(typed)' → '\(candidate)' within \(bound)")
            }
        }
    }
}
