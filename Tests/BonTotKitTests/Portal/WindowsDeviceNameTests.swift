import BonTotKit
import Foundation
import XCTest

/// A slug, tag, branch id or unit id that Windows keeps for a device (`con`, `aux`, `nul`,
/// `lpt1`…) becomes a folder of `output/` that Linux writes and the build accepts, but that
/// Explorer cannot copy to the office's shared folder, leaving the page behind: an error on the
/// line that gives the name, saying what to change.
final class WindowsDeviceNameTests: XCTestCase {
    private static let device = "là tên thiết bị mà Windows dành riêng"

    private func story(_ head: String) -> String {
        """
        ---
        \(head)
        kind: tap-the
        branch: binh-minh
        date: 2024-08-15
        ---
        Nội dung.

        """
    }

    func testASlugATagAndABranchIdThatWindowsKeepsForADeviceAreErrorsOnTheirLines() throws {
        let branch = try String(contentsOf: ValidationSite.fixtures.appending(path: "portal/content/branches/dong-tam.yaml"), encoding: .utf8)
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [
            "content/stories/con.md": story("title: Con"),
            "content/stories/phu-nu.md": story("title: Phụ nữ ấp Bình Minh\nslug: aux\ntags: [Thi đua, Nul]"),
            "content/branches/lpt1.yaml": branch.replacingOccurrences(of: "Đồng Tâm", with: "Tân Lập"),
        ]))
        assertDiagnostics(loaded, [
            .error("content/stories/con.md", 2, "slug 'con' \(Self.device) (CON): thư mục 'con' của cổng sẽ không chép được vào "
                   + "thư mục dùng chung của Windows, trang bị bỏ lại; hãy thêm 'slug:' cho bài, không dùng CON, PRN, AUX, NUL, "
                   + "COM1–COM9, LPT1–LPT9 / the slug 'con' is a device's name Windows refuses (CON)"),
            .error("content/stories/phu-nu.md", 3, "slug 'aux' \(Self.device) (AUX): thư mục 'aux' của cổng sẽ không chép được "
                   + "vào thư mục dùng chung của Windows, trang bị bỏ lại; hãy ghi 'slug:' khác"),
            .error("content/stories/phu-nu.md", 4, "chủ đề 'nul' \(Self.device) (NUL)"),
            .error("content/branches/lpt1.yaml", 1, "mã chi bộ 'lpt1' \(Self.device) (LPT1): thư mục 'lpt1' của cổng sẽ không "
                   + "chép được vào thư mục dùng chung của Windows, trang bị bỏ lại; hãy đổi tên tệp"),
        ])
    }

    func testANameThatOnlyBeginsWithADevicesNameIsTaken() throws {
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [
            "content/stories/con.md": story("title: Con đường nông thôn mới\ntags: [Con người, aux-1]"),
        ]))
        assertDiagnostics(loaded, [])
    }

    /// A site's own theme files are copied to the portal's assets: one named as a device, or in
    /// a folder so named, is an error naming it (a folder once for all its files), told with the
    /// content's errors. A template, which is not copied, and a name that only begins with a
    /// device's are not.
    func testThemeFilesAndFoldersThatWindowsKeepsForADeviceAreErrorsToldWithTheContentsOnes() throws {
        let built = try BuiltSite.build(changes: [
            "templates/con.css": "body { color: #000; }\n",
            "templates/anh/Aux.png": "PNG",
            "templates/nul/a.css": "a { color: #000; }\n",
            "templates/nul/b.css": "b { color: #000; }\n",
            "templates/console.css": "p { color: #000; }\n",
            "templates/partials/prn.mustache": "<p>Ấp Bình Minh</p>\n",
            "content/stories/con.md": story("title: Con"),
        ])
        XCTAssertFalse(built.report.succeeded)
        assertDiagnostics(built.report.diagnostics, [
            .error("content/stories/con.md", 2, "slug 'con' \(Self.device) (CON)"),
            .error("templates/con.css", 0, "tên tệp 'con.css' \(Self.device) (CON): tệp này của giao diện sẽ không chép được vào "
                   + "thư mục dùng chung của Windows, các trang mất nó; hãy đổi tên tệp (và tên ghi trong các mẫu), ví dụ "
                   + "'tep-con.css', không dùng CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9 / the file 'con.css' of the theme has a "
                   + "name Windows refuses: CON is a device's name; it could not be copied to a Windows share"),
            .error("templates/anh/Aux.png", 0, "tên tệp 'Aux.png' \(Self.device) (AUX)"),
            .error("templates/nul", 0, "tên thư mục 'nul' \(Self.device) (NUL): thư mục này của giao diện sẽ không chép được"),
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: built.output.path), "nothing built")
    }

    /// A site's own theme file or folder whose name holds a character Windows refuses or ends
    /// in a dot, or that differs from another theme file only in case (two of the site's, or one
    /// of the site's beside a built-in one), is an error naming it: Explorer leaves it behind or
    /// copies one over the other. A site's file that replaces a built-in one is not.
    func testThemeFilesThatWindowsRefusesOrTakesForAnotherAreErrors() throws {
        let built = try BuiltSite.build(changes: [
            "templates/logo: mới.png": "PNG",
            "templates/anh./a.png": "PNG",
            "templates/Logo.png": "PNG",
            "templates/logo.png": "PNG",
            "templates/Style.css": "body { color: #000; }\n",
            "templates/content.css": "p { color: #111; }\n",
        ])
        XCTAssertFalse(built.report.succeeded)
        assertDiagnostics(built.report.diagnostics, [
            .error("templates/logo: mới.png", 0, "tên tệp 'logo: mới.png' có ':': tệp này của giao diện sẽ không chép được vào "
                   + "thư mục dùng chung của Windows, các trang mất nó; hãy đổi tên tệp (và tên ghi trong các mẫu), ví dụ "
                   + "'logo-moi.png' / the file 'logo: mới.png' of the theme has a name Windows refuses: it holds ':'"),
            .error("templates/anh.", 0, "tên thư mục 'anh.' kết thúc bằng dấu chấm hoặc dấu cách: thư mục này của giao diện"),
            .error("templates/logo.png", 0, "tên tệp chỉ khác 'templates/Logo.png' ở chữ hoa, chữ thường: Windows coi là một "
                   + "tệp, khi chép tệp này của giao diện thay mất tệp kia, các trang mất nó; hãy đổi tên tệp (và tên ghi trong "
                   + "các mẫu) / the theme's file differs from 'templates/Logo.png' only in case"),
            .error("templates/Style.css", 0, "tên tệp chỉ khác 'style.css' của giao diện có sẵn ở chữ hoa, chữ thường"),
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: built.output.path), "nothing built")
    }

    func testAUnitIdThatWindowsKeepsForADeviceIsAnErrorOnItsLine() throws {
        let district = try DistrictFixture.prepare(for: self, changes: [
            "site.yaml": DistrictFixture.siteYAML(thirdUnit: "- { id: com1, path: ./xa-c/ }"),
        ])
        let loaded = PortalLoader.load(root: district.root)
        let errors = loaded.diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
        XCTAssertTrue(errors.contains(
            "site.yaml:8: error: mã đơn vị 'com1' \(Self.device) (COM1): thư mục 'com1' của cổng sẽ không chép được vào thư mục "
            + "dùng chung của Windows, trang bị bỏ lại; hãy đổi mã đơn vị, không dùng CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9 "
            + "/ the unit id 'com1' is a device's name Windows refuses (COM1): its folder could not be copied to a Windows share; "
            + "change the unit's id"), errors.joined(separator: "\n"))
    }
}
