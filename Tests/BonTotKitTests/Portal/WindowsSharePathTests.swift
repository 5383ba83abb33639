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
                     + "chép vào thư mục dùng chung của Windows (\\\\server\\share\\Cong thong tin\\), trong cổng của huyện "
                     + "(don-vi\\<đơn vị>\\), trang sẽ vượt 259 ký tự Windows cho phép và bị bỏ lại; hãy ghi 'slug:' ngắn hơn, tối đa 172 ký tự"),
        ])
    }

    func testTheSameStoryWithASlugOfThatLengthIsNotWarned() throws {
        let slug = String(Slug.fold(Self.longTitle).prefix(172))
        XCTAssertEqual("guong-dien-hinh/\(slug)/index.html".count, 199)
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: ["content/stories/dai-hoi.md": story(slug: slug)]))
        assertDiagnostics(loaded, [])
    }
}
