import BonTotKit
import Foundation
import XCTest

/// Editors link one Markdown file from another, as their editor lets them
/// (`[biên bản](../minutes/2024/ap-bac-2024-09.md)`): the page shows a link to the page made from
/// that file, wherever the router puts it; a file no page is made from is an error on its line,
/// with the file meant when the site has one of that name.
final class PageLinkTests: XCTestCase {
    private static let story = "content/stories/hien-dat.md"

    private func story(_ body: String) -> String {
        StoryText.binhMinh(slug: "binh-minh-hien-dat", body: body)
    }

    private func links(_ page: String) -> [String] {
        LinkExtractor.links(in: page)
    }

    /// Adds `text` at the end of the file at `path` of the site at `root`.
    private func append(_ text: String, to path: String, in root: URL) throws {
        let url = root.appending(path: path)
        try (String(decoding: try Data(contentsOf: url), as: UTF8.self) + text).write(to: url, atomically: true, encoding: .utf8)
    }

    func testAStoryLinksThePagesMadeFromTheFilesItNames() throws {
        let built = try BuiltSite.build(changes: [Self.story: story("""
            Xem [biên bản](../minutes/2024/ap-bac-2024-09.md#ket-luan), [chi bộ](../branches/ap-bac.yaml), \
            [trường](../branches/truong-thcs.md), [bản tin](../bulletins/2024-09.md), [bảng điểm](../evaluations/2024.csv), \
            [bài khác](bi-thu-8x.md) và [nguồn](https://baochinhphu.vn/).
            """)])
        XCTAssertTrue(built.report.succeeded, built.report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        let shown = links(built.page("guong-dien-hinh/binh-minh-hien-dat/index.html"))
        for expected in ["../../sinh-hoat/ap-bac-2024-09/index.html#ket-luan", "../../chi-bo/ap-bac/index.html",
                         "../../chi-bo/truong-thcs/index.html", "../../ban-tin/2024-09/index.html", "../../xep-hang/2024/index.html",
                         "../../guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html", "https://baochinhphu.vn/"] {
            XCTAssertTrue(shown.contains(expected), "missing \(expected) in \(shown)")
        }
        XCTAssertFalse(shown.contains { $0.hasSuffix(".md") || $0.contains(".md#") }, "\(shown)")
    }

    func testMinutesABranchAndAnEditorialLinkPagesToo() throws {
        let minutes = "content/minutes/2024/ap-bac-2024-09.md", branch = "content/branches/truong-thcs.md"
        let editorial = "content/bulletins/2024-09.md"
        let root = try BuiltSite.prepare("portal", changes: [:])
        try append("\nXem [gương](../../stories/hien-dat.md) và [tháng trước](<ap-bac-2024-08.md>).\n", to: minutes, in: root)
        try append("\nXem [biên bản](../minutes/2024/binh-minh-2024-09.md).\n", to: branch, in: root)
        try append("\nĐọc [gương bí thư](../stories/bi-thu-8x.md).\n", to: editorial, in: root)
        let built = BuiltSite.rebuild(root: root)
        XCTAssertTrue(built.report.succeeded, built.report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        let meeting = links(built.page("sinh-hoat/ap-bac-2024-09/index.html"))
        XCTAssertTrue(meeting.contains("../../guong-dien-hinh/binh-minh-hien-dat/index.html"), "\(meeting)")
        XCTAssertTrue(meeting.contains("../../sinh-hoat/ap-bac-2024-08/index.html"), "\(meeting)")
        XCTAssertTrue(links(built.page("chi-bo/truong-thcs/index.html")).contains("../../sinh-hoat/binh-minh-2024-09/index.html"))
        XCTAssertTrue(links(built.page("ban-tin/2024-09/index.html")).contains("../../guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html"))
    }

    func testAFileNoPageIsMadeFromIsAnErrorNamingTheFileMeant() throws {
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [Self.story: story("""
            [một](../minutes/ap-bac-2024-09.md)

            [hai](../minutes/2024/ap-bac-2024-10.md)

            [ba](../rubric.yaml)

            [bốn](../branches/ap-bac.md)
            """)]))
        assertDiagnostics(loaded, [
            .error(Self.story, 8, "liên kết '../minutes/ap-bac-2024-09.md' trong bài không dùng được: không có trang nào làm từ tệp "
                   + "'content/minutes/ap-bac-2024-09.md'; trang cùng tên làm từ 'content/minutes/2024/ap-bac-2024-09.md': "
                   + "hãy ghi '../minutes/2024/ap-bac-2024-09.md'"),
            .error(Self.story, 10, "không có trang nào làm từ tệp 'content/minutes/2024/ap-bac-2024-10.md' (tệp không có, hoặc không "
                   + "phải biên bản, bài viết, chi bộ, bản tin hay bảng điểm) / no page is made from that file (có phải "
                   + "'../minutes/2024/ap-bac-2024-08.md'?"),
            .error(Self.story, 12, "liên kết '../rubric.yaml' trong bài không dùng được: không có trang nào làm từ tệp 'content/rubric.yaml'"),
            .error(Self.story, 14, "trang cùng tên làm từ 'content/branches/ap-bac.yaml': hãy ghi '../branches/ap-bac.yaml'"),
        ])
    }

