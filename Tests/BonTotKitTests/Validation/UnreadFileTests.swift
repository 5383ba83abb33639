@testable import BonTotKit
import XCTest

/// What an editor leaves beside the file being edited is no content a clerk dropped in the wrong
/// place: no "tệp không được đọc" warning for it, one kind at a time; a file of another kind among
/// the minutes is still named, and `bontot convert`'s `.orig` still left alone.
final class UnreadFileTests: XCTestCase {
    private func warning(_ path: String, folder: String = "content/minutes") -> Diagnostic? {
        UnreadFile.diagnostic(path: path, folder: folder, extensions: ["md"])
    }

    func testABackupEndingInATildeIsLeftAlone() {
        XCTAssertNil(warning("content/minutes/2024-09-05-cb01.md~"))
        XCTAssertNil(UnreadFile.diagnostic(path: "content/branches/ap-1.yaml~", folder: "content/branches", extensions: ["yaml", "yml", "md"]))
    }

    func testABakBackupIsLeftAlone() {
        XCTAssertNil(warning("content/minutes/2024-09-05-cb01.md.bak"))
        XCTAssertNil(warning("content/minutes/2024/2024-09-05-cb01.MD.BAK"))
    }

    func testAnEmacsAutosaveIsLeftAlone() {
        XCTAssertNil(warning("content/minutes/#2024-09-05-cb01.md#"))
    }

    func testAVimSwapFileIsLeftAlone() {
        XCTAssertNil(warning("content/minutes/2024-09-05-cb01.md.swp"))
        XCTAssertNil(warning("content/minutes/2024-09-05-cb01.md.swo"))
    }

    /// Word and LibreOffice write a temporary file beside the document they save (a scores
    /// workbook in `content/evaluations/`, edited where it lies), left there by a slow save on a
    /// shared folder or a crash.
    func testTheTemporaryFilesOfASaveAreLeftAlone() {
        for name in ["~WRL0001.tmp", "~WRD0000.tmp", "A1B2C3D4.tmp", "lu4f2a9c.tmp", "LU4F2A9C.TMP"] {
            XCTAssertNil(UnreadFile.diagnostic(path: "content/evaluations/" + name, folder: "content/evaluations",
                                               extensions: ["csv", "xlsx", "yaml"]), name)
        }
    }

    /// Excel's temporary file of a save has no extension: eight hexadecimal digits in capitals.
    /// A name of digits alone, or not of eight, may be a clerk's file without its extension, and
    /// is still named.
    func testTheTemporaryFileOfAnExcelSaveIsLeftAlone() {
        let folder = "content/evaluations"
        for name in ["8F3A1B20", "0000000A"] {
            XCTAssertNil(UnreadFile.diagnostic(path: "\(folder)/" + name, folder: folder, extensions: ["csv", "xlsx"]), name)
        }
        for name in ["20240915", "8F3A1B2", "8F3A1B200", "8f3a1b20", "8F3A1B2G"] {
            XCTAssertNotNil(UnreadFile.diagnostic(path: "\(folder)/" + name, folder: folder, extensions: ["csv", "xlsx"]), name)
        }
    }

    func testOfficeLockFilesAndExplorersFilesAreLeftAloneInAnyCase() {
        for path in ["content/minutes/~$2024-09-05-cb01.docx", "content/minutes/Thumbs.db", "content/minutes/2024/THUMBS.DB",
                     "content/minutes/desktop.ini", "content/minutes/Desktop.INI"] {
            XCTAssertNil(warning(path), path)
        }
    }

    func testOtherFilesAreStillNamedAndConvertsOriginalStillLeftAlone() {
        XCTAssertNil(warning("content/minutes/2024-09-05-cb01.md.orig"))
        for path in ["content/minutes/2024-09-05-cb01.txt", "content/minutes/#2024-09-05-cb01.md", "content/minutes/2024-09-05-cb01.md.old",
                     "content/minutes/~2024-09-05-cb01.md.docx"] {
            XCTAssertEqual(warning(path)?.message.hasPrefix("tệp không được đọc"), true, path)
        }
    }
}

/// A file that is not text among the content (a photo, a PDF, a zip) is named alone, as an
/// Office document is: `anh-1.jpg:1` sent the clerk to look for a first line in a photo. A text
/// file (`.txt`, an SVG picture) keeps its line. Each is told where it belongs.
final class UnreadBinaryFileTests: XCTestCase {
    private func printed(_ path: String, folder: String, siteFolder: String = "") -> String? {
        UnreadFile.diagnostic(path: path, folder: folder, extensions: ["md"], siteFolder: siteFolder)?.description
    }

    func testAPhotoAmongTheMinutesIsNamedAloneAndSentToTheMedia() throws {
        let line = try XCTUnwrap(printed("content/minutes/2025/ap-1.jpg", folder: "content/minutes"))
        XCTAssertTrue(line.hasPrefix("content/minutes/2025/ap-1.jpg: warning: tệp không được đọc"), line)
        XCTAssertTrue(line.contains("ảnh hãy chuyển vào content/media, rồi chèn ![mô tả ảnh](media/ap-1.jpg)"), line)
        let unit = try XCTUnwrap(printed("content/stories/ANH-1.JPG", folder: "content/stories", siteFolder: "../xa-a/"))
        XCTAssertTrue(unit.hasPrefix("content/stories/ANH-1.JPG: warning:"), unit)
        XCTAssertTrue(unit.contains("chuyển vào ../xa-a/content/media, rồi ghi 'image: media/ANH-1.JPG'"), unit)
    }

