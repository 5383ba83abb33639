@testable import BonTotKit
import Foundation
import XCTest

/// The search index's entry lines kept between builds: read back by fingerprint, not read by a
/// clean build, and forgotten with the parts the index no longer has.
final class SearchEntryCacheTests: XCTestCase {
    private func cache(reads: Bool) throws -> (SearchEntryCache, URL) {
        let root = try TemporaryFolder.make("bontot-search-cache")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        return (SearchEntryCache(cache: BuildCache(siteRoot: root), reads: reads), root)
    }

    func testLinesAreReadBackByFingerprint() throws {
        let (cache, _) = try cache(reads: true)
        cache.save("bien-ban-2024", fingerprints: [7, 9], lines: ["{\"t\":\"Họp chi bộ\"}", "{\"t\":\"Sinh hoạt chuyên đề\"}"])
        XCTAssertEqual(cache.lines(of: "bien-ban-2024"), [7: "{\"t\":\"Họp chi bộ\"}", 9: "{\"t\":\"Sinh hoạt chuyên đề\"}"])
        XCTAssertEqual(cache.lines(of: "bien-ban-2023"), [:])
    }

    func testACleanBuildTakesNothingButWrites() throws {
        let (writer, root) = try cache(reads: false)
        writer.save("guong", fingerprints: [1], lines: ["{}"])
        XCTAssertEqual(writer.lines(of: "guong"), [:])
        XCTAssertEqual(SearchEntryCache(cache: BuildCache(siteRoot: root), reads: true).lines(of: "guong"), [1: "{}"])
    }

    func testADamagedFileIsIgnored() throws {
        let (cache, root) = try cache(reads: true)
        cache.save("ho-so", fingerprints: [1], lines: ["{}"])
        try Data([SearchEntryCache.format, 0xFF, 0xFF]).write(to: root.appending(path: ".bontot-cache/search/ho-so.bin"))
        XCTAssertEqual(cache.lines(of: "ho-so"), [:])
    }

    func testPartsNoLongerInTheIndexAreRemoved() throws {
        let (cache, _) = try cache(reads: true)
        cache.save("bien-ban-2023", fingerprints: [1], lines: ["{}"])
        cache.save("bien-ban-2024", fingerprints: [2], lines: ["{}"])
        cache.prune(keeping: ["bien-ban-2024"])
        XCTAssertEqual(cache.lines(of: "bien-ban-2023"), [:])
        XCTAssertEqual(cache.lines(of: "bien-ban-2024"), [2: "{}"])
    }
}
