import BonTotKit
import Foundation
import XCTest

/// The warnings a story's body gets, for the checks of pasted text (tabbed columns, rows with
/// no row of dashes): the story's front matter takes lines 1 to 8, its body starts at line 9.
extension SiteCopyTestCase {
    private static let storyHead = "---\ntitle: Bí thư 8X xông pha trong lũ\nkind: ca-nhan\nperson: Đặng Văn Bình\n"
        + "branch: ap-1\ndate: 2024-10-01\nsummary: Người bí thư trẻ dẫn đầu đoàn cứu hộ.\n---\n"

    /// The path of the story in the site.
    static var storyPath: String { "content/stories/bi-thu-8x.md" }

    /// The diagnostics of a minimal site with a story whose body is `body`, those whose message
    /// holds `words`, in order.
    func storyBodyWarnings(_ body: String, containing words: String) throws -> [Diagnostic] {
        let root = keep(try ValidationSite.make("minimal", [Self.storyPath: .text(Self.storyHead + body)]))
        return SiteLoader.load(root: root).diagnostics.sorted.filter { $0.message.contains(words) }
    }

    /// Asserts that `found` is one warning of the story's body at `line`, whose message starts
    /// with `start` and holds `advice`, and not `wrongAdvice` when given.
    func assertOneBodyWarning(_ found: [Diagnostic], line: Int, start: String, advice: String,
                              notAdvising wrongAdvice: String? = nil, file: StaticString = #filePath, sourceLine: UInt = #line) {
        XCTAssertEqual(found.count, 1, "\(found)", file: file, line: sourceLine)
        guard let warning = found.first else { return }
        XCTAssertEqual(warning.severity, .warning, file: file, line: sourceLine)
        XCTAssertEqual(warning.location.file, Self.storyPath, file: file, line: sourceLine)
        XCTAssertEqual(warning.location.line, line, file: file, line: sourceLine)
        XCTAssertEqual(warning.field, "body", file: file, line: sourceLine)
        XCTAssertTrue(warning.message.hasPrefix(start), warning.message, file: file, line: sourceLine)
        XCTAssertTrue(warning.message.contains(advice), warning.message, file: file, line: sourceLine)
        if let wrongAdvice { XCTAssertFalse(warning.message.contains(wrongAdvice), warning.message, file: file, line: sourceLine) }
    }
}
