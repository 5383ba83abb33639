@testable import BonTotKit
import Foundation
import XCTest

/// A loop of links made inside the output between builds (`output/chi-bo -> x`, `x -> chi-bo`)
/// goes at the next swap to the spare the build after writes into: the build met it while
/// writing and failed, saying the links pointed to each other. The link is now replaced there
/// by a folder, never followed (`SpareLinkTests` for links out of the output).
final class WriteLoopTests: XCTestCase {
    func testALoopMadeInsideTheOutputIsReplacedByAFolder() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let folder = site.output.appending(path: "chi-bo")
        try FileManager.default.removeItem(at: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.path, withDestinationPath: "x")
        try FileManager.default.createSymbolicLink(atPath: site.output.appending(path: "x").path, withDestinationPath: "chi-bo")

        for round in 0..<2 {
            try site.replace(round == 0 ? "Ấp Bắc" : "Ấp Bắc 0", with: "Ấp Bắc \(round)", in: "content/branches/ap-bac.yaml")
            let report = site.build()
            XCTAssertTrue(report.succeeded, "round \(round): \(report.problems)")
            XCTAssertTrue(FileWriting.isFolder(folder.path), "round \(round): the published chi-bo is a folder")
            XCTAssertTrue(OutputTree(site.output).text("chi-bo/ap-bac/index.html")?.contains("Ấp Bắc \(round)") == true, "round \(round)")
        }
    }
}
