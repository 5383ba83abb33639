@testable import BonTotKit
import Foundation
import XCTest

/// Links made by hand inside the published output (`output/chi-bo -> /abs/x`,
/// `/abs/x -> /abs/output/chi-bo`) go, at the next swap, to the spare the build after writes
/// into: its `chi-bo` then led through `x` to the published `chi-bo`. That build wrote its pages
/// through the link into the published site, published the looping link and said it succeeded.
final class SpareLinkTests: XCTestCase {
    func testALinkLeftInTheSpareIsReplacedByAFolderNotWrittenThrough() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        try site.replace("Ấp Bắc", with: "Ấp Bắc 0", in: "content/branches/ap-bac.yaml")
        XCTAssertTrue(site.build().succeeded)

        let folder = site.output.appending(path: "chi-bo"), other = site.sibling("x")
        try FileManager.default.removeItem(at: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.path, withDestinationPath: other.path)
        try FileManager.default.createSymbolicLink(atPath: other.path, withDestinationPath: folder.path)

        for round in 1...3 {
            try site.replace("Ấp Bắc \(round - 1)", with: "Ấp Bắc \(round)", in: "content/branches/ap-bac.yaml")
            let report = site.build()
            XCTAssertTrue(report.succeeded, "round \(round): \(report.problems)")
            XCTAssertTrue(FileWriting.isFolder(folder.path), "round \(round): the published chi-bo is a folder, not a link")
            let page = OutputTree(site.output).text("chi-bo/ap-bac/index.html")
            XCTAssertTrue(page?.contains("Ấp Bắc \(round)") == true, "round \(round): the branch's page is published")
            XCTAssertNotNil(OutputTree(site.output).text("chi-bo/index.html"), "round \(round): pages left unchanged are there")
        }
    }
}
