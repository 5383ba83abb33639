@testable import BonTotKit
import Foundation
import XCTest

/// A loop of links made inside the output between builds (`output/chi-bo -> x`, `x -> chi-bo`):
/// the build meets it while writing (in the spare the output becomes), after `OutputLink`'s
/// checks of the output's own path passed, and said links pointed to each other, naming none.
final class WriteLoopTests: XCTestCase {
    func testALoopMadeInsideTheOutputNamesItsLinks() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let folder = site.output.appending(path: "chi-bo")
        try FileManager.default.removeItem(at: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.path, withDestinationPath: "x")
        try FileManager.default.createSymbolicLink(atPath: site.output.appending(path: "x").path, withDestinationPath: "chi-bo")

        var messages: [String] = []
        for round in 0..<2 {
            try site.replace(round == 0 ? "Ấp Bắc" : "Ấp Bắc 0", with: "Ấp Bắc \(round)", in: "content/branches/ap-bac.yaml")
            let report = site.build()
            messages += report.diagnostics.sorted.filter { $0.severity == .error }.map(\.message)
        }
        let message = try XCTUnwrap(messages.first, "the loop, now in the spare the build writes into, is met")
        let spare = StagingFolder.spare(of: site.output)
        let (looping, other) = (spare.appending(path: "chi-bo").path, spare.appending(path: "x").path)
        XCTAssertTrue(message.contains("đường dẫn đi qua '\(looping)' là liên kết trỏ vòng: các liên kết trỏ lẫn nhau "
                                       + "('\(looping)' → '\(other)' → '\(looping)') mà không dẫn tới thư mục nào; "
                                       + "hãy sửa liên kết '\(looping)' hoặc '\(other)' cho trỏ tới thư mục thật"), message)
        XCTAssertFalse(message.contains("các liên kết trỏ lẫn nhau mà"), "the links are named: \(message)")
    }
}
