import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A media file replaced by other bytes of the same size (an SVG recoloured) that keep the old
/// file's modification time, as `cp -p`, `rsync -a`, `tar x` or a restore from a backup leave
/// it. The incremental build must copy it like a clean build does.
final class IncrementalMediaSameSizeTests: XCTestCase {
    func testAMediaFileReplacedBySameSizedBytesWithItsTimeKept() throws {
        let path = "content/media/ap-bac.svg"
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            let url = site.url(path)
            var old = stat()
            XCTAssertEqual(stat(url.path, &old), 0)
            let red = try String(contentsOf: url, encoding: .utf8)
            XCTAssertTrue(red.contains("fill=\"#b3161b\""))
            let blue = red.replacingOccurrences(of: "fill=\"#b3161b\"", with: "fill=\"#1d4ed8\"")
            XCTAssertEqual(blue.utf8.count, red.utf8.count)
            try Data(blue.utf8).write(to: url)
            var times = [old.st_atim, old.st_mtim]
            XCTAssertEqual(utimensat(AT_FDCWD, url.path, &times, 0), 0, "the old time is put back, to the nanosecond")
        }, renders: .none)
        XCTAssertEqual(outcome.after.files["media/ap-bac.svg"], try Data(contentsOf: outcome.site.url(path)),
                       "the output's copy of the media file is stale")
    }
}
