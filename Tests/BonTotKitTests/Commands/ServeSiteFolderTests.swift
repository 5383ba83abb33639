@testable import BonTotServe
import Foundation
import XCTest

/// The folder of the site a preview serves is told, at `OtherPreview.sitePath`, to a second
/// `bontot serve` started on this computer (so that it names the site or says where to open it),
/// and to no other computer of the office's network: with `--bind 0.0.0.0` anyone there could
/// read where the office keeps its files (`/home/van-phong/...`).
final class ServeSiteFolderTests: ServeTestCase {
    func testOnlyThisComputerIsToldTheSitesFolder() {
        let own = ["192.168.1.23"]
        XCTAssertTrue(OtherPreview.isThisComputer("127.0.0.1", addresses: own))
        XCTAssertTrue(OtherPreview.isThisComputer("::1", addresses: own))
        XCTAssertTrue(OtherPreview.isThisComputer("192.168.1.23", addresses: own), "a preview asking at this computer's network address")
        XCTAssertFalse(OtherPreview.isThisComputer("192.168.1.40", addresses: own), "a colleague's computer")
        XCTAssertFalse(OtherPreview.isThisComputer("::ffff:192.168.1.40", addresses: own))
        XCTAssertFalse(OtherPreview.isThisComputer(nil, addresses: own))
    }

    /// Served to every network, the preview still tells this computer, at 127.0.0.1 and at its
    /// own network addresses, which site it serves; any other answer would be a missing page.
    func testThisComputerIsToldTheFolderAtEachOfItsAddresses() throws {
        let root = try copy("portal")
        let port = try ServeCommandTests.freePort()
        let log = folder.appending(path: "serve.log")
        server = try ServeCommandTests.start(["serve", "--site", root.path, "--port", "\(port)", "--bind", "0.0.0.0"], log: log)
        XCTAssertNotNil(ServeCommandTests.wait(for: "http://127.0.0.1:\(port)/") { $0.contains("<html") }, ServeCommandTests.read(log))
        for host in ["127.0.0.1"] + NetworkAddresses.ofThisComputer() {
            let answer = ServeCommandTests.answer("http://\(host):\(port)\(OtherPreview.sitePath)")
            XCTAssertEqual(answer?.status, 200, host)
            XCTAssertEqual(answer?.body, OtherPreview.folder(root), host)
        }
    }
}
