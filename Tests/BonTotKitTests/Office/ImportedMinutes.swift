@testable import BonTotKit
import Foundation
import XCTest

extension SiteCopyTestCase {
    /// The minutes the import makes of the office fixture `name` (a path under
    /// `Tests/Fixtures/office`) for ap-1 of a copy of the minimal site, in a dry run; fails with
    /// the diagnostics when it makes none. The copy is removed after the test.
    func importedMinutes(_ name: String) throws -> String {
        let root = keep(try ValidationSite.make("minimal"))
        let report = MinutesImport.run(OfficeFixtures.folder.appending(path: name), source: name, siteRoot: root,
                                       branch: "ap-1", kind: nil, dryRun: true)
        return try XCTUnwrap(report.outcomes.first?.text, report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
    }
}
