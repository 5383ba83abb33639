@testable import BonTotKit
import Foundation
import XCTest

/// A file named as a file manager names a copy ("… - Copy.md", "Copy of …", "… (1)", "… - Bản
/// sao") is told it looks like a copy of its original, to be deleted if it is one or named from
/// its own fields: never given a folded `-copy` name, which would publish it twice.
final class CopiedFileNameTests: XCTestCase {
    private func fixture(_ path: String) throws -> String {
        try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(path)"), encoding: .utf8)
    }

    private func assertNoCopyName(_ loaded: LoadedSite, file: StaticString = #filePath, line: UInt = #line) {
        for diagnostic in loaded.diagnostics.sorted {
            XCTAssertFalse(diagnostic.message.contains("-copy'") || diagnostic.message.contains("gợi ý"), "\(diagnostic)",
                           file: file, line: line)
        }
    }

    func testAnUnchangedMinutesCopyIsToldItsOriginal() throws {
        let copy = "content/minutes/2024/ap-1-2024-09 - Copy.md"
        let loaded = try ValidationSite.load("minimal", [copy: .text(try fixture("content/minutes/2024/ap-1-2024-09.md"))])
        assertDiagnostics(loaded, [
            .error(copy, 1, "the file looks like a copy of 'ap-1-2024-09.md': delete it if it is one, or name it from its "
                   + "own branch and date, as <chi-bo>-<năm>-<tháng>.md"),
        ])
        assertNoCopyName(loaded)
    }

    /// A copy whose date was changed for the next month is told the name that month gives, and
    /// once named so, it is no warning that the name says another month.
    func testAMinutesCopyForAnotherMonthIsToldTheNameItsDateGives() throws {
        let october = try fixture("content/minutes/2024/ap-1-2024-09.md").replacingOccurrences(of: "date: 2024-09-05", with: "date: 2024-10-03")
        let copy = "content/minutes/2024/Copy of ap-1-2024-09.md"
        let loaded = try ValidationSite.load("minimal", [copy: .text(october)])
        assertDiagnostics(loaded, [
            .error(copy, 1, "looks like a copy of 'ap-1-2024-09.md': delete it if it is one, or name it from its own branch and date: 'ap-1-2024-10.md'"),
        ])
        XCTAssertTrue(loaded.diagnostics.sorted[0].message.hasPrefix("tệp biên bản 'Copy of ap-1-2024-09.md' có vẻ là bản sao của 'ap-1-2024-09.md'"))
        assertDiagnostics(try ValidationSite.load("minimal", ["content/minutes/2024/ap-1-2024-10.md": .text(october)]), [])
    }

