import BonTotKit
import Foundation
import XCTest

/// A story titled as Party news is ("… gắn với việc đẩy mạnh học tập và làm theo tư tưởng, đạo
/// đức, phong cách Hồ Chí Minh") gets a slug of 200 characters; under a Windows shared folder,
/// in a district's portal, its page's path passes the 259 characters Explorer copies, and the
/// page would be left behind: a warning on its title says how long a `slug:` may be.
final class WindowsSharePathTests: XCTestCase {
    private static let longTitle = "Đảng bộ phường Thanh Lam lãnh đạo thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ phường lần thứ XIV, "
        + "nhiệm kỳ 2020–2025, gắn với việc đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"

    private func story(slug: String? = nil) -> String {
        """
        ---
        title: "\(Self.longTitle)"
        \(slug.map { "slug: \($0)\n" } ?? "")kind: tap-the
        branch: binh-minh
        date: 2024-08-15
        ---
        Nội dung.

        """
    }

    func testAStoryWhosePageIsTooLongForAWindowsShareIsWarnedOnItsTitle() throws {
        XCTAssertEqual(Slug.fold(Self.longTitle).count, 200)
        let path = "content/stories/dai-hoi.md"
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [path: story()]))
        assertDiagnostics(loaded, [
            .warning(path, 2, "đường dẫn trang 'guong-dien-hinh/dang-bo-phuong-thanh-lam-lanh-dao-thuc-hien-…' dài 227 ký tự: "
                     + "chép vào thư mục dùng chung của Windows (\\\\server\\share\\Cong thong tin\\), trong cổng của cấp trên "
                     + "(don-vi\\<đơn vị>\\), trang sẽ vượt 259 ký tự Windows cho phép và bị bỏ lại; hãy ghi 'slug:' ngắn hơn, tối đa 172 ký tự"),
        ])
    }

    /// In a province's portal a commune's page lies two units deep
    /// (`don-vi/dang-bo-huyen-giong-rieng/don-vi/xa-a/`, 45 characters): a slug of 150 that passes
    /// when the commune or its district is built is too long there, and the province's build says
    /// so on the commune's line, counting the folders the page really lies in.
    func testACommunesStoryIsMeasuredFromTheProvincesRootThroughBothUnitFolders() throws {
        let slug = String(Slug.fold(Self.longTitle).prefix(150))
        let path = "xa-a/content/stories/dai-hoi.md"
        let file = "don-vi/dang-bo-huyen-giong-rieng/don-vi/xa-a/guong-dien-hinh/\(slug)/index.html"
        XCTAssertEqual(file.count, 222)
        let commune = story(slug: slug).replacingOccurrences(of: "binh-minh", with: "ap-1")
        let district = try DistrictFixture.build(for: self, changes: [path: commune])
        XCTAssertTrue(district.report.succeeded, district.report.problems)
        XCTAssertEqual(district.report.diagnostics.sorted.filter { $0.message.contains("Windows") }.map(\.description), [],
                       "in the district's portal the page lies one unit deep, within the limit")
        let province = try ProvinceFixture.build(for: self, districtID: "dang-bo-huyen-giong-rieng", districtChanges: [path: commune])
        XCTAssertTrue(province.report.succeeded, province.report.problems)
        XCTAssertEqual(province.report.diagnostics.sorted.filter { $0.message.contains("Windows") }.map(\.description), [
            "../district/\(path):3: warning: đường dẫn trang '\(file.prefix(60))…' dài 222 ký tự: chép vào thư mục dùng chung của "
            + "Windows (\\\\server\\share\\Cong thong tin\\), trong cổng của cấp trên (don-vi\\<đơn vị>\\), trang sẽ vượt 259 ký tự "
            + "Windows cho phép và bị bỏ lại; hãy ghi 'slug:' ngắn hơn, tối đa 127 ký tự / the page's path is 222 characters long: "
            + "under a Windows share, inside the portal above, it would pass Windows' limit; write a 'slug:' of 127 characters at most",
        ])
    }

    func testTheSameStoryWithASlugOfThatLengthIsNotWarned() throws {
        let slug = String(Slug.fold(Self.longTitle).prefix(172))
        XCTAssertEqual("guong-dien-hinh/\(slug)/index.html".count, 199)
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: ["content/stories/dai-hoi.md": story(slug: slug)]))
        assertDiagnostics(loaded, [])
    }
}
