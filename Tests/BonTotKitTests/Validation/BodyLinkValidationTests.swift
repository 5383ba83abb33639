import BonTotKit
import Foundation
import XCTest

/// SPEC §6: no path in the content may lead out of the site, and that holds for the links and
/// images written in Markdown bodies too, not only for front-matter fields.
final class BodyLinkValidationTests: XCTestCase {
    private let story = """
        ---
        title: Ấp Bình Minh hiến đất làm đường
        slug: binh-minh-hien-dat
        kind: tap-the
        branch: binh-minh
        date: 2024-08-15
        summary: Hai mươi hộ tự nguyện hiến 1.200 m² đất.
        ---
        Con đường liên ấp nay đã rộng 5 mét ([báo tỉnh](https://baotinh.vn/bai-1), [thư](mailto:vp@xa.vn)).

        ![Con đường mới](media/ap-bac.svg)

        ![Lễ khánh thành](media/khanh-thanh.jpg)

        Xem [hồ sơ](../../site.yaml) và ![máy chủ](/etc/hostname), [bản gốc](file:///C:/Users/vp/bai.docx),
        [trang khác](chi-bo/binh-minh/).

        """

    func testEveryLinkAndImageOfABodyIsCheckedWithItsLine() throws {
        let built = try BuiltSite.build(changes: ["content/stories/hien-dat.md": story])
        XCTAssertFalse(built.report.succeeded, "a body that leads out of the site fails the build")
        let errors = built.report.diagnostics.sorted.filter { $0.severity == .error }
        let lines = errors.map { "\($0.location.file):\($0.location.line): \($0.message)" }
        func expect(line: Int, _ words: String) {
            XCTAssertTrue(errors.contains { $0.location.file == "content/stories/hien-dat.md" && $0.location.line == line && $0.message.contains(words) },
                          "expected at line \(line): \(words)\n\(lines.joined(separator: "\n"))")
        }
        expect(line: 13, "media/khanh-thanh.jpg")
        expect(line: 15, "../../site.yaml")
        expect(line: 15, "/etc/hostname")
        expect(line: 15, "file:///C:/Users/vp/bai.docx")
        expect(line: 16, "chi-bo/binh-minh/")
        XCTAssertEqual(errors.count, 5, lines.joined(separator: "\n"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: built.output.path), "nothing is written")
    }

    func testWebAddressesAndPresentMediaPassAndTheImageIsPublished() throws {
        let fine = story.components(separatedBy: "\n").prefix(12).joined(separator: "\n") + "\n"
        let built = try BuiltSite.build(changes: ["content/stories/hien-dat.md": fine])
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let page = built.page("guong-dien-hinh/binh-minh-hien-dat/index.html")
        XCTAssertTrue(page.contains("src=\"../../media/ap-bac.svg\""), "the body's image is linked relative to the page")
        XCTAssertTrue(page.contains("href=\"https://baotinh.vn/bai-1\""))
        XCTAssertTrue(FileManager.default.fileExists(atPath: built.output.appending(path: "media/ap-bac.svg").path))
    }
}
