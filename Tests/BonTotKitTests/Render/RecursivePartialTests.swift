import Foundation
import XCTest

/// A site's own partial that includes itself made `bontot build` follow it until the program's
/// stack ran out: a crash (signal 11), with no word of which template. It is now an error at the
/// tag, and nothing is written.
final class RecursivePartialTests: SiteCopyTestCase {
    func testAPartialIncludingItselfIsAnErrorAtItsTagNotACrash() throws {
        let root = keep(try ValidationSite.make("minimal", [
            "templates/partials/minutes-branch.mustache": "<span>{{name}}</span>\n{{>partials/minutes-branch}}\n",
        ]))
        let output = root.deletingLastPathComponent().appending(path: "output")
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
