@testable import BonTotKit
import Foundation
import XCTest

/// A content file's slug is its name without the extension, and the reader keeps a file by its
/// extension: both read from the path's bytes, the slug as Foundation would give it.
final class PathPartsTests: XCTestCase {
    func testTheStemIsFoundationsForEveryKindOfPath() {
        let paths = ["content/minutes/2025/kdc-1-2025-01.md", "content/branches/kdc-1.yaml", "/abs/content/evaluations/2025-q1.csv",
                     "content/branches/Chi bộ Số 1.yaml", "content/a.b/c.md", "content/x.tar.gz", "content/.hidden", "content/noext",
                     "content/name.", "kdc.md", "content/minutes/2025/thôn-đông.md"]
        for path in paths {
            XCTAssertEqual(PathParts.stem(of: path), URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, path)
        }
        XCTAssertEqual(PathParts.stem(of: "content/minutes/2025/kdc-1-2025-01.md"), "kdc-1-2025-01")
    }

    func testTheExtensionNameAndFolder() {
        XCTAssertEqual(PathParts.lowercasedExtension(of: "content/evaluations/Diem.XLSX"), "xlsx")
        XCTAssertEqual(PathParts.lowercasedExtension(of: "content/minutes/.hidden"), "")
        XCTAssertEqual(PathParts.lowercasedExtension(of: "content/a.b/noext"), "")
        XCTAssertEqual(PathParts.name(of: "content/minutes/~$bien-ban.md"), "~$bien-ban.md")
        XCTAssertEqual(PathParts.folder(of: "content/minutes/2025/a.md"), "content/minutes/2025")
        XCTAssertEqual(PathParts.folder(of: "a.md"), "a.md")
    }
}
