@testable import BonTotKit
import Foundation
import XCTest

/// A story's raw HTML shows a picture (`<img src="media/…">`): its address is checked only when
/// the site keeps raw HTML (`allow_html: true`), so turning that on makes a rebuild check the
/// stories the decode cache holds, as a clean build would; once the picture is there, the
/// incremental build equals a clean one. The test checks that the cache does hold the story
/// before `allow_html` is turned on, so it cannot pass without the cache being used.
final class IncrementalRawHTMLTests: XCTestCase {
    private static let story = "content/stories/bi-thu-8x.md"
    private static let page = "guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html"

    func testTurningRawHTMLOnChecksItsPicturesInCachedStories() throws {
        let site = try IncrementalSite.make(for: self)
        try site.replace("Đêm 18/9, nước sông dâng nhanh.",
                         with: "Đêm 18/9, nước sông dâng nhanh.\n\n<figure><img src=\"../media/lu-dem.jpg\" alt=\"\"></figure>", in: Self.story)
        // Long enough for the story's stamp to be settled (`FileStamp.settling`) when the first
        // build writes the decode cache, which then holds it.
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        let dropped = site.build()
        XCTAssertTrue(dropped.succeeded, dropped.problems)
        // The decode cache holds the story as the first build decoded it (its stamp settled):
        // without it, the next build would read the story anew whatever the cache's context.
        let cache = try XCTUnwrap(PortalLoader.loadReadingCaches(root: site.root).loaded.decodeCache, "a decode cache")
        let stamp = try XCTUnwrap(BonTotKit.FileStamp(path: site.url(Self.story).path))
        XCTAssertNotNil(cache.unchanged(Self.story, stamp: stamp), "the decode cache holds the story")

        try site.replace("allow_html: false", with: "allow_html: true", in: "site.yaml")
        let kept = site.build()
        XCTAssertFalse(kept.succeeded, "the picture's file is missing")
        let errors = kept.diagnostics.sorted.filter { $0.location.file == Self.story }
        XCTAssertEqual(errors.count, 1, "\(kept.diagnostics.sorted)")
        XCTAssertTrue(errors.first?.message.contains("media/lu-dem.jpg") == true, "\(errors)")

        try site.write("content/media/lu-dem.jpg", Data("ảnh".utf8))
        let fixed = site.build()
        XCTAssertTrue(fixed.succeeded, fixed.problems)
        let (clean, output) = try site.cleanBuildOfACopy(named: "copy")
        XCTAssertTrue(clean.succeeded, clean.problems)
        assertSameTree(OutputTree(site.output), OutputTree(output), "the incremental output")
        XCTAssertTrue(OutputTree(site.output).text(Self.page)?.contains(#"<img src="../../media/lu-dem.jpg" alt="">"#) == true)
    }
}
