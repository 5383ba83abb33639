@testable import BonTotKit
import Foundation
import XCTest

/// A bulletin's PDF is mailed and copied: its links to the portal's pages are the pages'
/// addresses under the site's `base_url`, or no links at all, never addresses of the build
/// machine's disk (`file:///…/.output.bontot-spare/chi-bo/ap-bac/index.html`), which were dead
/// once the PDF left it and made the same bulletin print to other bytes in another folder.
final class PrintedLinksTests: XCTestCase {
    private let page = "ban-tin/2024-09/index.html"
    private let base = "https://intranet.example/dang-bo/"

    func testAPagesLocalLinksBecomeItsAddressesOnThePortal() {
        let html = #"<p><a href="../../chi-bo/ap-bac/index.html">Ấp Bắc</a>, <a class="x" href="../../index.html">trang chủ</a>, "#
            + #"<a href="../../sinh-hoat/a/index.html#ket-luan">kết luận</a>, <a href="../../media/bao%20cao.pdf">báo cáo</a>, "#
            + #"<a href="ban-tin-2024-09.pdf" type="application/pdf">PDF</a>, <a href="../">bản tin</a></p>"#
        XCTAssertEqual(PrintedLinks.rewriting(html, page: page, base: base),
                       #"<p><a href="https://intranet.example/dang-bo/chi-bo/ap-bac/">Ấp Bắc</a>, "#
                       + #"<a class="x" href="https://intranet.example/dang-bo/">trang chủ</a>, "#
                       + #"<a href="https://intranet.example/dang-bo/sinh-hoat/a/#ket-luan">kết luận</a>, "#
                       + #"<a href="https://intranet.example/dang-bo/media/bao%20cao.pdf">báo cáo</a>, "#
                       + #"<a href="https://intranet.example/dang-bo/ban-tin/2024-09/ban-tin-2024-09.pdf" type="application/pdf">PDF</a>, "#
                       + #"<a href="https://intranet.example/dang-bo/ban-tin/">bản tin</a></p>"#)
    }

    func testWithoutAnAbsoluteAddressTheLinksAreTakenOffTheirTextsKept() {
        let html = #"<a href="../../chi-bo/ap-bac/index.html">Ấp Bắc</a> <a class="pdf" href="x.pdf" type="application/pdf">PDF</a>"#
        XCTAssertEqual(PrintedLinks.rewriting(html, page: page, base: nil), #"<a>Ấp Bắc</a> <a class="pdf" type="application/pdf">PDF</a>"#)
    }

    func testAnchorsWebAddressesAndOtherTagsStayAsTheyAre() {
        let html = ##"<a href="#muc-1">Mục 1</a> <a href="https://baochinhphu.vn/">báo</a> <a href="mailto:vp@xa.vn">thư</a> "##
            + #"<a href="//cdn.example/x">cdn</a> <link href="../../assets/style.css" rel="stylesheet"><img src="../../media/a.jpg"> "#
            + #"<abbr title="x">ĐU</abbr> <a href="../../../../ngoai.html">ngoài</a>"#
        XCTAssertEqual(PrintedLinks.rewriting(html, page: page, base: base),
                       html.replacingOccurrences(of: #" href="../../../../ngoai.html""#, with: ""),
                       "a link climbing above the output's root is taken off; stylesheets and pictures are the engine's to read")
    }

    func testThePrintedBulletinLinksThePortalAndIsTheSameInAnyFolder() throws {
        let baseURL = "base_url: https://intranet.example/dang-bo/"
        let site = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/site.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "base_url: /", with: baseURL)
        XCTAssertTrue(site.contains(baseURL))
        let first = try BuiltSite.build(changes: ["site.yaml": site], pdf: true)
        let second = try BuiltSite.build(changes: ["site.yaml": site], pdf: true)
        XCTAssertTrue(first.report.succeeded, "\(first.report.diagnostics.sorted)")
        XCTAssertNotEqual(first.root, second.root)
        let path = "ban-tin/2024-09/ban-tin-2024-09.pdf"
        let pdf = String(decoding: first.bytes(path), as: UTF8.self)
        XCTAssertFalse(pdf.contains("file:"), "no link to the build machine's disk")
        XCTAssertTrue(pdf.contains("(https://intranet.example/dang-bo/chi-bo/ap-bac/)"), "the branch's link in the bulletin's table")
        XCTAssertEqual(first.bytes(path), second.bytes(path), "the same bulletin prints to the same bytes wherever the site lies")
        let folder = first.output.appending(path: "ban-tin/2024-09")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["ban-tin-2024-09.pdf", "index.html"],
                       "the copy printed from is gone")
    }

    func testWithoutAnAbsoluteBaseURLThePrintedBulletinHasNoLinkToTheDisk() throws {
        let built = try BuiltSite.build(pdf: true)
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let pdf = String(decoding: built.bytes("ban-tin/2024-09/ban-tin-2024-09.pdf"), as: UTF8.self)
        XCTAssertFalse(pdf.contains("file:"), "no link to the build machine's disk")
        XCTAssertFalse(pdf.contains("/URI"), "no link at all: the portal's address is not known")
    }
}
