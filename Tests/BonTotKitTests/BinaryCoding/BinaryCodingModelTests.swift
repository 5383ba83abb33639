import BonTotKit
import Foundation
import XCTest

/// Every model type survives the binary coding: loaded from the fixture site, and built with every
/// optional present and absent.
final class BinaryCodingModelTests: XCTestCase {
    func testFixtureSiteRoundTrips() throws {
        let loaded = try BinaryCodingSamples.portal()
        let site = try XCTUnwrap(loaded.site)
        XCTAssertFalse(site.branches.isEmpty)
        XCTAssertFalse(site.minutes.isEmpty)
        XCTAssertFalse(site.stories.isEmpty)
        XCTAssertFalse(site.evaluations.isEmpty)
        XCTAssertFalse(site.editorials.isEmpty)
        for branch in site.branches { assertBinaryRoundTrip(branch) }
        for minutes in site.minutes { assertBinaryRoundTrip(minutes) }
        for story in site.stories { assertBinaryRoundTrip(story) }
        for evaluation in site.evaluations { assertBinaryRoundTrip(evaluation) }
        for editorial in site.editorials { assertBinaryRoundTrip(editorial) }
        assertBinaryRoundTrip(site.rubric)
        assertBinaryRoundTrip(site.config)
        assertBinaryRoundTrip(loaded.diagnostics.entries)
        // Whole collections in one coding, as a cache file holds them.
        assertBinaryRoundTrip(site.minutes)
        assertBinaryRoundTrip(site.branches)
        assertBinaryRoundTrip(site.evaluations)
    }

    func testMinutesWithEveryOptionalPresentAndAbsent() {
        assertBinaryRoundTrip(BinaryCodingSamples.fullMinutes)
        assertBinaryRoundTrip(BinaryCodingSamples.bareMinutes)
        // One optional at a time, so a field missing in the middle of the others is covered.
        let full = BinaryCodingSamples.fullMinutes
        let optionals: [WritableKeyPath<Minutes, String?>] = [\.topic, \.chair, \.recorder]
        for keyPath in optionals {
            var minutes = full
            minutes[keyPath: keyPath] = nil
            assertBinaryRoundTrip(minutes)
        }
        var minutes = full
        minutes.start = nil
        assertBinaryRoundTrip(minutes)
        minutes = full
        minutes.attendance = Attendance(present: 0, expected: 0)
        minutes.speakers = nil
        assertBinaryRoundTrip(minutes)
        minutes = full
        minutes.qualityScore = nil
        minutes.end = nil
        assertBinaryRoundTrip(minutes)
    }

    func testBranchesWithEveryOptionalPresentAndAbsent() {
        assertBinaryRoundTrip(BinaryCodingSamples.fullBranch)
        assertBinaryRoundTrip(BinaryCodingSamples.bareBranch)
        assertBinaryRoundTrip(MemberCount(official: 0, probationary: 0))
        assertBinaryRoundTrip(HouseholdAssignment(members: 3, households: 40))
        assertBinaryRoundTrip(HouseholdAssignment(members: 3, households: 40, max: 20))
        assertBinaryRoundTrip(HouseholdAssignment(members: 3, households: 40, min: 10))
        assertBinaryRoundTrip(Award(year: 2020, title: "Bằng khen", reason: "Lý do"))
        for kind in BranchKind.allCases { assertBinaryRoundTrip(kind) }
    }

    func testStoriesEvaluationsEditorialsWithEveryOptionalPresentAndAbsent() {
        assertBinaryRoundTrip(BinaryCodingSamples.fullStory)
        assertBinaryRoundTrip(BinaryCodingSamples.bareStory)
        for kind in StoryKind.allCases { assertBinaryRoundTrip(kind) }
        assertBinaryRoundTrip(BinaryCodingSamples.fullEvaluation)
        assertBinaryRoundTrip(BinaryCodingSamples.bareEvaluation)
        assertBinaryRoundTrip(BinaryCodingSamples.fullEditorial)
        assertBinaryRoundTrip(BinaryCodingSamples.bareEditorial)
    }

    func testRubricConfigAndDiagnosticsWithEveryOptionalPresentAndAbsent() {
        assertBinaryRoundTrip(BinaryCodingSamples.fullRubric)
        assertBinaryRoundTrip(BinaryCodingSamples.bareRubric)
        assertBinaryRoundTrip(BinaryCodingSamples.fullConfig)
        assertBinaryRoundTrip(BinaryCodingSamples.bareConfig)
        assertBinaryRoundTrip(BinaryCodingSamples.diagnostics)
        assertBinaryRoundTrip(Diagnostic.warning(at: SourceLocation(file: "a.md", line: Int.max), "không có trường"))
        assertBinaryRoundTrip(Diagnostic.Severity.error)
    }

    func testSmallValueTypes() {
        assertBinaryRoundTrip(BinaryCodingSamples.day)
        assertBinaryRoundTrip(TimeOfDay("0:00"))
        assertBinaryRoundTrip(TimeOfDay("23:59"))
        assertBinaryRoundTrip(YearMonth(year: 2024, month: 12))
        assertBinaryRoundTrip(YearQuarter(year: 2024, quarter: 4))
        assertBinaryRoundTrip(SourceLocation(file: "content/đường dẫn/tệp.md", line: 0))
        for kind in MeetingKind.allCases { assertBinaryRoundTrip(kind) }
        for format in MeetingFormat.allCases { assertBinaryRoundTrip(format) }
    }

    func testPeriodsOfEverySpan() {
        for period in [Period(year: 2024), Period(year: 2024, span: .quarter(3)), Period(year: 2024, span: .month(9)),
                       Period(year: -1, span: .quarter(Int.min))] {
            assertBinaryRoundTrip(period)
        }
        assertBinaryRoundTrip([Period.Span.year, .month(1), .quarter(4), .year])
    }

    /// Templates see months and quarters through their `Encodable`: the synthesized keys must be
    /// those the removed hand-written conformance wrote.
    func testMonthsAndQuartersKeepTheirKeysForTemplates() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        XCTAssertEqual(String(decoding: try encoder.encode(YearMonth(year: 2024, month: 9)), as: UTF8.self),
                       #"{"month":9,"year":2024}"#)
        XCTAssertEqual(String(decoding: try encoder.encode(YearQuarter(year: 2024, quarter: 3)), as: UTF8.self),
                       #"{"quarter":3,"year":2024}"#)
    }

    /// Key names are written once per coding and numbers as varints: a list of minutes codes to
    /// much less than JSON (66,837 bytes against 106,201 when written).
    func testCodingIsCompact() throws {
        let minutes = Array(repeating: BinaryCodingSamples.fullMinutes, count: 100)
        let binary = try BinaryEncoder().encode(minutes)
        let json = try JSONEncoder().encode(minutes)
        XCTAssertLessThan(binary.count, json.count * 3 / 4)
    }
}
