@testable import BonTotKit
import Foundation
import XCTest

/// The check `import minutes --site` runs on the file it wrote named that file from where bontot
/// runs (`xa-a/content/minutes/2024/ap-1-2024-12.md:10`) but, in the text of its warning, the
/// commune's branch file from the commune's folder ("theo 'members' ghi ở content/branches/ap-1.yaml"),
/// which is no file from where the clerk stands: both are named from there now.
final class ImportCheckFolderTests: XCTestCase {
    func testTheBranchFileAnImportedMeetingIsAboveIsNamedFromWhereBontotRuns() throws {
        let site = try DistrictFixture.prepare(for: self)
        try site.replace("members: { official: 40, probationary: 2 }", with: "members: { official: 10, probationary: 0 }",
                         in: "xa-a/content/branches/ap-1.yaml")
        let document = site.sibling("bien-ban-mau-xa.docx")
        try OfficeFixtures.data("bien-ban-mau-xa.docx").write(to: document)
        let imported = MinutesImport.run(document, source: "bien-ban-mau-xa.docx", siteRoot: site.url("xa-a"), siteFolder: "xa-a/",
                                         branch: "ap-1", kind: nil, dryRun: false)
        XCTAssertEqual(imported.diagnostics.errorCount, 0, imported.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        let above = imported.diagnostics.sorted.map(\.description).filter { $0.contains("số phải dự") }
        XCTAssertEqual(above, [
            "xa-a/content/minutes/2024/ap-1-2024-12.md:10: warning: số phải dự (28) nhiều hơn số đảng viên của chi bộ (10, theo "
                + "'members' ghi ở xa-a/content/branches/ap-1.yaml); hãy kiểm tra lại số phải dự hoặc số đảng viên "
                + "/ more members expected (28) than the branch has (10)",
        ])
    }
}
