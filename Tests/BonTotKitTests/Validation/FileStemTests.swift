@testable import BonTotKit
import Foundation
import XCTest

/// A content file's slug is its name without the extension, read from the path's bytes: the
/// same as Foundation's `deletingPathExtension().lastPathComponent` for every path.
final class FileStemTests: XCTestCase {
    func testTheStemIsFoundationsForEveryKindOfPath() {
        let paths = ["content/minutes/2025/kdc-1-2025-01.md", "content/branches/kdc-1.yaml", "/abs/content/evaluations/2025-q1.csv",
                     "content/branches/Chi bộ Số 1.yaml", "content/a.b/c.md", "content/x.tar.gz", "content/.hidden", "content/noext",
                     "content/name.", "kdc.md", "content/minutes/2025/thôn-đông.md"]
        for path in paths {
            XCTAssertEqual(SiteDecoder.fileStem(path), URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, path)
        }
        XCTAssertEqual(SiteDecoder.fileStem("content/minutes/2025/kdc-1-2025-01.md"), "kdc-1-2025-01")
    }
}