    /// The advice follows the files as they are at each build, not as the decode cache found
    /// them: the original deleted since, the copy is told the name its own fields give.
    func testTheAdviceFollowsTheOriginalAtEachBuild() throws {
        let copy = "content/minutes/2024/ap-1-2024-09 - Copy.md"
        let root = try ValidationSite.make("minimal", [copy: .text(try fixture("content/minutes/2024/ap-1-2024-09.md"))])
        addTeardownBlock { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        // A file saved within `FileStamp.settling` seconds of the cache is read again: waiting,
        // the first build keeps the copy in its decode cache, as after a day's work.
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        func errors() -> [String] {
            SiteBuilder.build(BuildOptions(siteRoot: root)).diagnostics.entries.filter { $0.severity == .error }.map(\.message)
        }
        XCTAssertTrue(errors().contains { $0.contains("có vẻ là bản sao của 'ap-1-2024-09.md'") }, "\(errors())")
        try FileManager.default.removeItem(at: root.appending(path: "content/minutes/2024/ap-1-2024-09.md"))
        let rebuilt = errors()
        XCTAssertTrue(rebuilt.contains {
            $0.hasPrefix("tên tệp biên bản 'ap-1-2024-09 - Copy.md' là tên của một bản sao; hãy đặt tên tệp theo chi bộ và ngày họp "
                         + "của nó: 'ap-1-2024-09.md'")
        }, "\(rebuilt)")
    }

    /// A year's minutes copied into the next year's folder, its fields unchanged: told as a copy
    /// of the file in the other folder, not to take that file's path (moving it there would
    /// replace the original).
    func testAMinutesCopyInAnotherYearsFolderIsToldItsOriginalThere() throws {
        let copy = "content/minutes/2025/ap-2-2024-09 - Copy.md"
        let loaded = try ValidationSite.load("minimal", [copy: .text(try fixture("content/minutes/2024/ap-2-2024-09.md"))])
        assertDiagnostics(loaded, [.error(copy, 1, "tệp biên bản 'ap-2-2024-09 - Copy.md' có vẻ là bản sao của "
                                            + "'content/minutes/2024/ap-2-2024-09.md': nếu đúng vậy, hãy xoá nó; nếu là biên bản "
                                            + "khác, hãy đặt tên tệp theo chi bộ và ngày họp của nó, dạng <chi-bo>-<năm>-<tháng>.md")])
    }

    /// A copy named by hand in a name that is a file name too (`…-copy.md`, `…_ban_sao` folded):
    /// the same meeting twice, told as a copy of the original on the copy, an error, rather than
    /// only "2 biên bản cùng ghi một cuộc họp" (which built, counting the meeting twice).
    func testAMinutesCopyNamedAsAFileNameIsToldItsOriginal() throws {
        let copy = "content/minutes/2024/ap-2-2024-09-copy.md"
        let loaded = try ValidationSite.load("minimal", [copy: .text(try fixture("content/minutes/2024/ap-2-2024-09.md"))])
        assertDiagnostics(loaded, [.error(copy, 1, "tệp biên bản 'ap-2-2024-09-copy.md' có vẻ là bản sao của 'ap-2-2024-09.md': "
                                            + "nếu đúng vậy, hãy xoá nó")])
    }

    /// A story `bontot new story` named by its title, ending in copy's words ("Mô hình hay không
    /// thể sao chép"): no copy without a file it would copy.
    func testAStoryWhoseTitleEndsInCopysWordsIsNoCopy() throws {
        var changes: [String: FileChange] = [:]
        for slug in ["mo-hinh-hay-khong-the-sao-chep", "noi-khong-voi-copy", "giu-gin-ban-sao-ho-so-dang-vien-ban-sao"] {
            changes["content/stories/\(slug).md"] = .text(try fixture("content/stories/hien-dat.md")
                .replacingOccurrences(of: "slug: ap-2-hien-dat", with: "slug: \(slug)"))
        }
        let loaded = try ValidationSite.load("minimal", changes)
        XCTAssertFalse(loaded.diagnostics.sorted.contains { $0.message.contains("bản sao") }, "\(loaded.diagnostics.sorted)")
    }

    func testABranchCopyIsToldItsOriginal() throws {
        let copy = "content/branches/ap-1 - Copy.yaml"
        let loaded = try ValidationSite.load("minimal", [copy: .text(try fixture("content/branches/ap-1.yaml"))])
        assertDiagnostics(loaded, [.error(copy, 1, "the file looks like a copy of 'ap-1.yaml': delete it if it is one")])
        assertNoCopyName(loaded)
    }

    /// A copy whose original is gone is told the name its own `name:` gives, read from the
    /// copy's content whatever the copy is called.
    func testABranchCopyWithoutItsOriginalIsToldTheNameItsNameGives() throws {
        let copy = "content/branches/ap-3 - Copy.yaml"
        let text = try fixture("content/branches/ap-2.yaml").replacingOccurrences(of: "Chi bộ ấp 2", with: "Chi bộ ấp Tân Hòa")
        let loaded = try ValidationSite.load("minimal", [copy: .text(text)])
        assertDiagnostics(loaded, [.error(copy, 1, "hãy đặt tên tệp theo tên chi bộ của nó: 'chi-bo-ap-tan-hoa.yaml'")])
    }

    /// A story's copy beside its original is one error, on the copy: not a slug both files claim,
    /// whose advice ("ghi 'slug:' khác") would publish the story twice.
    func testAStoryCopyIsToldItsOriginalNotAnotherSlug() throws {
        let copy = "content/stories/hien-dat - Bản sao.md"
        let loaded = try ValidationSite.load("minimal", [copy: .text(try fixture("content/stories/hien-dat.md"))])
        assertDiagnostics(loaded, [.error(copy, 1, "the file looks like a copy of 'hien-dat.md': delete it if it is one")])
        assertNoCopyName(loaded)
    }

    /// A story named as a copy whose original was renamed, still with the other story's `slug:`:
    /// the clash says it looks like a copy of that story, to be deleted, not to write another
    /// slug (which would publish the story twice).
    func testAStoryCopyWhoseOriginalWasRenamedIsToldItsTwinNotAnotherSlug() throws {
        let copy = "content/stories/ap-2-hien-dat-lam-duong - Copy.md"
        let loaded = try ValidationSite.load("minimal", [copy: .text(try fixture("content/stories/hien-dat.md"))])
        let clashes = loaded.diagnostics.sorted.filter { $0.message.contains("bị trùng giữa các tệp") }
        XCTAssertEqual(clashes.count, 2, "\(loaded.diagnostics.sorted)")
        for clash in clashes {
            XCTAssertTrue(clash.message.contains("(tệp '\(PathParts.name(of: copy))' có vẻ là bản sao của 'hien-dat.md': nếu đúng vậy, "
                                                 + "hãy xoá nó)"), clash.message)
            XCTAssertTrue(clash.message.hasSuffix("looks like a copy of 'hien-dat.md': delete it if it is one"), clash.message)
            XCTAssertFalse(clash.message.contains("'slug:' khác"), clash.message)
        }
        assertNoCopyName(loaded)
    }

    func testAScoreFileCopyIsToldItsOriginal() throws {
        let copy = "content/evaluations/2024 - Copy.csv"
        let loaded = try ValidationSite.load("minimal", [copy: .text(try fixture("content/evaluations/2024.csv"))])
        assertDiagnostics(loaded, [
            .error(copy, 1, "the file name must be the period: the file looks like a copy of '2024.csv': delete it if it is one"),
        ])
    }

    /// The names file managers give copies, in English and Vietnamese (NFD too), and names that are none.
    func testTheNamesOfCopies() {
        let cases: [(String, String?)] = [
            ("ap-1 - Copy", "ap-1"),
            ("ap-1 - Copy (2)", "ap-1"),
            ("Copy of ap-1", "ap-1"),
            ("ap-1 (1)", "ap-1"),
            ("ap-1- Bản sao", "ap-1"),
            ("ap-1 - Bản sao".decomposedStringWithCanonicalMapping, "ap-1"),
            ("Bản sao của ap-1", "ap-1"),
            ("Copy of ap-1 - Copy", "ap-1"),
            ("ap-1 copy 2", "ap-1"),
            ("ap-1-2024-09", nil),
            ("Bien ban thang 10", nil),
            ("Điểm thi đua 2025-2026", nil),
        ]
        for (name, original) in cases {
            XCTAssertEqual(CopyName.original(of: name), original, name)
        }
    }
}
