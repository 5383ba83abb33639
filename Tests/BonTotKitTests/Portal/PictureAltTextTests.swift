import BonTotKit
import Foundation
import XCTest

/// A picture that carries information (a chart, figures written in it) says it to a reader who
/// cannot see it: a story's `image_alt:` and a branch's `photo_alt:` become the picture's `alt`
/// wherever it is shown; a picture without one stays decorative (`alt=""`).
final class PictureAltTextTests: SiteCopyTestCase {
    private let story = "content/stories/bi-thu-8x.md"
    private let branch = "content/branches/ap-bac.yaml"
    private let imageAlt = "Bản đồ vùng ngập ấp Ấp Bắc: 37 hộ được đưa đến nơi an toàn"
    private let photoAlt = "Nhà văn hóa ấp Ấp Bắc, băng rôn “Chi bộ 4 tốt”"

    /// The pages showing the story's image: its own page, the list of stories, its tag's page and
    /// the month's bulletin.
    private let storyPages = ["guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html", "guong-dien-hinh/index.html",
                              "guong-dien-hinh/chu-de/phong-chong-thien-tai/index.html", "ban-tin/2024-09/index.html"]

    private func changes(imageAlt: String, photoAlt: String, in root: URL? = nil) throws -> [String: String] {
        let base = root ?? BuiltSite.fixtures.appending(path: "portal")
        let storyText = try String(contentsOf: base.appending(path: story), encoding: .utf8)
            .replacingOccurrences(of: "image: media/ap-bac.svg\n", with: "image: media/ap-bac.svg\nimage_alt: \"\(imageAlt)\"\n")
            .replacingOccurrences(of: "Đêm 18/9, nước sông dâng nhanh.\n",
                                  with: "Đêm 18/9, nước sông dâng nhanh.\n\n![Đường ra bến đò ngập nửa mét](media/ap-bac.svg)\n")
        let branchText = try String(contentsOf: base.appending(path: branch), encoding: .utf8)
            .replacingOccurrences(of: "photo: media/ap-bac.svg\n", with: "photo: media/ap-bac.svg\nphoto_alt: >\n  \(photoAlt)\n")
        return [story: storyText, branch: branchText]
    }

    private func storyImages(in page: String) -> [String] {
        page.matches(of: #/<img src="[^"]*ap-bac\.svg" alt="([^"]*)">/#).map { String($0.output.1) }
    }

    func testTheAltTextIsShownWhereverThePictureIs() throws {
        let site = try BuiltSite.build("portal", changes: try changes(imageAlt: imageAlt, photoAlt: photoAlt))
        keep(site.root)
        XCTAssertTrue(site.report.succeeded, "\(site.report.diagnostics.sorted)")
        XCTAssertEqual(site.report.diagnostics.sorted.filter { $0.description.contains("_alt") }.map(\.description), [])
        for path in storyPages {
            let page = site.page(path)
            XCTAssertTrue(storyImages(in: page).contains(imageAlt), "\(path): \(storyImages(in: page))")
            XCTAssertFalse(storyImages(in: page).contains(""), "\(path): no picture of the story left decorative")
        }
        let storyPage = site.page(storyPages[0])
        XCTAssertTrue(storyPage.contains("<p class=\"story-image\"><img src=\"../../media/ap-bac.svg\" alt=\"\(imageAlt)\"></p>"),
                      storyPage)
        XCTAssertTrue(storyPage.contains("alt=\"Đường ra bến đò ngập nửa mét\""),
                      "a picture in the body keeps its own text: \(storyPage)")
        let profile = site.page("chi-bo/ap-bac/index.html")
        XCTAssertTrue(profile.contains("<img class=\"branch-photo\" src=\"../../media/ap-bac.svg\" alt=\"\(photoAlt)\">"), profile)
    }

    /// The office corrects the text: an incremental rebuild shows the new one on every page that
    /// shows the picture, the story's cards on other pages too.
    func testAnEditedAltTextIsShownEverywhereOnARebuild() throws {
        let site = try IncrementalSite.make(for: self)
        for (path, text) in try changes(imageAlt: imageAlt, photoAlt: photoAlt) { try site.write(path, text) }
        XCTAssertTrue(site.build().succeeded)
        let corrected = "Bản đồ vùng ngập ấp Ấp Bắc: 37 hộ, 120 nhân khẩu được đưa đến nơi an toàn"
        try site.replace(imageAlt, with: corrected, in: story)
        try site.replace(photoAlt, with: "Nhà văn hóa ấp Ấp Bắc", in: branch)
        XCTAssertTrue(site.build().succeeded)
        for path in storyPages {
            let page = try String(contentsOf: site.output.appending(path: path), encoding: .utf8)
            XCTAssertTrue(storyImages(in: page).contains(corrected), "\(path): \(storyImages(in: page))")
        }
        let profile = try String(contentsOf: site.output.appending(path: "chi-bo/ap-bac/index.html"), encoding: .utf8)
        XCTAssertTrue(profile.contains("alt=\"Nhà văn hóa ấp Ấp Bắc\">"), profile)
    }
}
