import BonTotKit
import Foundation
import XCTest

/// A commune's own media folder or theme file named as Windows refuses, built in the district:
/// copied into the district's portal under the unit's folder, Explorer leaves it behind as it
/// would the commune's own portal's; told once, the file or folder named from the district
/// (`xa-a/content/media/aux`), as the district's clerk runs bontot.
final class UnitWindowsFileNameTests: XCTestCase {
    func testACommunesMediaFolderAndThemeFileWindowsRefusesAreToldFromTheDistrict() throws {
        let (_, report) = try DistrictFixture.build(for: self, changes: [
            "xa-a/content/media/aux/anh-1.svg": MediaFixture.picture,
            "xa-a/content/media/aux/anh-2.svg": MediaFixture.picture,
            "xa-b/templates/logo?.png": "PNG",
        ])
        XCTAssertFalse(report.succeeded)
        XCTAssertEqual(report.diagnostics.sorted.filter { $0.message.contains("Windows") }.map(\.description), [
            "xa-a/content/media/aux: warning: tên thư mục 'aux' là tên thiết bị mà Windows dành riêng (AUX), Windows không chép "
            + "được thư mục này và 2 tệp trong đó vào thư mục dùng chung; hãy đổi tên, ví dụ 'thu-muc-aux', và sửa các đường "
            + "dẫn tới các tệp đó / Windows refuses the folder's name: AUX is a device's name; its 2 files would be left behind",
            "xa-b/templates/logo?.png: error: tên tệp 'logo?.png' có '?': tệp này của giao diện sẽ không chép được vào thư mục "
            + "dùng chung của Windows, các trang mất nó; hãy đổi tên tệp (và tên ghi trong các mẫu), ví dụ 'logo.png' / the "
            + "file 'logo?.png' of the theme has a name Windows refuses: it holds '?'; it could not be copied to a Windows "
            + "share; rename it (and where the templates name it)",
        ])
    }
}
