import BonTotKit
import Foundation
import XCTest

/// A photo kept in a folder named in full by a clerk, its own name long too, has a path in the
/// portal that Windows cannot hold once `output/` is copied to a shared folder (259 characters,
/// 60 of them left for the share and the portal above): Explorer leaves it behind. A warning on
/// the file says how long the path is and by how much to shorten it, measured from the root of
/// the portal being built, a unit's folders (`don-vi/xa-a/`) counted.
final class MediaPathOnWindowsShareTests: XCTestCase {
    private static let folder = "Hội nghị tổng kết năm 2024"

    /// The path from `content/` of a photo whose copy at the root of a portal is `length`
    /// characters long (`media/…`).
    private static func photo(_ length: Int) -> String {
        let name = "Ảnh đoàn chủ tịch " + String(repeating: "a", count: length - "media/".count - folder.count - 1 - 22) + ".svg"
        let path = "media/\(folder)/\(name)"
        precondition(path.utf16.count == length)
        return path
    }

    func testAPhotoWhosePathPassesWhatAWindowsShareHoldsIsWarnedWithHowMuchToShorten() throws {
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [
            "content/" + Self.photo(205): MediaFixture.picture,
            "content/" + Self.photo(199): MediaFixture.picture,
        ]))
        assertDiagnostics(loaded, [
            .warning("content/" + Self.photo(205), 1, "tệp media ở 'media/Hội nghị tổng kết năm 2024/Ảnh đoàn chủ tịch aaaaaaaaa…' "
                     + "trong cổng, đường dẫn dài 205 ký tự: chép vào thư mục dùng chung của Windows (\\\\server\\share\\Cong thong "
                     + "tin\\), trong cổng của cấp trên (don-vi\\<đơn vị>\\), đường dẫn sẽ vượt 259 ký tự Windows cho phép và tệp bị "
                     + "bỏ lại; hãy đặt tên tệp hoặc thư mục chứa nó ngắn hơn, bớt ít nhất 6 ký tự / the media file's path in the "
                     + "portal is 205 characters long"),
        ])
    }

    func testACommunesPhotoIsMeasuredFromTheDistrictThroughItsUnitFolder() throws {
        let (_, report) = try DistrictFixture.build(for: self, changes: ["xa-a/content/" + Self.photo(195): MediaFixture.picture])
        XCTAssertEqual(report.diagnostics.sorted.filter { $0.message.contains("Windows") }.map(\.description), [
            "xa-a/content/\(Self.photo(195)):1: warning: tệp media ở 'don-vi/xa-a/media/Hội nghị tổng kết năm 2024/Ảnh đoàn chủ tị…' "
            + "trong cổng, đường dẫn dài 207 ký tự: chép vào thư mục dùng chung của Windows (\\\\server\\share\\Cong thong tin\\), "
            + "trong cổng của cấp trên (don-vi\\<đơn vị>\\), đường dẫn sẽ vượt 259 ký tự Windows cho phép và tệp bị bỏ lại; hãy "
            + "đặt tên tệp hoặc thư mục chứa nó ngắn hơn, bớt ít nhất 8 ký tự / the media file's path in the portal is 207 "
            + "characters long: under a Windows share, inside the portal above, it would pass Windows' limit; shorten its name "
            + "or its folder's by 8 characters at least",
        ])
    }
}
