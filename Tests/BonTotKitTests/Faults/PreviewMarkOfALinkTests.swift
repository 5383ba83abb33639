@testable import BonTotKit
import Foundation
import XCTest

/// `bontot serve` given an output that is a link (`output -> /var/www/html/dang-bo`) marked the
/// link's folder, while its builds, and `bontot build`, write into the folder linked to and look
/// for the mark there: a second serve given the folder's own path was not refused, and a build
/// waiting for the serve did not say so. The mark now lies beside the folder linked to.
final class PreviewMarkOfALinkTests: XCTestCase {
    func testTheMarkOfALinkedOutputIsFoundFromEitherPath() throws {
        let folder = try TemporaryFolder.make("bontot-mark")
        defer { try? FileManager.default.removeItem(at: folder) }
        let served = folder.appending(path: "www/dang-bo")
        try FileManager.default.createDirectory(at: served, withIntermediateDirectories: true)
        let link = folder.appending(path: "site/output")
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "../www/dang-bo")

        let claim = PreviewMark.claim(output: link, address: "http://127.0.0.1:8080/")
        guard case .claimed(let held)? = claim else { return XCTFail("the first serve was refused: \(String(describing: claim))") }
        XCTAssertEqual(PreviewMark.holder(of: served), "http://127.0.0.1:8080/", "a build of the folder linked to sees the serve")
        XCTAssertEqual(PreviewMark.holder(of: link), "http://127.0.0.1:8080/")
        guard case .held(let other)? = PreviewMark.claim(output: served, address: "http://127.0.0.1:8090/") else {
            return XCTFail("a second serve of the folder linked to was not refused")
        }
        XCTAssertEqual(other, "http://127.0.0.1:8080/")
        XCTAssertTrue(OutputLock.waitingLine(output: served).contains("http://127.0.0.1:8080/"), "a waiting build names the serve")
        let besideLink = try FileManager.default.contentsOfDirectory(atPath: link.deletingLastPathComponent().path)
        XCTAssertEqual(besideLink, ["output"], "nothing of bontot's beside the link")
        withExtendedLifetime(held) {}
    }
}
