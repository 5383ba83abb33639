import BonTotKit
import XCTest

/// Slugs the router keeps for its own folders, and routes that would write one file: found by
/// the router, reported by `bontot check` at the file and line that give the value.
final class RouteCheckTests: XCTestCase {
    let location = SourceLocation(file: "content/stories/a.md", line: 3)

    // MARK: In a site, as `bontot check` reports them

    func testAStorySlugThatIsTheFolderOfTheTags() throws {
        let path = "content/stories/chu-de.md"
        try assertDiagnostics([path: "---\ntitle: Chủ đề\nkind: mo-hinh\ndate: 2024-10-02\n---\n"],
                              [.error(path, 2, "the slug 'chu-de' is reserved: guong-dien-hinh/chu-de/ holds the tag pages")])
        try assertDiagnostics([path: "---\ntitle: Chủ đề\nkind: mo-hinh\ndate: 2024-10-02\n---\n"],
                              [.error(path, 2, "slug 'chu-de' không dùng được vì guong-dien-hinh/chu-de/ là thư mục của các trang chủ đề")])
    }

    /// A `slug:` field is blamed on its own line.
    func testAWrittenSlugIsReportedOnItsLine() throws {
        let path = "content/stories/nha-van-hoa.md"
        try assertDiagnostics([path: "---\ntitle: Nhà văn hóa mới\nkind: mo-hinh\ndate: 2024-10-02\nslug: chu-de\n---\n"],
                              [.error(path, 5, "the slug 'chu-de' is reserved")])
    }

    func testAMinutesFileNamedAfterAYear() throws {
        let path = "content/minutes/2024/2024.md"
        try assertDiagnostics([path: "---\nbranch: ap-2\ndate: 2024-10-04\nkind: thuong-ky\n---\n"],
                              [.error(path, 1, "the minutes file name '2024' is reserved: sinh-hoat/2024/ holds the month pages of the minutes")])
    }

    /// Any name made of digits could be a year's folder; the file's other problems are reported too.
    func testAMinutesFileNamedWithDigitsOnly() throws {
        let path = "content/minutes/2024/12.md"
        try assertDiagnostics([path: "---\nbranch: ap-9\ndate: 2024-10-04\nkind: thuong-ky\n---\n"], [
            .error(path, 1, "the minutes file name '12' is reserved: sinh-hoat/12/ holds the month pages"),
            .error(path, 2, "unknown branch 'ap-9'"),
        ])
    }

    func testEveryReservedNameOfOneRunIsReportedAtOnce() throws {
        let story = "content/stories/chu-de.md", minutes = "content/minutes/2024/2025.md"
        try assertDiagnostics([
            story: "---\ntitle: Chủ đề\nkind: mo-hinh\ndate: 2024-10-02\n---\n",
            minutes: "---\nbranch: ap-2\ndate: 2024-10-04\nkind: thuong-ky\n---\n",
        ], [
            .error(story, 2, "the slug 'chu-de' is reserved"),
            .error(minutes, 1, "the minutes file name '2025' is reserved"),
        ])
    }

    /// Names close to the router's own are fine where they cannot meet them.
    func testNamesThatOnlyLookLikeTheRoutersAreFine() throws {
        try assertDiagnostics([
            "content/stories/chu-de-nam-2024.md": "---\ntitle: Chủ đề năm 2024\nkind: mo-hinh\ndate: 2024-10-02\n---\n",
            "content/minutes/2024/2024-10.md": "---\nbranch: ap-2\ndate: 2024-10-04\nkind: thuong-ky\n---\n",
            "content/branches/chu-de.yaml": "name: Chi bộ Chủ đề\nkind: khu-dan-cu\n",
        ], ["2023.yaml", "2024.csv"].map { .warning("content/evaluations/\($0)", 1, "chưa có điểm của chi bộ 'chu-de'") })
    }

    // MARK: The check itself

