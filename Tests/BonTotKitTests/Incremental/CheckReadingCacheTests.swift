@testable import BonTotKit
import Foundation
import XCTest

/// `bontot check` takes the files unchanged since the last build from its decode caches (an
/// `.xls` is not converted again, a large site is not decoded again), writes nothing, and
/// reports exactly what a load without the caches reports.
final class CheckReadingCacheTests: XCTestCase {
    /// Every file under `folder`, path → its bytes and modification time.
    private func listing(_ folder: URL) throws -> [String: (Data, Date)] {
        var files: [String: (Data, Date)] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey])
        while let url = walker?.nextObject() as? URL {
            let values = try url.resourceValues(forKeys: [.isRegularFileKey, .contentModificationDateKey])
            guard values.isRegularFile == true else { continue }
            files[url.path] = (try Data(contentsOf: url), values.contentModificationDate ?? .distantPast)
        }
        return files
    }

    private func assertSameFiles(_ before: [String: (Data, Date)], _ after: [String: (Data, Date)],
                                 file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(before.keys.sorted(), after.keys.sorted(), "no file made or removed", file: file, line: line)
        for (path, (bytes, date)) in before {
            XCTAssertEqual(after[path]?.0, bytes, "\(path) rewritten", file: file, line: line)
            XCTAssertEqual(after[path]?.1, date, "\(path) touched", file: file, line: line)
        }
    }

    func testACheckAfterABuildTakesUnchangedFilesFromTheCacheAndWritesNothing() throws {
        let site = try IncrementalSite.make(for: self)
        // Long enough for the copied files' stamps to be settled (`FileStamp.settling`) when the
        // build writes its cache, so that the cache trusts them.
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        XCTAssertTrue(site.build().succeeded)
        let cache = site.root.appending(path: ".bontot-cache")
        let before = try listing(cache)
        XCTAssertFalse(before.isEmpty)
        let all = try XCTUnwrap(PortalLoader.loadReadingCaches(root: site.root).loaded.decodeCache?.takenCount)
        XCTAssertGreaterThanOrEqual(all, 12, "every content file comes from the cache")

        let minutes = "content/minutes/2024/binh-minh-2024-09.md"
        try site.replace("kind: thuong-ky\n", with: "kind: thuong-ky\nchu-tri: Lê Văn Tám\n", in: minutes)
        let checked = PortalLoader.loadReadingCaches(root: site.root)
        XCTAssertEqual(checked.diagnostics.sorted, PortalLoader.load(root: site.root).diagnostics.sorted)
        XCTAssertTrue(checked.diagnostics.sorted.contains { $0.location.file == minutes && $0.message.contains("chu-tri") },
                      "the file changed since the build is read again")
        XCTAssertEqual(checked.loaded.decodeCache?.takenCount, all - 1, "all others come from the cache")
        assertSameFiles(before, try listing(cache))
    }

    func testACheckOfASiteNeverBuiltWritesNoCache() throws {
        let site = try IncrementalSite.make(for: self)
        let checked = PortalLoader.loadReadingCaches(root: site.root)
        XCTAssertEqual(checked.diagnostics.sorted, PortalLoader.load(root: site.root).diagnostics.sorted)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.root.appending(path: ".bontot-cache").path))
    }

    func testACheckOfADistrictAfterItsBuildWritesNothingInItsUnitsCaches() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [:])
        XCTAssertTrue(report.succeeded, report.problems)
        let before = try listing(site.folder)
        let checked = PortalLoader.loadReadingCaches(root: site.root)
        XCTAssertEqual(checked.diagnostics.sorted, PortalLoader.load(root: site.root).diagnostics.sorted)
        XCTAssertEqual(checked.diagnostics.sorted, report.diagnostics.sorted)
        assertSameFiles(before, try listing(site.folder))
    }
}
