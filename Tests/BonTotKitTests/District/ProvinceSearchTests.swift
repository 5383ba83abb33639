import BonTotKit
import Foundation
import XCTest

/// The province's search page (`ProvinceFixture`) opened from disk in headless Chromium: a
/// commune's result, two levels down, names its commune and the district it lies in, so two
/// communes of the same name in two districts can be told apart; the district's own search of
/// its communes names each commune alone, as before. Chromium comes with `make test`; without
/// it these tests fail.
final class ProvinceSearchTests: XCTestCase {
    /// The kind line above each result of the search page at `page` of `output` opened with
    /// `query` (already percent-encoded), with its link.
    private func hits(_ output: URL, _ query: String, page: String = Router().file(.search)) throws -> [(kind: String, href: String)] {
        let folder = try TemporaryFolder.make("bontot-province-search")
        let browser = HeadlessChromium(executable: try SearchPageBrowserTests.chromium(), profile: folder.appending(path: "profile"))
        let dom = try browser.load(try XCTUnwrap(URL(string: output.appending(path: page).absoluteString + "?" + query))).dom
        let list = SearchPageBrowserTests.element("ket-qua", in: dom)
        return list.components(separatedBy: "<li class=\"search-result\">").dropFirst().map { item in
            let kind = item.components(separatedBy: "<p class=\"search-kind\">").dropFirst().first?.components(separatedBy: "</p>").first ?? ""
            let href = item.components(separatedBy: "<a href=\"").dropFirst().first?.components(separatedBy: "\"").first ?? ""
            return (kind, href)
        }
    }

    func testACommunesResultInTheProvinceNamesTheDistrictItLiesIn() throws {
        let built = try ProvinceFixture.build(for: self)
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        let meeting = try hits(built.output, "q=chuyen%20doi%20cay%20trong")
        XCTAssertEqual(meeting.first?.kind, "Biên bản sinh hoạt · Đảng bộ xã Ấp Bắc · Đảng bộ huyện Giồng Riềng", "\(meeting)")
        let commune = Router().unit("giong-rieng").unit("xa-b")
        XCTAssertEqual(meeting.first?.href, Router().link(from: .search, to: .minutes("ap-bac-1-2024-09"), in: commune))

        let profiles = try hits(built.output, "q=chi%20bo&trong=%40giong-rieng")
        XCTAssertEqual(Set(profiles.map(\.kind).filter { $0.hasPrefix("Hồ sơ") }), ["Hồ sơ chi bộ · Đảng bộ huyện Giồng Riềng",
                                                   "Hồ sơ chi bộ · Đảng bộ xã Bình Minh · Đảng bộ huyện Giồng Riềng",
                                                   "Hồ sơ chi bộ · Đảng bộ xã Ấp Bắc · Đảng bộ huyện Giồng Riềng",
                                                   "Hồ sơ chi bộ · Đảng bộ xã Long Thạnh · Đảng bộ huyện Giồng Riềng"],
                       "the district's own branch names the district alone; its scope still holds its communes")
        let folder = built.output.appending(path: Router().path(.search))
        for hit in meeting + profiles {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appending(path: hit.href).standardizedFileURL.path), hit.href)
        }
    }

    func testTheDistrictsOwnSearchInsideTheProvinceNamesItsCommunesAlone() throws {
        let built = try ProvinceFixture.build(for: self)
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        let found = try hits(built.output, "q=chuyen%20doi%20cay%20trong", page: Router().unit("giong-rieng").file(.search))
        XCTAssertEqual(found.first?.kind, "Biên bản sinh hoạt · Đảng bộ xã Ấp Bắc", "\(found)")
    }
}
