@testable import BonTotKit
import XCTest

/// A story's tags are checked (too many, no letter, too long for a folder, a Windows device's
/// name) on each tag folded once, not once per check.
final class StoryTagChecksTests: XCTestCase {
    func testEachTagIsFoldedOnceForEveryCheck() {
        let tags = (1...19).map { "chủ đề \($0)" } + ["✨✨", String(repeating: "dài ", count: 70), "CON", "Khuyến học"]
        let sink = DiagnosticSink()
        var folds = 0
        StoryDecoder.checkTags(tags, at: SourceLocation(file: "content/stories/bai.md", line: 6), sink: sink) { tag in
            folds += 1
            return Slug.fold(tag)
        }
        XCTAssertEqual(folds, tags.count, "a story's 23 tags were folded 92 times")
        let messages = sink.log.entries.map(\.message)
        XCTAssertEqual(messages.count, 4, "\(messages)")
        for phrase in ["bài có 22 chủ đề, vượt giới hạn 20 chủ đề", "chủ đề '✨✨' không có chữ hay số nào",
                       "quá dài để làm tên thư mục", "'con'"] {
            XCTAssertTrue(messages.contains { $0.contains(phrase) }, "\(phrase) in \(messages)")
        }
        XCTAssertTrue(sink.log.entries.allSatisfy { $0.location.line == 6 && $0.field == "tags" })
    }
}
