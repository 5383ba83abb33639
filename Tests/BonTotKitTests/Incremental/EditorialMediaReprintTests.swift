import BonTotKit
import Foundation
import XCTest

/// A photo or file the month's editorial shows, however the editor spelled its address
/// (`BodyAddress`: escapes, `<…>`, `../media/…`, reference-style, an anchor), is one the
/// bulletin is printed with: replacing it under the same name prints that bulletin's PDF again
/// (and only that one), and `bontot build --month` writes its new bytes into the output.
final class EditorialMediaReprintTests: XCTestCase {
    private static let editorial = "content/bulletins/2024-09.md"
    private static let bulletin = "ban-tin/2024-09/index.html"
    private static let pdf = "ban-tin/2024-09/ban-tin-2024-09.pdf"
    private static let otherPDF = "ban-tin/2024-08/ban-tin-2024-08.pdf"

    /// One way an editor writes a media file into the editorial: the Markdown added to its body,
    /// and the file it names (its path from `content/`).
    struct Spelling {
        let markdown: String
        let file: String
    }

    /// A photo named with a `#` by a clerk, linked as a Markdown editor escapes it.
    static let escapedHash = Spelling(markdown: "![Ảnh gốc](media/anh.goc%231.jpg)", file: "media/anh.goc#1.jpg")
    /// A photo named with spaces, its path in `<…>` as SPEC §1 says to write it.
    static let inAngleBrackets = Spelling(markdown: "![Đại hội](<media/Ảnh đại hội.jpg>)", file: "media/Ảnh đại hội.jpg")
    /// From the editorial's own folder, spaces escaped, as Typora or VS Code insert a picture.
    static let fromTheFile = Spelling(markdown: "![Kết nạp](../media/%E1%BA%A2nh%20k%E1%BA%BFt%20n%E1%BA%A1p.jpg)",
                                      file: "media/Ảnh kết nạp.jpg")
    /// A reference-style picture, its definition in `<…>` with a title.
    static let referenceStyle = Spelling(markdown: "![Lễ kết nạp][le-ket-nap]\n\n[le-ket-nap]: <media/Lễ kết nạp.jpg> \"Lễ kết nạp\"",
                                         file: "media/Lễ kết nạp.jpg")
    /// A report linked at an anchor whose name holds a dot.
    static let withAnAnchor = Spelling(markdown: "[Báo cáo](media/bao-cao.pdf#chuong.hai)", file: "media/bao-cao.pdf")
    /// Plain spellings the bulletin's media were found by before they were read as the page reads them.
    static let plainFromTheFile = Spelling(markdown: "![Lễ](../media/anh-le.jpg)", file: "media/anh-le.jpg")
    static let plainReference = Spelling(markdown: "![Hội nghị][hoi-nghi]\n\n[hoi-nghi]: media/hoi-nghi.jpg", file: "media/hoi-nghi.jpg")

    /// A photo in raw HTML, on a site that keeps it (`allow_html: true`), from the editorial's folder.
    static let inRawHTML = Spelling(markdown: "<figure><img src=\"../media/anh-tho.jpg\" alt=\"\"></figure>", file: "media/anh-tho.jpg")

    static let all = [escapedHash, inAngleBrackets, fromTheFile, referenceStyle, withAnAnchor, plainFromTheFile, plainReference]

    func testAPhotoLinkedWithAnEscapedHashPrintsTheBulletinAgain() throws { try assertReprinted(Self.escapedHash) }
    func testAPhotoLinkedInAngleBracketsPrintsTheBulletinAgain() throws { try assertReprinted(Self.inAngleBrackets) }
    func testAPhotoLinkedFromTheEditorialsFolderPrintsTheBulletinAgain() throws { try assertReprinted(Self.fromTheFile) }
    func testAPhotoLinkedByReferencePrintsTheBulletinAgain() throws { try assertReprinted(Self.referenceStyle) }
    func testAReportLinkedAtAnAnchorPrintsTheBulletinAgain() throws { try assertReprinted(Self.withAnAnchor) }
    func testAPhotoInRawHTMLPrintsTheBulletinAgain() throws { try assertReprinted(Self.inRawHTML, allowingHTML: true) }

