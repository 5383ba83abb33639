import BonTotKit
import Foundation
import XCTest

/// Photos named as a clerk names them in Windows Explorer, with spaces and Vietnamese letters
/// (`Ảnh đại hội.svg`): a body's link to one written plainly is refused with the line to write,
/// since Markdown would leave it as text on the page.
final class MediaNamedByAClerkTests: XCTestCase {
    private static let picture = """
        <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>
        """

    private func story(body: String, image: String? = nil) -> String {
        """
        ---
        title: Ấp Bình Minh hiến đất làm đường
        slug: hien-dat
        kind: tap-the
        branch: binh-minh
        date: 2024-08-15
        \(image.map { "image: \($0)\n" } ?? "")---
        \(body)

        """
    }

    func testAPictureWhoseNameHasSpacesWrittenPlainlyIsRefusedWithTheLineToWrite() throws {
        let path = "content/stories/hien-dat.md"
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [
            "content/media/Ảnh đại hội.svg": Self.picture,
            path: story(body: """
                Ảnh: ![Đại hội](media/Ảnh đại hội.svg "Đại hội chi bộ")

                Xem [biên bản](../media/Biên bản họp (lần 2).pdf), và `![mã](media/a b.svg)` trong mã.
                """),
        ]))
        assertDiagnostics(loaded, [
            .error(path, 8, "ảnh 'media/Ảnh đại hội.svg' trong bài có dấu cách nên không thành ảnh, trang sẽ hiện nguyên dòng chữ; "
                   + "hãy ghi đường dẫn trong dấu <>: '(<media/Ảnh đại hội.svg>)', hoặc đổi tên tệp thành 'anh-dai-hoi.svg'"),
            .error(path, 10, "liên kết '../media/Biên bản họp (lần 2).pdf' trong bài có dấu cách nên không thành liên kết, "
                   + "trang sẽ hiện nguyên dòng chữ; hãy ghi đường dẫn trong dấu <>: '(<media/Biên bản họp (lần 2).pdf>)', "
                   + "hoặc đổi tên tệp thành 'bien-ban-hop-lan-2.pdf'"),
            .error(path, 10, "không tìm thấy tệp 'media/Biên bản họp (lần 2).pdf' trong content/"),
        ])
    }

    func testAPictureWhoseNameHasSpacesWrittenInAngleBracketsIsShown() throws {
        let built = try BuiltSite.build(changes: [
            "content/media/Ảnh đại hội.svg": Self.picture,
            "content/stories/hien-dat.md": story(body: "![Đại hội](<media/Ảnh đại hội.svg>)"),
        ])
        XCTAssertTrue(built.report.succeeded, built.report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        let page = built.page("guong-dien-hinh/hien-dat/index.html")
        XCTAssertTrue(page.contains("<img src=\"../../media/%E1%BA%A2nh%20%C4%91%E1%BA%A1i%20h%E1%BB%99i.svg\" alt=\"Đại hội\" />"), page)
        XCTAssertEqual(built.bytes("media/Ảnh đại hội.svg"), Array(Self.picture.utf8))
    }
}
