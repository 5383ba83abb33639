@testable import BonTotKit
import Foundation
import XCTest

/// `bontot import minutes` of minutes labelling their topic "Nội dung: …", "Nội dung sinh hoạt:
/// …" or "Chủ đề: …" (`make_topic_documents.py`): the topic is filled in, not left as
/// "# topic:" with a warning to fill it; the "II. NỘI DUNG" heading below is not taken for it.
final class MinutesTopicImportTests: DocumentsSiteTestCase {
    func testTheTopicLabelledNoiDungOrChuDeIsFilledIn() throws {
        let cases = [
            ("bien-ban-noi-dung.docx", "topic: Sơ kết công tác quý III năm 2026"),
            ("bien-ban-noi-dung-sinh-hoat.docx", "topic: Phát huy vai trò đảng viên nơi cư trú"),
            ("bien-ban-chu-de.docx", "topic: Sơ kết công tác quý III năm 2026"),
        ]
        for (name, line) in cases {
            let report = MinutesImport.run(OfficeFixtures.folder.appending(path: name), source: name, siteRoot: root, branch: "ap-1",
                                           kind: nil, dryRun: false, allowDuplicates: false)
            let path = "content/minutes/2026/ap-1-2026-10.md"
            XCTAssertEqual(report.outcomes.map(\.path), [path], name)
            XCTAssertFalse(report.diagnostics.sorted.contains { $0.description.contains("'topic'") },
                           "\(name): \(report.diagnostics.sorted.map(\.description))")
            let text = try String(contentsOf: root.appending(path: path), encoding: .utf8)
            XCTAssertTrue(text.split(separator: "\n").contains { $0 == line }, "\(name):\n\(text)")
            try FileManager.default.removeItem(at: root.appending(path: path))
        }
    }
}
