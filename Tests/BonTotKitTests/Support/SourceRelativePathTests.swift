@testable import BonTotKit
import XCTest

/// A source file's path from the site's folder, cut on bytes where the site's path is a byte
/// prefix of it, is what cutting the site's characters gave: with Vietnamese letters in the
/// site's folder, and with the folder spelled with its letters decomposed (a path from a Mac),
/// where only the characters match.
final class SourceRelativePathTests: XCTestCase {
    func testTheRelativePathIsTheOneCharactersGive() {
        let composed = "/home/văn phòng/trang đảng bộ/"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(composed.utf8), Array(decomposed.utf8))
        let cases: [(path: String, base: String)] = [
            ("/s/content/minutes/2024/a.md", "/s/"),
            (composed + "content/minutes/2024/biên-bản.md", composed),
            (decomposed + "content/minutes/2024/a.md", composed),
            (composed + "content/stories/a.md", decomposed),
            ("/other/content/a.md", "/s/"),
        ]
        for (path, base) in cases {
            let characters = path.hasPrefix(base) ? String(path.dropFirst(base.count)) : nil
            XCTAssertEqual(SiteReader.relativePath(of: path, base: base), characters, path)
        }
        XCTAssertEqual(SiteReader.relativePath(of: composed + "content/minutes/2024/biên-bản.md", base: composed),
                       "content/minutes/2024/biên-bản.md")
    }
}
