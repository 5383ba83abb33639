@testable import BonTotKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// A `bontot serve` starting the moment a build checks the mark a killed serve left (locking
/// it for an instant to remove it): the serve was refused as 'đã đang được xem trước tại
/// http://127.0.0.1:8080/', the killed one's address, where nothing previews the site.
final class PreviewMarkCheckedTests: XCTestCase {
    func testAServeStartingWhileABuildChecksALeftoverMarkStarts() throws {
        let folder = try TemporaryFolder.make("bontot-mark")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appending(path: "output")
        let mark = PreviewMark.file(of: output)
        try Data("http://127.0.0.1:8080/\n".utf8).write(to: mark)
        // The build's check: the leftover locked, then removed and let go a moment later.
        let descriptor = open(mark.path, O_RDWR | O_CLOEXEC)
        XCTAssertEqual(flock(descriptor, LOCK_EX), 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(60)) {
            unlink(mark.path)
            close(descriptor)
        }
        let claim = PreviewMark.claim(output: output, address: "http://127.0.0.1:8090/")
        guard case .claimed(let held)? = claim else {
            return XCTFail("the serve was refused: \(String(describing: claim))")
        }
        XCTAssertEqual(try String(contentsOf: mark, encoding: .utf8), "http://127.0.0.1:8090/\n")
        withExtendedLifetime(held) {}
    }
}
