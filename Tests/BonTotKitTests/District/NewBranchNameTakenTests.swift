@testable import BonTotKit
import Foundation
import XCTest

/// `bontot new branch --name "Chi bộ ấp Một" --site xa-a`, run by a district's clerk for a commune
/// branch that is there already as `ap-1.yaml`: it wrote `chi-bo-ap-mot.yaml`, a twin that showed
/// the branch twice and made the commune's score sheet, naming the branch by its name, an error.
/// It is refused, naming the file that has the name; `--id` still makes another branch of it.
final class NewBranchNameTakenTests: XCTestCase {
    private func refusal(_ content: NewContent, in site: IncrementalSite) -> NewContent.Refusal? {
        do {
            try content.write(siteRoot: site.url("xa-a"), siteFolder: "xa-a/")
            return nil
        } catch let refusal as NewContent.Refusal {
            return refusal
        } catch {
            XCTFail("\(error)")
            return nil
        }
    }

    func testABranchNamedAsOneThereIsRefused() throws {
        let site = try DistrictFixture.prepare(for: self)
        for name in ["Chi bộ ấp Một", "ấp một", "CHI BỘ ẤP MỘT"] {
            let refused = refusal(.branch(name: name, id: nil, kind: .khuDanCu), in: site)
            XCTAssertEqual(refused?.existingFile, "xa-a/content/branches/ap-1.yaml", name)
            XCTAssertTrue(refused?.description.hasPrefix("đã có chi bộ 'Chi bộ ấp Một' (xa-a/content/branches/ap-1.yaml, mã 'ap-1'); "
                                                         + "không tạo thêm một hồ sơ cùng tên.") ?? false, refused?.description ?? name)
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: site.url("xa-a/content/branches").path).sorted()
        XCTAssertEqual(written, ["ap-1.yaml", "ap-2.yaml"], "no twin written")
    }

    func testAnotherBranchOfTheSameNameIsMadeWithItsId() throws {
        let site = try DistrictFixture.prepare(for: self)
        XCTAssertNil(refusal(.branch(name: "Chi bộ ấp Một", id: "ap-mot-moi", kind: .khuDanCu), in: site))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.url("xa-a/content/branches/ap-mot-moi.yaml").path))
        XCTAssertNil(refusal(.branch(name: "Chi bộ ấp Ba", id: nil, kind: .khuDanCu), in: site), "a new name is made as before")
    }

    /// `ap-1.yaml` saved by Notepad as "Unicode" (UTF-16 with its mark, CRLF), which a build reads:
    /// its name was not read, and the twin was written.
    func testABranchFileInUTF16IsReadForItsName() throws {
        let site = try DistrictFixture.prepare(for: self)
        let file = site.url("xa-a/content/branches/ap-1.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
        try (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!).write(to: file)

        let refused = refusal(.branch(name: "Chi bộ ấp Một", id: nil, kind: .khuDanCu), in: site)
        XCTAssertEqual(refused?.existingFile, "xa-a/content/branches/ap-1.yaml")
        let written = try FileManager.default.contentsOfDirectory(atPath: site.url("xa-a/content/branches").path).sorted()
        XCTAssertEqual(written, ["ap-1.yaml", "ap-2.yaml"], "no twin written")
    }
}
