@testable import BonTotKit
import XCTest

/// A page's address written for its file is told the file only when the address is this site's
/// page: an address of another unit's page in a district or a province, whose meeting has the same
/// slug, must not be told this unit's file of that name.
final class PageAddressOwnerTests: XCTestCase {
    private static let story = "content/stories/a.md"

    /// The messages for `address` written in a story of the unit placed at `prefix`, whose
    /// meeting `ap-bac-2024-09` is made from `content/minutes/2024/ap-bac-2024-09.md`.
    private func messages(for address: String, prefix: String) -> [String] {
        let sink = DiagnosticSink()
        let check = PageLinkCheck(pages: ["content/minutes/2024/ap-bac-2024-09.md"], read: [],
                                  addresses: ["sinh-hoat/ap-bac-2024-09": "content/minutes/2024/ap-bac-2024-09.md"],
                                  router: Router(prefix: prefix), sink: sink)
        check.check([PageLinkReference(path: address, location: SourceLocation(file: Self.story, line: 8), field: "body",
                                       refusal: "liên kết '\(address)' trong bài không dùng được")])
        return sink.log.entries.map(\.message)
    }

    func testAnAddressUnderTheUnitsOwnFolderIsToldItsFile() {
        for address in ["/don-vi/huyen-a/don-vi/xa-a/sinh-hoat/ap-bac-2024-09/", "/cong/don-vi/huyen-a/don-vi/xa-a/sinh-hoat/ap-bac-2024-09/",
                        "../../sinh-hoat/ap-bac-2024-09/index.html"] {
            let shown = messages(for: address, prefix: "don-vi/huyen-a/don-vi/xa-a")
            XCTAssertEqual(shown.count, 1, address)
            XCTAssertTrue(shown.first?.contains("hãy ghi tệp làm ra trang đó: '../minutes/2024/ap-bac-2024-09.md'") == true, "\(address): \(shown)")
        }
    }

    func testAnotherUnitsPageOfTheSameNameIsNotTold() {
        for (address, prefix) in [("/don-vi/huyen-b/don-vi/xa-a/sinh-hoat/ap-bac-2024-09/", "don-vi/huyen-a/don-vi/xa-a"),
                                  ("/don-vi/xa-b/sinh-hoat/ap-bac-2024-09/", "don-vi/xa-a"),
                                  ("/don-vi/xa-b/sinh-hoat/ap-bac-2024-09/", "")] {
            XCTAssertEqual(messages(for: address, prefix: prefix), ["liên kết '\(address)' trong bài không dùng được"], address)
        }
    }
}
