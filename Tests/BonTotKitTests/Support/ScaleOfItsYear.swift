import XCTest

/// What the tests of a scale that changed check alike, for a site's branches (`rubrics/`) and a
/// district's units (`unit-rubrics/`): a score file is read against the scale in force in its
/// period's year, and a page's text as a reader sees it.
enum ScaleOfItsYear {
    /// A page's text as read: tags as spaces, runs of white space as one.
    static func visible(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    /// Fails unless the ranking of `year` under `ranking` (`xep-hang`, `xep-hang-don-vi`) in `site`
    /// has each of `lines` in its CSV (its header, a row `"\n2;…"`), and its page names the
    /// criterion `shows` (when given) and not `hides`, a criterion of the other scale.
    static func assertRanking(_ site: BuiltSite, _ ranking: String, year: Int, has lines: [String], shows: String? = nil,
                              hides: String, file: StaticString = #filePath, line: UInt = #line) {
        let csv = site.page("\(ranking)/\(year)/bang-xep-hang.csv", file: file, line: line)
        for expected in lines {
            XCTAssertTrue(csv.contains(expected), "\(year) lacks \(expected): \(csv)", file: file, line: line)
        }
        let page = site.page("\(ranking)/\(year)/index.html", file: file, line: line)
        if let shows { XCTAssertTrue(page.contains(shows), "\(shows) is a column of \(year)", file: file, line: line) }
        XCTAssertFalse(page.contains(hides), "the other scale's \(hides) is not a column of \(year)", file: file, line: line)
    }

    /// Builds `fixture` with `scores` (YAML valid on the former scale only) in `folder`: for the
    /// former period `former` it is accepted; for today's period `today` every error is at its
    /// file and one names `missing`, a criterion of today's scale; and a file named for the
    /// former period `formerName` whose written `period:` is `writtenToday` is refused, the
    /// written period deciding its scale.
    static func assertYAMLScores(_ scores: String, fixture: String, folder: String, former: String, today: String,
                                 missing: String, formerName: String, writtenToday: String,
                                 file: StaticString = #filePath, line: UInt = #line) throws {
        let accepted = try BuiltSite.build(fixture, changes: ["\(folder)/\(former).yaml": "period: \(former)\n" + scores])
        XCTAssertEqual(accepted.report.diagnostics.errorCount, 0, "\(accepted.report.diagnostics.sorted)", file: file, line: line)
        let refusedPath = "\(folder)/\(today).yaml"
        let refused = try BuiltSite.build(fixture, changes: [refusedPath: "period: \(today)\n" + scores])
        let errors = refused.report.diagnostics.sorted.filter { $0.severity == .error }
        XCTAssertFalse(errors.isEmpty, file: file, line: line)
        XCTAssertTrue(errors.allSatisfy { $0.location.file == refusedPath }, "\(errors)", file: file, line: line)
        XCTAssertTrue(errors.contains { $0.message.contains("thiếu điểm '\(missing)'") }, "today's criteria are asked: \(errors)",
                      file: file, line: line)
        let namedPath = "\(folder)/\(formerName).yaml"
        let named = try BuiltSite.build(fixture, changes: [namedPath: "period: \(writtenToday)\n" + scores])
        let namedErrors = named.report.diagnostics.sorted.filter { $0.severity == .error }
        XCTAssertTrue(namedErrors.contains { $0.location.file == namedPath && $0.message.contains("thiếu điểm '\(missing)'") },
                      "its written period's scale asks today's criteria: \(namedErrors)", file: file, line: line)
    }

    /// Builds `fixture` with the CSV `csv` (headed by the former scale's criteria) in `folder`:
    /// accepted for the former period `former`, refused for today's period `today`.
    static func assertCSVHeader(_ csv: String, fixture: String, folder: String, former: String, today: String,
                                file: StaticString = #filePath, line: UInt = #line) throws {
        let accepted = try BuiltSite.build(fixture, changes: ["\(folder)/\(former).csv": csv])
        XCTAssertEqual(accepted.report.diagnostics.errorCount, 0, "\(accepted.report.diagnostics.sorted)", file: file, line: line)
        let refusedPath = "\(folder)/\(today).csv"
        let refused = try BuiltSite.build(fixture, changes: [refusedPath: csv])
        let errors = refused.report.diagnostics.sorted.filter { $0.severity == .error }
        XCTAssertFalse(errors.isEmpty, file: file, line: line)
        XCTAssertTrue(errors.allSatisfy { $0.location.file == refusedPath }, "\(errors)", file: file, line: line)
    }
}