    func testReservedValuesOfEveryContentRoute() {
        XCTAssertEqual(messages([RouteClaim(.story("chu-de"), at: location, field: "slug")]),
                       ["content/stories/a.md:3: error: slug 'chu-de' không dùng được vì guong-dien-hinh/chu-de/ là thư mục của "
                        + "các trang chủ đề; hãy chọn tên khác / the slug 'chu-de' is reserved: guong-dien-hinh/chu-de/ holds the tag pages"])
        XCTAssertEqual(RouteCheck.diagnostics([RouteClaim(.story("chu-de"), at: location, field: "slug")]).first?.field, "slug")
        XCTAssertEqual(messages([RouteClaim(.minutes("1999"), at: location)]).count, 1)
        for route: Route in [.story("a"), .story("2024"), .minutes("kdc-21-2024-09"), .minutes("2024-09"), .branch("chu-de"),
                             .branch("2024"), .ranking(Period(year: 2024)), .ranking(Period(year: 2024, span: .quarter(3))),
                             .storyTag("chu-de"), .bulletin(YearMonth(year: 2024, month: 9))] {
            XCTAssertEqual(messages([RouteClaim(route, at: location)]), [], "\(route)")
        }
    }

    /// Inside a district, a unit's slug is checked against the unit's own folders.
    func testReservedValuesInsideAUnit() {
        let unit = Router().unit("xa-a")
        XCTAssertEqual(messages([RouteClaim(.story("chu-de"), router: unit, at: location)]),
                       ["content/stories/a.md:3: error: slug 'chu-de' không dùng được vì don-vi/xa-a/guong-dien-hinh/chu-de/ là thư mục "
                        + "của các trang chủ đề; hãy chọn tên khác / the slug 'chu-de' is reserved: don-vi/xa-a/guong-dien-hinh/chu-de/ "
                        + "holds the tag pages"])
        XCTAssertEqual(messages([RouteClaim(.minutes("a"), router: unit, at: location)], routers: [Router()]), [])
    }

    /// A site placed where another site's page is: both files are named, at each of them.
    func testTwoRoutesThatWriteOneFile() {
        let story = RouteClaim(.story("a"), at: location, field: "title")
        let other = SourceLocation(file: "site.yaml", line: 7)
        let misplaced = RouteClaim(.home, router: Router(prefix: "guong-dien-hinh/a/"), at: other)
        let diagnostics = RouteCheck.diagnostics([story, misplaced])
        XCTAssertEqual(diagnostics.map(\.location), [location, other])
        XCTAssertEqual(diagnostics.map(\.message), Array(repeating:
            "2 trang cùng ghi vào guong-dien-hinh/a/index.html, từ các tệp content/stories/a.md, site.yaml; hãy đổi tên một tệp / "
            + "2 outputs would be written to guong-dien-hinh/a/index.html, from content/stories/a.md, site.yaml", count: 2))
        XCTAssertEqual(diagnostics.first?.field, "title")
    }

    /// One route claimed by two files is a duplicate id: `CrossReferenceCheck` names both files.
    func testTheSameRouteTwiceIsLeftToTheDuplicateCheck() {
        let second = SourceLocation(file: "content/stories/b.md", line: 2)
        XCTAssertEqual(messages([RouteClaim(.story("a"), at: location), RouteClaim(.story("a"), at: second)]), [])
    }

    /// The portal's routes never meet one another.
    func testTheRoutersOwnOutputsNeverCollide() {
        let samples = Route.Kind.allCases.map(\.sample)
        let claims = samples.enumerated().map { index, route in
            RouteClaim(route, at: SourceLocation(file: "sample-\(index)"))
        }
        XCTAssertEqual(Set(samples.map(Router().file)).count, samples.count)
        let district = Router(), unit = district.unit("xa-a")
        XCTAssertEqual(messages(claims.map { RouteClaim($0.route, router: unit, at: $0.location) } + claims), [])
    }

    private func messages(_ claims: [RouteClaim], routers: [Router] = []) -> [String] {
        RouteCheck.diagnostics(claims, routers: routers).map(\.description)
    }
}
