import BonTotKit
import Foundation
import XCTest

/// Photos named as a clerk names them in Windows Explorer, with spaces and Vietnamese letters
/// (`Ảnh đại hội.svg`): a body's link to one written plainly is refused with the line to write,
/// since Markdown would leave it as text on the page; every link to one is percent-encoded and
/// leads to the published file on a web server, whose bytes it must match, even when the file's
/// name spells its letters decomposed and the story precomposed. A name that Windows refuses
/// or takes for another file's is warned about, with the name to give it.
final class MediaNamedByAClerkTests: XCTestCase {
    func testAPictureWhoseNameHasSpacesWrittenPlainlyIsRefusedWithTheLineToWrite() throws {
        let path = "content/stories/hien-dat.md"
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [
            "content/media/Ảnh đại hội.svg": MediaFixture.picture,
            path: MediaFixture.story(body: """
                Ảnh: ![Đại hội](media/Ảnh đại hội.svg "Đại hội chi bộ")

                Xem [biên bản](../media/Biên bản họp (lần 2).pdf), và `![mã](media/a b.svg)` trong mã.
                """),
        ]))
        assertDiagnostics(loaded, [
            .error(path, 8, "ảnh 'media/Ảnh đại hội.svg' trong bài có dấu cách nên không thành ảnh, trang sẽ hiện nguyên dòng chữ; "
                   + "hãy ghi đường dẫn trong dấu <>: '(<media/Ảnh đại hội.svg>)', hoặc đổi tên tệp thành 'anh-dai-hoi.svg'"),
            .error(path, 10, "liên kết '../media/Biên bản họp (lần 2).pdf' trong bài có dấu cách nên không thành liên kết, "
                   + "trang sẽ hiện nguyên dòng chữ; hãy ghi đường dẫn trong dấu <>: '(<media/Biên bản họp (lần 2).pdf>)', "
                   + "hoặc đổi tên tệp thành 'bien-ban-hop-lan-2.pdf'"),
            .error(path, 10, "không tìm thấy tệp 'media/Biên bản họp (lần 2).pdf' trong content/"),
        ])
    }

    func testAPictureWhoseNameHasSpacesWrittenInAngleBracketsIsShown() throws {
        let built = try BuiltSite.build(changes: [
            "content/media/Ảnh đại hội.svg": MediaFixture.picture,
            "content/stories/hien-dat.md": MediaFixture.story(body: "![Đại hội](<media/Ảnh đại hội.svg>)"),
        ])
        XCTAssertTrue(built.report.succeeded, built.report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        let page = built.page("guong-dien-hinh/hien-dat/index.html")
        XCTAssertTrue(page.contains("<img src=\"../../media/%E1%BA%A2nh%20%C4%91%E1%BA%A1i%20h%E1%BB%99i.svg\" alt=\"Đại hội\" />"), page)
        XCTAssertEqual(built.bytes("media/Ảnh đại hội.svg"), Array(MediaFixture.picture.utf8))
    }

    func testAFrontMatterPictureWithASpaceAndAHashInItsNameIsLinkedEncodedToItsFile() throws {
        let built = try BuiltSite.build(changes: [
            "content/media/Ảnh #1 đại hội.svg": MediaFixture.picture,
            "content/stories/hien-dat.md": MediaFixture.story(body: "Nội dung.", image: "\"media/Ảnh #1 đại hội.svg\""),
        ])
        XCTAssertTrue(built.report.succeeded, built.report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        let page = built.page("guong-dien-hinh/hien-dat/index.html")
        XCTAssertTrue(page.contains("src=\"../../media/%E1%BA%A2nh%20%231%20%C4%91%E1%BA%A1i%20h%E1%BB%99i.svg\""), page)
        assertMediaLinksLead(to: "media/Ảnh #1 đại hội.svg", in: built, pages: ["guong-dien-hinh/hien-dat/index.html", "guong-dien-hinh/index.html"])
    }

    /// A `#` in a body's address before the name's extension is the clerk's file name, not an
    /// anchor: linked as `%23`, as `image:` is, where before it pointed at `media/anh` (no such file).
    func testABodyPictureAndLinkWhoseNamesHoldAHashAreLinkedEncodedToTheirFiles() throws {
        let built = try BuiltSite.build(changes: [
            "content/media/anh#1.svg": MediaFixture.picture,
            "content/media/bien ban #2.pdf": "%PDF-1.4",
            "content/media/bao-cao.pdf": "%PDF-1.4",
            "content/stories/hien-dat.md": MediaFixture.story(body: """
                ![Ảnh](media/anh#1.svg) ![Ảnh từ tệp](../media/anh#1.svg)

                Xem [biên bản](<media/bien ban #2.pdf>) và [trang 3 của báo cáo](media/bao-cao.pdf#page=3).
                """),
        ])
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        let page = built.page("guong-dien-hinh/hien-dat/index.html")
        XCTAssertTrue(page.contains(#"<img src="../../media/anh%231.svg" alt="Ảnh" />"#), page)
        XCTAssertTrue(page.contains(#"<a href="../../media/bien%20ban%20%232.pdf">biên bản</a>"#), page)
        XCTAssertTrue(page.contains(#"<a href="../../media/bao-cao.pdf#page=3">trang 3 của báo cáo</a>"#),
                      "an anchor after the name's extension stays an anchor: \(page)")
        XCTAssertTrue(page.contains(#"<img src="../../media/anh%231.svg" alt="Ảnh từ tệp" />"#), page)
        assertMediaLinksLead(to: "media/anh#1.svg", in: built, pages: ["guong-dien-hinh/hien-dat/index.html"], count: 2)
        XCTAssertEqual(built.bytes("media/bien ban #2.pdf"), Array("%PDF-1.4".utf8))
    }

    /// A `#` after a dot is the clerk's file name too when the name's extension comes after it
    /// (`anh.goc#1.svg`, `bien.ban#2#3.pdf`), in a story's body and a minutes' body: the files
    /// are copied and linked as `%23`, where before they pointed at `media/anh.goc` (no such file).
    /// An anchor after the extension, or one that is no extension's (`#muc-1.2`), stays an anchor.
    func testABodyPictureAndLinkWhoseNamesHoldADotBeforeAHashAreLinkedEncodedToTheirFiles() throws {
        let minutes = "content/minutes/2024/ap-bac-2024-08.md"
        let written = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/" + minutes), encoding: .utf8)
        let built = try BuiltSite.build(changes: [
            "content/media/anh.goc#1.svg": MediaFixture.picture,
            "content/media/bien.ban#2#3.pdf": "%PDF-1.4",
            "content/media/bao-cao.pdf": "%PDF-1.4",
            "content/stories/hien-dat.md": MediaFixture.story(body: """
                ![Ảnh gốc](media/anh.goc#1.svg)

                Xem [biên bản](../media/bien.ban#2#3.pdf#page=2) và [mục 1.2 của báo cáo](media/bao-cao.pdf#muc-1.2).
                """),
            minutes: written + "\n![Ảnh buổi họp](../../media/anh.goc#1.svg)\n",
        ])
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        let story = built.page("guong-dien-hinh/hien-dat/index.html")
        XCTAssertTrue(story.contains(#"<img src="../../media/anh.goc%231.svg" alt="Ảnh gốc" />"#), story)
        XCTAssertTrue(story.contains(#"<a href="../../media/bien.ban%232%233.pdf#page=2">biên bản</a>"#), story)
        XCTAssertTrue(story.contains(#"<a href="../../media/bao-cao.pdf#muc-1.2">mục 1.2 của báo cáo</a>"#),
                      "an anchor that is no name's extension stays an anchor: \(story)")
        let meeting = built.page("sinh-hoat/ap-bac-2024-08/index.html")
        XCTAssertTrue(meeting.contains(#"<img src="../../media/anh.goc%231.svg" alt="Ảnh buổi họp" />"#), meeting)
        assertMediaLinksLead(to: "media/anh.goc#1.svg", in: built,
                             pages: ["guong-dien-hinh/hien-dat/index.html", "sinh-hoat/ap-bac-2024-08/index.html"])
        XCTAssertEqual(built.bytes("media/bien.ban#2#3.pdf"), Array("%PDF-1.4".utf8))
    }

    /// The same link written without `<…>`: refused for its spaces, with the whole name to write
    /// and to rename to, and not said to be missing.
    func testABodyLinkWithSpacesAndAHashWrittenPlainlyIsToldTheWholeNameToWrite() throws {
        let path = "content/stories/hien-dat.md"
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [
            "content/media/bien ban #2.pdf": "%PDF-1.4",
            path: MediaFixture.story(body: "Xem [biên bản](media/bien ban #2.pdf)."),
        ]))
        assertDiagnostics(loaded, [
            .error(path, 8, "liên kết 'media/bien ban #2.pdf' trong bài có dấu cách nên không thành liên kết, trang sẽ hiện nguyên "
                   + "dòng chữ; hãy ghi đường dẫn trong dấu <>: '(<media/bien ban #2.pdf>)', hoặc đổi tên tệp thành 'bien-ban-2.pdf'"),
        ])
    }

    func testAFileNamedWithDecomposedLettersIsPublishedPrecomposedAsTheStoryLinksIt() throws {
        let decomposed = "Ảnh họp chi bộ.svg".decomposedStringWithCanonicalMapping
        let precomposed = "Ảnh họp chi bộ.svg".precomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(decomposed.utf8), Array(precomposed.utf8))
        let built = try BuiltSite.build(changes: [
            "content/media/" + decomposed: MediaFixture.picture,
            "content/stories/hien-dat.md": MediaFixture.story(body: "![Họp chi bộ](<media/\(precomposed)>)", image: "media/" + precomposed),
        ])
        XCTAssertTrue(built.report.succeeded, built.report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(Self.exists(built.root.path + "/content/media/" + decomposed))
        XCTAssertFalse(Self.exists(built.root.path + "/content/media/" + precomposed))
        XCTAssertTrue(Self.exists(built.output.path + "/media/" + precomposed))
        XCTAssertFalse(Self.exists(built.output.path + "/media/" + decomposed))
        assertMediaLinksLead(to: "media/" + precomposed, in: built, pages: ["guong-dien-hinh/hien-dat/index.html", "guong-dien-hinh/index.html"],
                             count: 3)
    }

    func testACopyLeftDecomposedByAnEarlierBuildIsRemovedByTheNextCleanBuilds() throws {
        let decomposed = "Ảnh họp chi bộ.svg".decomposedStringWithCanonicalMapping
        let precomposed = "Ảnh họp chi bộ.svg".precomposedStringWithCanonicalMapping
        let built = try BuiltSite.build(changes: [
            "content/media/" + decomposed: MediaFixture.picture,
            "content/stories/hien-dat.md": MediaFixture.story(body: "Nội dung.", image: "media/" + precomposed),
        ])
        XCTAssertTrue(built.report.succeeded, built.report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        // As a bontot that copied the file under its own name published it.
        try Data(MediaFixture.picture.utf8).write(to: URL(fileURLWithPath: built.output.path + "/media/" + decomposed))
        XCTAssertTrue(Self.exists(built.output.path + "/media/" + decomposed))
        for _ in 1...2 {
            let report = SiteBuilder.build(BuildOptions(siteRoot: built.root, clean: true))
            XCTAssertTrue(report.succeeded, report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        }
        XCTAssertFalse(Self.exists(built.output.path + "/media/" + decomposed), "the two clean builds each made the output in the other's folder")
        XCTAssertTrue(Self.exists(built.output.path + "/media/" + precomposed))
    }

    func testMediaNamesThatWindowsRefusesOrTakesForAnotherAreWarnedWithTheNameToGive() throws {
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [
            "content/media/Biên bản: họp?.pdf": "%PDF-1.4",
            "content/media/Anh.svg": MediaFixture.picture,
            "content/media/anh.svg": MediaFixture.picture,
            "content/media/con.svg": MediaFixture.picture,
            "content/media/2024/Ảnh cuối năm.": MediaFixture.picture,
            "content/media/Ảnh đại hội.svg": MediaFixture.picture,
            "content/media/Sơ đồ.svg.": MediaFixture.picture,
        ]))
        assertDiagnostics(loaded, [
            .warning("content/media/Biên bản: họp?.pdf", 1, "tên 'Biên bản: họp?.pdf' có ':', Windows không chép được tệp này vào thư mục "
                     + "dùng chung; hãy đổi tên, ví dụ 'bien-ban-hop.pdf' / Windows refuses the name: it holds ':'"),
            .warning("content/media/anh.svg", 1, "tên tệp chỉ khác 'content/media/Anh.svg' ở chữ hoa, chữ thường: Windows coi là một tệp"),
            .warning("content/media/con.svg", 1, "tên 'con.svg' là tên thiết bị mà Windows dành riêng (CON), Windows không chép được "
                     + "tệp này vào thư mục dùng chung; hãy đổi tên, ví dụ 'tep-con.svg'"),
            .warning("content/media/2024/Ảnh cuối năm.", 1, "tên 'Ảnh cuối năm.' kết thúc bằng dấu chấm hoặc dấu cách"),
            // The name to give keeps the picture's extension.
            .warning("content/media/Sơ đồ.svg.", 1, "tên 'Sơ đồ.svg.' kết thúc bằng dấu chấm hoặc dấu cách, Windows không chép được "
                     + "tệp này vào thư mục dùng chung; hãy đổi tên, ví dụ 'so-do.svg'"),
        ])
    }

    /// A folder of `content/media/` named as Windows refuses (a device's name, a ':', a dot at its
    /// end) is left behind by Explorer with every photo in it: one warning on the folder, however
    /// many files it holds, with the folder's name to give; its files are not warned each.
    func testMediaFoldersThatWindowsRefusesAreWarnedOnceWithTheNameToGive() throws {
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [
            "content/media/aux/anh-1.svg": MediaFixture.picture,
            "content/media/aux/anh-2.svg": MediaFixture.picture,
            "content/media/aux/con.svg": MediaFixture.picture,
            "content/media/Hội nghị: 2024/Ảnh đại hội.svg": MediaFixture.picture,
            "content/media/2024/Tháng 9./anh.svg": MediaFixture.picture,
            "content/media/auxiliary/anh.svg": MediaFixture.picture,
        ]))
        assertDiagnostics(loaded, [
            .warning("content/media/aux", 0, "tên thư mục 'aux' là tên thiết bị mà Windows dành riêng (AUX), Windows không chép "
                     + "được thư mục này và 3 tệp trong đó vào thư mục dùng chung; hãy đổi tên, ví dụ 'thu-muc-aux', và sửa các "
                     + "đường dẫn tới các tệp đó / Windows refuses the folder's name: AUX is a device's name; its 3 files would "
                     + "be left behind"),
            .warning("content/media/Hội nghị: 2024", 0, "tên thư mục 'Hội nghị: 2024' có ':', Windows không chép được thư mục "
                     + "này và 1 tệp trong đó vào thư mục dùng chung; hãy đổi tên, ví dụ 'hoi-nghi-2024', và sửa các đường dẫn tới "
                     + "các tệp đó / Windows refuses the folder's name: it holds ':'; its file would be left behind"),
            .warning("content/media/2024/Tháng 9.", 0, "tên thư mục 'Tháng 9.' kết thúc bằng dấu chấm hoặc dấu cách"),
        ])
    }

    /// Two photos whose names are the same letters typed two ways (Unikey's "Unicode tổ hợp"
    /// and "Unicode dựng sẵn") are published under one precomposed name: the warning says so,
    /// and not that they differ in case.
    func testTwoMediaFilesNamedAlikeButSpeltWithOtherMarksAreWarnedAsOneName() throws {
        let precomposed = "Ảnh họp.svg".precomposedStringWithCanonicalMapping
        let decomposed = "Ảnh họp.svg".decomposedStringWithCanonicalMapping
        let root = try BuiltSite.prepare("portal", changes: ["content/media/" + precomposed: MediaFixture.picture])
        try MediaFixture.picture.write(to: root.appending(path: "content/media/" + decomposed), atomically: true, encoding: .utf8)
        let files = try FileManager.default.contentsOfDirectory(atPath: root.appending(path: "content/media").path)
        XCTAssertEqual(files.filter { $0.hasSuffix("họp.svg") }.count, 2, "two files on disk")
        // Either is told, naming the other: Swift orders the two spellings as one.
        assertDiagnostics(SiteLoader.load(root: root), [
            .warning("content/media/" + precomposed, 1, "nhưng gõ dấu kiểu khác (Unicode tổ hợp / dựng sẵn): cổng ghi hai tệp vào "
                     + "cùng một tên, tệp chép sau thay mất tệp kia; hãy đổi tên một tệp"),
        ])
    }

    /// Asserts that `pages` link `count` times in all to the output's `file` (links to the
    /// fixture's own picture aside), each link leading
    /// to its bytes as a web server finds them: the link's escapes undone, from the page's folder.
    private func assertMediaLinksLead(to file: String, in built: BuiltSite, pages: [String], count: Int = 2,
                                      line: UInt = #line) {
        var found = 0
        for page in pages {
            let html = built.page(page)
            for link in html.components(separatedBy: "src=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) })
            where link.contains("media/") && !link.contains("media/ap-bac") {
                found += 1
                let folder = page.split(separator: "/").dropLast()
                var parts = Array(folder.map(String.init))
                for name in (link.removingPercentEncoding ?? link).split(separator: "/") {
                    if name == ".." { parts.removeLast() } else { parts.append(String(name)) }
                }
                XCTAssertEqual(Array(parts.joined(separator: "/").utf8), Array(file.utf8), "\(page): \(link)", line: line)
                XCTAssertTrue(Self.exists(built.output.path + "/" + parts.joined(separator: "/")), "\(page): \(link)", line: line)
            }
        }
        XCTAssertEqual(found, count, line: line)
    }

    /// True when a file is at `path`, its bytes as they are (no normalization on the way).
    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return path.withCString { stat($0, &info) } == 0
    }
}
