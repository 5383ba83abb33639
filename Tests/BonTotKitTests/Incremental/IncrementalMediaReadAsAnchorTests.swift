@testable import BonTotKit
import Foundation
import XCTest

/// A story links `media/bao-cao.pdf#chuong.hai`: the report with an anchor while only
/// `bao-cao.pdf` is there, the file so named once it comes (`BodyAddress`). Adding or removing
/// that file changes the page's link, and the incremental build equals a clean one.
final class IncrementalMediaReadAsAnchorTests: XCTestCase {
    private static let story = "content/stories/bi-thu-8x.md"
    private static let page = "guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html"

    private func linkTheReport(_ site: IncrementalSite) throws {
        try site.write("content/media/bao-cao.pdf", "%PDF-1.4")
        try site.replace("Đêm 18/9, nước sông dâng nhanh.",
                         with: "Đêm 18/9, nước sông dâng nhanh ([báo cáo](media/bao-cao.pdf#chuong.hai)).", in: Self.story)
    }

    func testTheMediaFileNamedWithTheAnchorAppears() throws {
        let outcome = try assertIncrementalEqualsClean(prepare: linkTheReport, edit: { site in
            try site.write("content/media/bao-cao.pdf#chuong.hai", "%PDF-1.5")
        }, renders: .all)
        XCTAssertTrue(outcome.before.text(Self.page)?.contains(#"href="../../media/bao-cao.pdf#chuong.hai""#) == true)
        XCTAssertTrue(outcome.after.text(Self.page)?.contains(#"href="../../media/bao-cao.pdf%23chuong.hai""#) == true)
    }

    func testTheMediaFileNamedWithTheAnchorGoes() throws {
        let outcome = try assertIncrementalEqualsClean(prepare: { site in
            try self.linkTheReport(site)
            try site.write("content/media/bao-cao.pdf#chuong.hai", "%PDF-1.5")
            // Long enough for the story's stamp to be settled (`FileStamp.settling`) when the first
            // build writes the decode cache: were the story kept there, the build after the edit
            // would take its link to the file that went.
            Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        }, edit: { site in
            try site.remove("content/media/bao-cao.pdf#chuong.hai")
        }, renders: .all)
        XCTAssertTrue(outcome.before.text(Self.page)?.contains(#"href="../../media/bao-cao.pdf%23chuong.hai""#) == true)
        XCTAssertTrue(outcome.after.text(Self.page)?.contains(#"href="../../media/bao-cao.pdf#chuong.hai""#) == true)
    }

    func testAPhotoWhoseNameNoAddressMayTakeForAnAnchorRendersNoPage() throws {
        _ = try assertIncrementalEqualsClean(prepare: linkTheReport, edit: { site in
            try site.write("content/media/Ảnh #1.svg", IncrementalMediaEditTests.square)
        }, renders: .none)
    }
}
