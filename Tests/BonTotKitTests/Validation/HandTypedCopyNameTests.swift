@testable import BonTotKit
import Foundation
import XCTest

/// A copy named by hand ("x_copy.md", "x (bản sao).md", "x - Sao chép.md", "x-copy.md") is a
/// copy's name as a file manager's is: told it looks like a copy of its original, never given a
/// folded name (`x-copy`, `x-ban-sao`, `x-sao-chep`) that would build the same meeting twice.
final class HandTypedCopyNameTests: XCTestCase {
    func testHandTypedCopyNamesNameTheirOriginal() {
        let cases: [(String, String?)] = [
            ("ap-1-2024-09_copy", "ap-1-2024-09"),
            ("ap-1-2024-09 (bản sao)", "ap-1-2024-09"),
            ("ap-1-2024-09 (Bản sao)".decomposedStringWithCanonicalMapping, "ap-1-2024-09"),
            ("ap-1-2024-09 (ban sao)", "ap-1-2024-09"),
            ("ap-1-2024-09 (Copy)", "ap-1-2024-09"),
            ("ap-1-2024-09 - Sao chép", "ap-1-2024-09"),
            ("ap-1-2024-09 - sao chep", "ap-1-2024-09"),
            ("ap-1-2024-09 - Ban sao", "ap-1-2024-09"),
            ("ap-1-2024-09-copy", "ap-1-2024-09"),
            ("ap-1-2024-09-ban-sao", "ap-1-2024-09"),
            ("ap-1-2024-09_sao_chep", "ap-1-2024-09"),
            ("ap-1-2024-09_copy_2", "ap-1-2024-09"),
            ("ap-1-2024-09-BẢN-SAO", "ap-1-2024-09"),
            // As before: a file manager's copies.
            ("ap-1-2024-09 - Copy", "ap-1-2024-09"),
            ("ap-1-2024-09 - Copy (2)", "ap-1-2024-09"),
            ("ap-1-2024-09 - Bản sao", "ap-1-2024-09"),
            ("Copy of ap-1-2024-09", "ap-1-2024-09"),
            ("ap-1-2024-09 copy 2", "ap-1-2024-09"),
            ("ap-1-2024-09 (1)", "ap-1-2024-09"),
            // No copy: a slug, a year in brackets, words that only end like one.
            ("ap-1-2024-09", nil),
            ("ap-1-2024-09-photocopy", nil),
            ("ngoi-sao", nil),
            ("Bien ban (2024)", nil),
            ("copy", nil),
        ]
        for (stem, original) in cases {
            XCTAssertEqual(CopyName.original(of: stem), original, stem)
        }
    }

    /// On a site, each such copy of a minutes file is told it looks like a copy of it, and
    /// no name is suggested that ends in `-copy`, `-ban-sao` or `-sao-chep`.
    func testHandTypedMinutesCopiesAreToldTheirOriginal() throws {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/content/minutes/2024/ap-1-2024-09.md"),
                              encoding: .utf8)
        for name in ["ap-1-2024-09_copy.md", "ap-1-2024-09 (bản sao).md", "ap-1-2024-09 - Sao chép.md", "ap-1-2024-09_ban_sao.md"] {
            let copy = "content/minutes/2024/\(name)"
            let root = try ValidationSite.make("minimal", [copy: .text(text)])
            defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
            let loaded = SiteLoader.load(root: root)
            assertDiagnostics(loaded, [
                .error(copy, 1, "tệp biên bản '\(name)' có vẻ là bản sao của 'ap-1-2024-09.md': nếu đúng vậy, hãy xoá nó"),
            ])
            for diagnostic in loaded.diagnostics.sorted {
                for folded in ["-copy", "-ban-sao", "-sao-chep"] {
                    XCTAssertFalse(diagnostic.message.contains("\(folded)'") || diagnostic.message.contains("\(folded).md"), "\(diagnostic)")
                }
                XCTAssertFalse(diagnostic.message.contains("gợi ý"), "\(diagnostic)")
            }
        }
    }
}
