@testable import BonTotKit
import XCTest

/// Reference links (`[x][ref]` with `[ref]: http://…` anywhere in the body) lead where the body
/// defines them in the line right above a pipe table and inside its cells, on the page and in
/// search, as in the rest of the body; before, that line and the cells were read apart from the
/// body, and showed "[báo cáo][bc]" as typed.
final class PipeTableReferenceTests: SiteCopyTestCase {
    private func html(_ markdown: String) -> String {
        MarkdownRenderer(allowHTML: false, media: ["media/ap-bac.svg"])
            .html(markdown, root: "../../", file: "content/stories/x.md")
    }

    private static let body = """
        Xem [báo cáo][bc] và [quy định]:
        | Tệp | Ghi chú |
        |---|---|
        | [Số liệu][sl] | theo [quy định] |

        [bc]: https://example.org/bao-cao "Báo cáo"
        [sl]: ../media/ap-bac.svg
        [quy định]: https://example.org/quy-dinh
        """

    func testTheLineAboveATableAndItsCellsFollowTheBodysReferences() {
        let page = html(Self.body)
        XCTAssertTrue(page.hasPrefix("""
            <p>Xem <a href="https://example.org/bao-cao" title="Báo cáo">báo cáo</a> và <a href="https://example.org/quy-dinh">quy định</a>:</p>
            <table>
            """), page)
        XCTAssertTrue(page.contains("""
            <tr><td><a href="../../media/ap-bac.svg">Số liệu</a></td><td>theo <a href="https://example.org/quy-dinh">quy định</a></td></tr>
            """), page)
        XCTAssertFalse(page.contains("]["), page)
        XCTAssertEqual(MarkdownRenderer.plainText(Self.body), "Xem báo cáo và quy định: Tệp Ghi chú Số liệu theo quy định")
    }

    func testADefinitionRightAboveATableIsNoTextOfIt() {
        let page = html("[bc]: https://example.org/bao-cao\n| Tệp |\n|---|\n| [Báo cáo][bc] |")
        XCTAssertEqual(page, """
            <table>
            <thead>
            <tr><th scope="col">Tệp</th></tr>
            </thead>
            <tbody>
            <tr><td><a href="https://example.org/bao-cao">Báo cáo</a></td></tr>
            </tbody>
            </table>

            """)
        XCTAssertEqual(MarkdownRenderer.plainText("[bc]: https://example.org/bao-cao\n| Tệp |\n|---|\n| [Báo cáo][bc] |"), "Tệp Báo cáo")
    }

    func testAStorysTableFollowsItsReferencesOnThePageAndInSearch() throws {
        let root = keep(try BuiltSite.prepare("portal", changes: [
            "content/stories/tham-khao.md": "---\ntitle: Tài liệu tham khảo\nslug: tham-khao\nkind: mo-hinh\ndate: 2024-09-10\n---\n" + Self.body,
        ]))
        let site = BuiltSite.rebuild(root: root)
        let page = site.page(Router().file(.story("tham-khao")))
        XCTAssertTrue(page.contains("<p>Xem <a href=\"https://example.org/bao-cao\" title=\"Báo cáo\">báo cáo</a>"), page)
        XCTAssertTrue(page.contains("<td>theo <a href=\"https://example.org/quy-dinh\">quy định</a></td>"), page)
        let script = site.page(Router().file(.searchIndex("guong")))
        let entry = try XCTUnwrap(try SearchIndexTests.rows(script, name: "guong").first { $0[1] == "Tài liệu tham khảo" })
        XCTAssertTrue(entry.contains("Xem báo cáo và quy định: Tệp Ghi chú Số liệu theo quy định"), "\(entry)")
    }
}
