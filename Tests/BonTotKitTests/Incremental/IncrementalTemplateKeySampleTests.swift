@testable import BonTotKit
import Foundation
import XCTest

/// The key check looks at the first `ParallelPages.keyCheckedPagesPerTemplate` pages of each
/// template, in plan order. When inputs are removed, an unchanged page can move into that sample:
/// a clean build then checks it and fails, and an incremental build must fail the same way.
///
/// FAILS against the product as of this commit: the incremental build skips the unchanged page,
/// so it is never checked; the build succeeds (the page keeps `{{texte}}` rendered as nothing)
/// while a clean build of the same site fails at `templates/minutes.mustache:4`.
final class IncrementalTemplateKeySampleTests: XCTestCase {
    func testAnUnchangedPageThatMovesIntoTheCheckedSampleIsCheckedToo() throws {
        let sample = ParallelPages.keyCheckedPagesPerTemplate
        let site = try IncrementalSite.make(for: self)
        // No minutes fills `resolutions` but the last one, which comes just after the sample.
        try site.replace("resolutions:\n  - Hoàn thành cải tạo điểm đen rác thải trước ngày 30/9\n  - { text: Nạo vét kênh nội đồng, due: 2024-10-30 }\n",
                         with: "", in: "content/minutes/2024/ap-bac-2024-09.md")
        try site.replace("resolutions:\n  - { text: Vận động hiến đất mở rộng đường liên ấp, due: 2024-10-15 }\n",
                         with: "", in: "content/minutes/2024/binh-minh-2024-09.md")
        let fixtureMinutes = try site.files(in: "content/minutes/2024").count
        var fillers: [String] = []
        for index in 0..<(sample - fixtureMinutes) {
            let date = String(format: "2024-%02d-%02d", 1 + index / 28, 1 + index % 28)
            let path = "content/minutes/2024/dong-tam-\(date).md"
            try site.write(path, "---\nbranch: dong-tam\ndate: \(date)\nkind: thuong-ky\nformat: truc-tiep\n---\nHọp thường kỳ.\n")
            fillers.append(path)
        }
        try site.write("content/minutes/2024/eo-gio-2024-12-20.md",
                       "---\nbranch: eo-gio\ndate: 2024-12-20\nkind: thuong-ky\nformat: truc-tiep\nresolutions: [Một nghị quyết]\n---\nHọp.\n")
        XCTAssertEqual(try site.files(in: "content/minutes/2024").count, sample + 1, "the last minutes is just outside the sample")
        try site.write("templates/minutes.mustache", try IncrementalTemplateKeyTests.minutesTemplate(withLine4: "{{#resolutions}}{{texte}}{{/resolutions}}"))
        let first = site.build()
        XCTAssertTrue(first.succeeded, "the only page filling the section is outside the sample: \(first.problems)")

        try site.remove(fillers[0])
        let copy = try site.copyOfInputs(named: "copy")
        let clean = copy.build(clean: true, output: site.sibling("clean"))
        XCTAssertFalse(clean.succeeded, "a clean build checks the last minutes, now inside the sample")
        XCTAssertTrue(clean.diagnostics.sorted.contains { $0.description.hasPrefix("templates/minutes.mustache:4: error: ") && $0.message.contains("'texte'") },
                      clean.problems)

        let before = OutputTree(site.output)
        let incremental = site.build()
        XCTAssertFalse(incremental.succeeded, "the incremental build must fail as the clean one does; it rendered \(incremental.rendered) of \(incremental.pages) pages")
        XCTAssertEqual(incremental.diagnostics.sorted.map(\.description), clean.diagnostics.sorted.map(\.description))
        if !incremental.succeeded {
            assertSameTree(OutputTree(site.output), before, "the output after the failed build")
        }
    }
}
