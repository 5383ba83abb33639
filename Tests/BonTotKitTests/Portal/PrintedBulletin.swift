import BonTotKit
import Foundation
import XCTest

/// A month's bulletin of a prepared site, built with `bontot build --pdf --month` and printed as
/// an office prints it: the PDF the build wrote (WeasyPrint) and the page printed from the
/// browser (Chromium).
enum PrintedBulletin {
    /// The site at `root` built for `month` with its PDF, and the two prints, each named by what
    /// printed it. Fails the test when the build fails.
    static func prints(root: URL, month: YearMonth, file: StaticString = #filePath, line: UInt = #line) throws -> [(engine: String, pdf: URL)] {
        let built = BuiltSite.rebuild(root: root, pdf: true, month: month)
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)", file: file, line: line)
        let router = Router()
        return [
            ("WeasyPrint (bontot build --pdf)", built.output.appending(path: router.file(.bulletinPDF(month)))),
            ("Chromium", try PrintedSheets.print(router.file(.bulletin(month)), in: built.output, engine: .chromium)),
        ]
    }
}
