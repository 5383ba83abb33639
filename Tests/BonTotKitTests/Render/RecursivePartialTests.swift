import Foundation
import XCTest

/// A site's own partial that includes itself made `bontot build` follow it until the program's
/// stack ran out: a crash (signal 11), with no word of which template. It is now an error at the
/// tag, and nothing is written.
final class RecursivePartialTests: XCTestCase {
    func testAPartialIncludingItselfIsAnErrorAtItsTagNotACrash() throws {
        let folder = try TemporaryFolder.make("bontot-recursive")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appending(path: "site")
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: "minimal"), to: root)
        let partial = root.appending(path: "templates/partials/minutes-branch.mustache")
        try FileManager.default.createDirectory(at: partial.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "<span>{{name}}</span>\n{{>partials/minutes-branch}}\n".write(to: partial, atomically: true, encoding: .utf8)
        let output = folder.appending(path: "output")
        for engine in ["mustache", "compiled"] {
            let build = try BontotProcess.run(["build", "--quiet", "--site", root.path, "--output", output.path],
                                              environment: ["BONTOT_TEMPLATE_ENGINE": engine])
            XCTAssertEqual(build.status, 1, "\(engine): an error, not a signal\n\(build.errors)")
            XCTAssertTrue(build.errors.contains("templates/partials/minutes-branch.mustache:2: error: mẫu lồng nhau quá 32 tầng"),
                          build.errors)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "nothing is written")
        }
    }
}
