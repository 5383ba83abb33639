@testable import BonTotKit
import Foundation
import XCTest

/// Every page's keys are checked (each part of a template once per model types), so a key
/// used only in a section that a single late page fills is still caught, by a clean build and by
/// an incremental one alike.
final class IncrementalTemplateKeySampleTests: XCTestCase {
    func testAKeyInASectionOnlyTheLastOfManyPagesFillsIsCaught() throws {
        let sample = 64
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

        XCTAssertFalse(first.succeeded, "the last minutes fills the section and is checked")
        XCTAssertTrue(first.diagnostics.sorted.contains { $0.description.hasPrefix("templates/minutes.mustache:4: error: ") && $0.message.contains("'texte'") },
                      "\(first.problems)")
    }
}
