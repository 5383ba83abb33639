import BonTotFuzzing
import Foundation
import XCTest

/// The fuzzing corpus kept in git (`Tests/Fixtures/fuzz/<mode>/`), replayed through the fuzz
/// target's own function: the seeds, and every input that once crashed (`crash-*`), which stay
/// here as regression tests. A crash fails the whole run; reaching the end is the pass.
final class FuzzCorpusTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/fuzz")

    func testEveryKeptInputRunsThroughTheReaders() throws {
        var count = 0
        for mode in FuzzInput.Mode.allCases {
            let folder = Self.corpus.appending(path: mode.rawValue)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            XCTAssertFalse(names.isEmpty, "no corpus for \(mode.rawValue)")
            for name in names where !name.hasPrefix(".") {
                let data = try Data(contentsOf: folder.appending(path: name))
                FuzzInput.run(data, mode: mode)
                count += 1
            }
        }
        XCTAssertGreaterThanOrEqual(count, 20)
    }
}