    func testAPDFAndAZipAreNamedAloneATextFileKeepsItsLine() throws {
        for path in ["content/stories/bao-cao.pdf", "content/stories/anh.zip", "content/stories/bai.docx", "content/stories/diem.xlsx",
                     "content/stories/anh-tai-ve.jfif", "content/stories/IMG_0001.HEIC"] {
            XCTAssertEqual(printed(path, folder: "content/stories")?.hasPrefix("\(path): warning:"), true, path)
        }
        let word = try XCTUnwrap(printed("content/stories/bai.docx", folder: "content/stories", siteFolder: "../xa-a/"))
        XCTAssertTrue(word.contains("'bontot new story --title \"…\" --site ../xa-a'"), word)
        XCTAssertTrue(printed("content/stories/bao-cao.pdf", folder: "content/stories")?
            .contains("rồi ghi liên kết [bao-cao.pdf](media/bao-cao.pdf) trong nội dung") == true)
        for path in ["content/stories/bai.txt", "content/stories/hinh.svg"] {
            XCTAssertEqual(printed(path, folder: "content/stories")?.hasPrefix("\(path):1: warning:"), true, path)
        }
    }

    /// A phone's HEIC photo, an AVIF saved from a browser or a scanner's TIFF is told to be saved as JPG before it
    /// goes to the media (most browsers and the printed bulletin cannot show it), and the line to
    /// link it names the JPG; a JPG is only moved.
    func testAPhotoFewBrowsersShowIsToBeSavedAsJPGFirst() throws {
        let phone = try XCTUnwrap(printed("content/stories/IMG_0001.HEIC", folder: "content/stories"))
        XCTAssertTrue(phone.contains("ảnh .heic đa số trình duyệt và bản tin in không hiển thị được: hãy lưu lại thành ảnh JPG "
            + "(IMG_0001.jpg) và chuyển vào content/media, rồi ghi 'image: media/IMG_0001.jpg'"), phone)
        let downloaded = try XCTUnwrap(printed("content/minutes/2025/anh hop.avif", folder: "content/minutes", siteFolder: "../xa-a/"))
        XCTAssertTrue(downloaded.contains("lưu lại thành ảnh JPG (anh hop.jpg) và chuyển vào ../xa-a/content/media, "
            + "rồi chèn ![mô tả ảnh](<media/anh hop.jpg>)"), downloaded)
        let scanned = try XCTUnwrap(printed("content/branches/ap-1.TIF", folder: "content/branches"))
        XCTAssertTrue(scanned.contains("ảnh .tif đa số trình duyệt và bản tin in không hiển thị được: hãy lưu lại thành ảnh JPG "
            + "(ap-1.jpg) và chuyển vào content/media, rồi ghi 'photo: media/ap-1.jpg'"), scanned)
        let jpg = try XCTUnwrap(printed("content/branches/ap-1.jpg", folder: "content/branches"))
        XCTAssertTrue(jpg.contains("; ảnh hãy chuyển vào content/media, rồi ghi 'photo: media/ap-1.jpg'"), jpg)
        XCTAssertFalse(jpg.contains("JPG"), jpg)
    }

    /// A photo saved with no extension (`IMG_2024`, as Zalo or a browser may save it) is told by
    /// its first bytes: named alone, told to be renamed `IMG_2024.jpg`, then sent to the media as a
    /// photo (it was `IMG_2024:1` with no advice); a text with no extension keeps its line.
    func testAFileWithNoExtensionIsToldByItsFirstBytes() throws {
        let photo = try XCTUnwrap(UnreadFile.diagnostic(path: "content/stories/IMG_2024", folder: "content/stories", extensions: ["md"],
                                                        siteFolder: "xa-a/", head: [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10])?.description)
        XCTAssertTrue(photo.hasPrefix("content/stories/IMG_2024: warning:"), photo)
        XCTAssertTrue(photo.contains("tệp không có đuôi nhưng là tệp .jpg: hãy đổi tên thành IMG_2024.jpg; ảnh hãy chuyển vào "
            + "xa-a/content/media, rồi ghi 'image: media/IMG_2024.jpg'"), photo)
        let pdf = try XCTUnwrap(UnreadFile.diagnostic(path: "content/minutes/to-trinh", folder: "content/minutes", extensions: ["md"],
                                                      head: Array("%PDF-1.7".utf8))?.description)
        XCTAssertTrue(pdf.contains("hãy đổi tên thành to-trinh.pdf; tệp đính kèm hãy chuyển vào content/media"), pdf)
        let text = try XCTUnwrap(UnreadFile.diagnostic(path: "content/stories/ghi-chu", folder: "content/stories", extensions: ["md"],
                                                       head: Array("Ghi chú".utf8))?.description)
        XCTAssertTrue(text.hasPrefix("content/stories/ghi-chu:1: warning:"), text)
        XCTAssertFalse(text.contains("đổi tên"), text)
    }
}
