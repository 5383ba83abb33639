@testable import BonTotKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// A site on a network share whose system takes no lock (`flock` failing with `ENOLCK`, or with
/// `EBADF` as NFS does for a file open only to read): builds publish and a preview starts, each
/// as it did before bontot locked, instead of failing at every build or being refused forever as
/// if another preview ran. The system's answers are injected into the locking.
final class ShareWithoutLocksTests: XCTestCase {
    private func faults(_ code: Int32) -> WriteFaults {
        WriteFaults(error: { _ in nil }, lock: { _ in code })
    }

    func testBuildsOnAShareThatLocksNothingPublish() throws {
        let site = try IncrementalSite.make(for: self)
        for code in [ENOLCK, EBADF] {
            var options = BuildOptions(siteRoot: site.root)
            options.faults = faults(code)
            let report = SiteBuilder.build(options)
            XCTAssertTrue(report.succeeded, "a build on a share that locks nothing (\(code)) failed: \(report.problems)")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appending(path: "index.html").path))
    }

    func testAPreviewOnAShareThatLocksNothingIsNotRefused() throws {
        let site = try IncrementalSite.make(for: self)
        for code in [ENOLCK, EBADF] {
            let claim = PreviewMark.claim(output: site.output, address: "http://127.0.0.1:8080/", faults: faults(code))
            if case .held(let other)? = claim {
                XCTFail("a preview on a share that locks nothing (\(code)) was refused as previewed by '\(other)'")
            }
            XCTAssertNil(PreviewMark.holder(of: site.output, faults: faults(code)), "a build there is told of a preview no one runs")
        }
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".output.bontot-") }
        XCTAssertEqual(beside, [], "an empty mark was left beside the output")
    }
}