    func testALinkToAnotherKindOfFileSaysWhatMayBeLinked() throws {
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [Self.story: story("[ảnh](../anh.png)")]))
        assertDiagnostics(loaded, [
            .error(Self.story, 8, "'../anh.png' trong bài không dùng được: chỉ liên kết được tới địa chỉ web (https://…), tệp trong "
                   + "content/media/ hoặc tệp của một trang"),
        ])
    }

    func testAPageFileWrittenFromContentLinksItsPageAsAMediaPathDoes() throws {
        let minutes = "content/minutes/2024/ap-bac-2024-09.md"
        let root = try BuiltSite.prepare("portal", changes: [Self.story: story("""
            Xem [biên bản](minutes/2024/ap-bac-2024-09.md#ket-luan) và [chi bộ](branches/ap-bac.yaml).
            """)])
        try append("\nXem [gương](stories/hien-dat.md).\n", to: minutes, in: root)
        let built = BuiltSite.rebuild(root: root)
        XCTAssertTrue(built.report.succeeded, built.report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        let shown = links(built.page("guong-dien-hinh/binh-minh-hien-dat/index.html"))
        XCTAssertTrue(shown.contains("../../sinh-hoat/ap-bac-2024-09/index.html#ket-luan"), "\(shown)")
        XCTAssertTrue(shown.contains("../../chi-bo/ap-bac/index.html"), "\(shown)")
        XCTAssertTrue(links(built.page("sinh-hoat/ap-bac-2024-09/index.html")).contains("../../guong-dien-hinh/binh-minh-hien-dat/index.html"))
    }

    func testAPictureOfAPagesFileIsAnErrorSayingToDropTheBang() throws {
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [Self.story: story("""
            ![gương](../stories/bi-thu-8x.md)
            """)]))
        assertDiagnostics(loaded, [
            .error(Self.story, 8, "ảnh '../stories/bi-thu-8x.md' trong bài không dùng được: đây là tệp của một trang, không phải ảnh; "
                   + "để dẫn tới trang đó hãy bỏ dấu '!' trước '['"),
        ])
    }

    func testAPagesFileNamedWithSpacesOutsideAngleBracketsIsAnError() throws {
        let other = "content/stories/Gương sáng.md"
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [
            Self.story: story("Xem [gương](Gương sáng.md) và [cũng thế](<Gương sáng.md>)."),
            other: "---\ntitle: Gương sáng\nkind: ca-nhan\nperson: Lê Văn A\nbranch: ap-bac\ndate: 2024-09-10\n---\nMột gương sáng.\n",
        ]))
        assertDiagnostics(loaded, [
            .error(Self.story, 8, "liên kết 'Gương sáng.md' trong bài có dấu cách nên không thành liên kết, trang sẽ hiện nguyên dòng chữ; "
                   + "hãy ghi đường dẫn trong dấu <>: '(<Gương sáng.md>)'"),
        ])
    }

    func testAPagesFileLeadingOutOfContentIsToldWhatToWrite() throws {
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [Self.story: story("""
            [một](../../minutes/2024/ap-bac-2024-09.md#ket-luan)

            [hai](../../units/xa-a/content/minutes/2024/a-2024-09.md)
            """)]))
        assertDiagnostics(loaded, [
            .error(Self.story, 8, "liên kết '../../minutes/2024/ap-bac-2024-09.md#ket-luan' trong bài không dùng được: đường dẫn có '..' "
                   + "ra ngoài thư mục content/; hãy ghi từ content/: "
                   + "'minutes/2024/ap-bac-2024-09.md#ket-luan'"),
            .error(Self.story, 10, "tệp này thuộc content/ của một cổng khác (một đơn vị?): bài chỉ liên kết bằng tệp tới trang của "
                   + "chính cổng này, tới trang của cổng khác hãy ghi địa chỉ web của trang (https://…)"),
        ])
    }

    func testAPagesAddressWrittenForItsFileIsToldTheFileToLink() throws {
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [Self.story: story("""
            [một](../sinh-hoat/ap-bac-2024-09/)

            [hai](/chi-bo/ap-bac/#lich-su)

            [ba](../../guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html)

            [bốn](../chi-bo/khong-co/)

            [năm](/cong/sinh-hoat/ap-bac-2024-09/)

            [sáu](/don-vi/xa-b/sinh-hoat/ap-bac-2024-09/)
            """)]))
        assertDiagnostics(loaded, [
            .error(Self.story, 8, "liên kết '../sinh-hoat/ap-bac-2024-09/' trong bài không dùng được: đây là địa chỉ của trang trên cổng, "
                   + "không phải tệp; hãy ghi tệp làm ra trang đó: '../minutes/2024/ap-bac-2024-09.md'"),
            .error(Self.story, 10, "hãy ghi tệp làm ra trang đó: '../branches/ap-bac.yaml#lich-su'"),
            .error(Self.story, 12, "hãy ghi tệp làm ra trang đó: 'bi-thu-8x.md'"),
            .error(Self.story, 14, "liên kết '../chi-bo/khong-co/' trong bài không dùng được: chỉ liên kết được tới địa chỉ web"),
            // Under the portal's folder on its server: this site's page.
            .error(Self.story, 16, "hãy ghi tệp làm ra trang đó: '../minutes/2024/ap-bac-2024-09.md'"),
            // Another unit's page of a district, which has a meeting of the same name: not this site's.
            .error(Self.story, 18, "liên kết '/don-vi/xa-b/sinh-hoat/ap-bac-2024-09/' trong bài không dùng được: đường dẫn tuyệt đối"),
        ])
    }

    func testARawHTMLPictureOfAPagesFileIsToldToBeALink() throws {
        let root = try BuiltSite.prepare("portal", changes: [Self.story: story("""
            <img src="../branches/ap-bac.yaml" alt="chi bộ">
            """)])
        let config = root.appending(path: "site.yaml")
        try String(decoding: try Data(contentsOf: config), as: UTF8.self).replacingOccurrences(of: "allow_html: false", with: "allow_html: true")
            .write(to: config, atomically: true, encoding: .utf8)
        assertDiagnostics(SiteLoader.load(root: root), [
            .error(Self.story, 8, "ảnh '../branches/ap-bac.yaml' trong bài không dùng được: đây là tệp của một trang, không phải ảnh; "
                   + "để dẫn tới trang đó hãy ghi <a href=\"../branches/ap-bac.yaml\">…</a>"),
        ])
    }

    /// A site that lists no units (a commune) ranks none: a link to units' scores, from the story's
    /// folder or from `content/`, is told so, not sent to the branches' ranking of the same name.
    func testACommunesLinkToUnitsScoresIsToldItRanksNoUnits() throws {
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [Self.story: story("""
            [xếp hạng đơn vị](../unit-evaluations/2024.csv)

            [cũng thế](unit-evaluations/2024.yaml)
            """)]))
        let noUnits = " (bảng điểm các đơn vị trực thuộc chỉ có ở đảng bộ cấp trên ghi 'units' trong site.yaml; trang này không có "
            + "đơn vị trực thuộc nên không có trang xếp hạng đơn vị; bảng xếp hạng chi bộ làm từ 'evaluations/…') "
            + "/ this site lists no units: it has no units' ranking"
        assertDiagnostics(loaded, [
            .error(Self.story, 8, "liên kết '../unit-evaluations/2024.csv' trong bài không dùng được: không có trang nào làm từ tệp "
                   + "'content/unit-evaluations/2024.csv'" + noUnits),
            .error(Self.story, 10, "liên kết '../unit-evaluations/2024.yaml' trong bài không dùng được: không có trang nào làm từ tệp "
                   + "'content/unit-evaluations/2024.yaml'" + noUnits),
        ])
    }
}