    /// `bontot build --month 2024-09` after the editor replaced every file the editorial shows:
    /// the output holds each one's new bytes, which its page links.
    func testOneMonthWritesEveryFileTheEditorialShows() throws {
        let site = try IncrementalSite.make(for: self)
        try show(Self.all, in: site)
        let first = site.build()
        XCTAssertTrue(first.succeeded, first.problems)
        for spelling in Self.all { try site.write("content/" + spelling.file, Self.photo("mới \(spelling.file)")) }

        let month = SiteBuilder.build(BuildOptions(siteRoot: site.root, month: YearMonth(year: 2024, month: 9)))
        XCTAssertTrue(month.succeeded, month.problems)
        let tree = OutputTree(site.output)
        let linked = Set(LinkExtractor.links(in: tree.text(Self.bulletin) ?? "").compactMap { LinkExtractor.target($0, from: Self.bulletin) })
        for spelling in Self.all {
            XCTAssertTrue(linked.contains(spelling.file), "the bulletin does not link \(spelling.file) as \(spelling.markdown)")
            XCTAssertEqual(tree.files[spelling.file], Self.photo("mới \(spelling.file)"),
                           "--month left the old \(spelling.file), written \(spelling.markdown)")
        }
    }

    /// Builds the site with its editorial showing `spelling`'s file, replaces the file under the
    /// same name, builds again: September's PDF is printed again, August's kept. With
    /// `allowingHTML`, the site keeps raw HTML.
    private func assertReprinted(_ spelling: Spelling, allowingHTML: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws {
        let site = try IncrementalSite.make(for: self)
        if allowingHTML { try site.replace("allow_html: false", with: "allow_html: true", in: "site.yaml") }
        let engine = try site.fakePDFEngine()
        try show([spelling], in: site)
        let first = SiteBuilder.build(BuildOptions(siteRoot: site.root, pdf: true, pdfEngine: engine))
        XCTAssertTrue(first.succeeded, first.problems, file: file, line: line)
        let tree = OutputTree(site.output)
        let linked = LinkExtractor.links(in: tree.text(Self.bulletin) ?? "").compactMap { LinkExtractor.target($0, from: Self.bulletin) }
        XCTAssertTrue(linked.contains(spelling.file), "the bulletin does not link \(spelling.file)", file: file, line: line)
        let printed = try XCTUnwrap(BulletinReprintTests.inode(site.output, Self.pdf), file: file, line: line)
        let other = try XCTUnwrap(BulletinReprintTests.inode(site.output, Self.otherPDF), file: file, line: line)

        try site.write("content/" + spelling.file, Self.photo("ảnh mới, lớn hơn ảnh cũ"))
        let second = SiteBuilder.build(BuildOptions(siteRoot: site.root, pdf: true, pdfEngine: engine))
        XCTAssertTrue(second.succeeded, second.problems, file: file, line: line)
        XCTAssertEqual(OutputTree(site.output).files[spelling.file], Self.photo("ảnh mới, lớn hơn ảnh cũ"), file: file, line: line)
        XCTAssertNotEqual(BulletinReprintTests.inode(site.output, Self.pdf), printed,
                          "September's PDF was kept with the old \(spelling.file), written \(spelling.markdown)", file: file, line: line)
        XCTAssertEqual(BulletinReprintTests.inode(site.output, Self.otherPDF), other,
                       "August's PDF, without that file, was printed again", file: file, line: line)
    }

    /// Puts each spelling's file into `content/` and its Markdown at the end of September's editorial.
    private func show(_ spellings: [Spelling], in site: IncrementalSite) throws {
        var text = try site.read(Self.editorial)
        for spelling in spellings {
            try site.write("content/" + spelling.file, Self.photo(spelling.file))
            text += "\n\n" + spelling.markdown + "\n"
        }
        try site.write(Self.editorial, text)
    }

    /// The bytes standing for a photo: the engine is a stand-in that does not read them.
    private static func photo(_ text: String) -> Data { Data("ảnh: \(text)".utf8) }
}
