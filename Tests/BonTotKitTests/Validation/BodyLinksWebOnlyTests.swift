@testable import BonTotKit
import Foundation
import XCTest

/// A body whose links all go to web addresses is not parsed for its links at decode
/// (`BodyLinks.holdsOnlyWebAddresses`); any other address, however written, still is, and is
/// checked as before.
final class BodyLinksWebOnlyTests: XCTestCase {
    private func webOnly(_ body: String) -> Bool {
        Array(body.utf8).withUnsafeBufferPointer(BodyLinks.holdsOnlyWebAddresses)
    }

    func testOnlyWebAddressesAndAnchorsAreToldWithoutParsing() {
        XCTAssertTrue(webOnly("Không có liên kết."))
        XCTAssertTrue(webOnly("Theo [Hướng dẫn 12](https://tulieuvankien.dangcongsan.vn/x) và [Quy định](HTTP://a.vn)."))
        XCTAssertTrue(webOnly("[thư](mailto:vp@xa.vn), [gọi](tel:0123), [mục](#muc-1), [b]( https://a.vn), [c] (file:x)"))
        XCTAssertTrue(webOnly("Mảng [1] và [2]."))
    }

    func testAnythingElseIsLeftToTheParser() {
        for body in ["![Ảnh](media/anh.jpg)", "[a](file:///C:/x.doc)", "[a](../../site.yaml)", "[a](<file:x>)",
                     "[a](http\u{1A}//x)", "[a]()", "Xem <file:///x>.", "[a][r]\n\n[r]: ../x",
                     "[a](https://a.vn) rồi [b](/tuyet-doi)", "[a](\nmedia/x.jpg)", "[a](htt"] {
            XCTAssertFalse(webOnly(body), body)
        }
    }

    /// End to end: a body with web links beside a bad one still reports the bad one, with its line.
    func testABadLinkBesideWebLinksIsStillAnError() throws {
        let path = "content/minutes/2024/ap-bac-2024-08.md"
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [
            path: """
            ---
            branch: ap-bac
            date: 2024-08-06
            kind: chuyen-de
            attendance: { present: 40, expected: 40 }
            ---
            Theo [Quy định 366](https://a.vn/quy-dinh).

            Tài liệu [biên bản cũ](file:///C:/bien-ban.doc).

            """,
        ]))
        assertDiagnostics(loaded, [.error(path, 9, "liên kết 'file:///C:/bien-ban.doc' trong bài không dùng được")])
    }
}
