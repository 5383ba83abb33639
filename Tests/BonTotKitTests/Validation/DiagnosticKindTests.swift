@testable import BonTotKit
import Foundation
import XCTest

/// The problems some code acts on carry a kind (`Diagnostic.Kind`), and that code matches the
/// kind, not the message's words: a message may be reworded without silently changing what
/// `bontot serve` builds again.
final class DiagnosticKindTests: XCTestCase {
    func testAnUnknownBranchIsKnownByTheBranchAndTheKindOfFileThatNamesIt() throws {
        let loaded = try ValidationSite.load("minimal", [
            "content/stories/hien-dat.md": .text(try fixture("content/stories/hien-dat.md").replacingOccurrences(of: "branch: ap-2", with: "branch: ap-9")),
            "content/minutes/2024/ap-2-2024-09.md": .text(try fixture("content/minutes/2024/ap-2-2024-09.md")
                .replacingOccurrences(of: "branch: ap-2", with: "branch: ap-8")),
            "content/evaluations/2024.csv": .text(try fixture("content/evaluations/2024.csv").replacingOccurrences(of: "\nap-2;", with: "\nap-7;")),
        ])
        let classified = loaded.diagnostics.sorted.filter { $0.kind != nil }
        XCTAssertEqual(classified.map(\.location.file),
                       ["content/evaluations/2024.csv", "content/minutes/2024/ap-2-2024-09.md", "content/stories/hien-dat.md"],
                       "\(loaded.diagnostics.sorted)")
        XCTAssertEqual(classified.map(\.kind), [.unknownBranch(id: "ap-7", in: .evaluation), .unknownBranch(id: "ap-8", in: .minutes),
                                                .unknownBranch(id: "ap-9", in: .story)])
        let story = try XCTUnwrap(loaded.diagnostics.sorted.first { $0.location.file == "content/stories/hien-dat.md" })
        XCTAssertTrue(story.message.hasPrefix("bài viết ghi chi bộ không tồn tại 'ap-9' / unknown branch 'ap-9'"), story.message)
        let scores = try XCTUnwrap(loaded.diagnostics.sorted.first { $0.location.file == "content/evaluations/2024.csv" })
        XCTAssertTrue(scores.message.hasPrefix("bảng điểm ghi chi bộ không tồn tại 'ap-7' / unknown branch 'ap-7'"), scores.message)
    }

    func testServeBuildsAgainForAFileChangedDuringTheBuildByTheKindNotTheWords() {
        func report(_ diagnostics: [Diagnostic]) -> BuildReport {
            var log = DiagnosticLog()
            log.append(contentsOf: diagnostics)
            return BuildReport(diagnostics: log, inputSummary: "", succeeded: false)
        }
        let changed = Diagnostic.error(at: SourceLocation(file: "content/minutes/2024/a.md"), kind: .changedDuringBuild, "tệp vừa đổi")
        XCTAssertEqual(report([changed]).changedDuringBuild, ["content/minutes/2024/a.md"])
        let alike = Diagnostic.error(at: SourceLocation(file: "content/minutes/2024/b.md"), PortalSite.changedMessage)
        XCTAssertEqual(report([alike]).changedDuringBuild, [], "the message's words alone are no file changed during the build")
        XCTAssertEqual(report([changed, alike]).changedDuringBuild, [], "another error is a problem of the site")
    }

    /// The cross-file check's findings kept for the next build keep their kind; a cache another
    /// build of bontot wrote (`ToolIdentity`: the executable's build ID) is not read at all.
    func testTheCacheKeepsTheKindAndIsReadOnlyByTheBinaryThatWroteIt() throws {
        let folder = try TemporaryFolder.make("bontot-diagnostic-kind")
        let found = Diagnostic.error(at: SourceLocation(file: "content/stories/a.md", line: 4), field: "branch",
                                     kind: .unknownBranch(id: "ap-bac-1", in: .story),
                                     "bài viết ghi chi bộ không tồn tại 'ap-bac-1' / unknown branch 'ap-bac-1'")
        let cache = DecodeCache(folder: folder, sourceRoot: folder, tool: "bontot-a", context: 0)
        cache.storeLinksDiagnostics([found], digest: 7)
        cache.save()
        let same = DecodeCache(folder: folder, sourceRoot: folder, tool: "bontot-a", context: 0).linksDiagnostics(digest: 7)
        XCTAssertEqual(same?.map(\.kind), [found.kind])
        XCTAssertEqual(same, [found])
        XCTAssertNil(DecodeCache(folder: folder, sourceRoot: folder, tool: "bontot-b", context: 0).linksDiagnostics(digest: 7))
    }

    private func fixture(_ path: String) throws -> String {
        try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal").appending(path: path), encoding: .utf8)
    }
}
