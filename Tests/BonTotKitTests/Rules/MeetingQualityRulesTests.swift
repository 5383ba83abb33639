import XCTest
@testable import BonTotKit

final class MeetingQualityRulesTests: XCTestCase {
    /// A meeting that meets every condition: 180/193 present, nobody unexcused, 105 minutes, 9 speakers.
    private func goodMeeting() -> Minutes {
        var meeting = RulesFixture.meeting("kdc-21", "2024-09-05", present: 180, expected: 193)
        meeting.attendance?.excused = 13
        meeting.attendance?.unexcused = 0
        meeting.absent = [Absentee(name: "Lê Văn Tám", reason: "ốm")]
        meeting.start = TimeOfDay("19:30")
        meeting.end = TimeOfDay("21:15")
        meeting.speakers = 9
        return meeting
    }

    private func failures(_ change: (inout Minutes) -> Void) -> [QualityFailure] {
        var meeting = goodMeeting()
        change(&meeting)
        return MeetingQuality(meeting).failures
    }

    func testAMeetingMeetingEveryConditionIsAQualityMeeting() {
        XCTAssertTrue(MeetingQuality(goodMeeting()).isQualityMeeting)
        var bare = goodMeeting()
        bare.start = nil
        bare.speakers = nil
        XCTAssertTrue(MeetingQuality(bare).isQualityMeeting)
    }

    func testLowAttendanceFailsAlone() {
        XCTAssertEqual(failures { $0.attendance?.present = 160 },
                       [QualityFailure(condition: .attendance, reason: "tỷ lệ đảng viên dự họp 82,9 %, chưa trên 85 %")])
        XCTAssertEqual(failures { $0.attendance = Attendance(present: 170, expected: 200) }.map(\.condition), [.attendance])
        XCTAssertEqual(failures { $0.attendance = Attendance(present: 171, expected: 200) }, [])
    }

    /// The reason a page shows keeps "82,9 %" and "85 %" on one line; the console's is plain text.
    func testLowAttendanceOnAPageKeepsEachPercentWithItsFigure() {
        var meeting = goodMeeting()
        meeting.attendance?.present = 160
        XCTAssertEqual(MeetingQuality(meeting, for: .page).failures.map(\.reason),
                       ["tỷ lệ đảng viên dự họp 82,9\u{00A0}%, chưa trên 85\u{00A0}%"])
    }

    func testAnUnexcusedAbsenceFailsAlone() {
        XCTAssertEqual(failures { $0.attendance?.unexcused = 2 },
                       [QualityFailure(condition: .noUnexcusedAbsence, reason: "có 02 đảng viên vắng mặt không có lý do")])
        XCTAssertEqual(failures { $0.absent.append(Absentee(name: "Hoàng Văn Nam")) }.map(\.condition),
                       [.noUnexcusedAbsence])
    }

    func testAShortMeetingFailsAlone() {
        XCTAssertEqual(failures { $0.end = TimeOfDay("20:45") },
                       [QualityFailure(condition: .duration, reason: "thời gian sinh hoạt 1 giờ 15 phút, chưa đủ 90 phút")])
        XCTAssertEqual(failures { $0.end = TimeOfDay("21:00") }, [])
    }

    func testTooFewSpeakersFailsAlone() {
        XCTAssertEqual(failures { $0.speakers = 2 },
                       [QualityFailure(condition: .speakers, reason: "chỉ có 02 đảng viên phát biểu, cần ít nhất 03")])
        XCTAssertEqual(failures { $0.speakers = 3 }, [])
    }

    func testScoreBands() {
        let bands = [100, 90, 89.9, 70, 69.5, 50, 49.9, 0].map(QualityBand.init(score:))
        XCTAssertEqual(bands, [.tot, .tot, .kha, .kha, .trungBinh, .trungBinh, .kem, .kem])
        XCTAssertEqual(bands.map(\.displayName), ["Tốt", "Tốt", "Khá", "Khá", "Trung bình", "Trung bình", "Kém", "Kém"])
        var meeting = goodMeeting()
        meeting.qualityScore = 92
        XCTAssertEqual(MeetingQuality(meeting).band, .tot)
        XCTAssertNil(MeetingQuality(goodMeeting()).band)
    }

    func testTheYearsRecord() {
        let sevenGood = Array(repeating: 92.0, count: 7) + Array(repeating: 75.0, count: 5)
        XCTAssertEqual(QualityRecord(scores: sevenGood).band, .tot)
        let sixGood = Array(repeating: 92.0, count: 6) + Array(repeating: 75.0, count: 6)
        XCTAssertEqual(QualityRecord(scores: sixGood).band, .kha)
        let oneAverage = Array(repeating: 95.0, count: 11) + [60]
        XCTAssertEqual(QualityRecord(scores: oneAverage).band, .kha)
        let onePoor = Array(repeating: 95.0, count: 11) + [40]
        XCTAssertEqual(QualityRecord(scores: onePoor).band, .trungBinh)
        XCTAssertEqual(QualityRecord(scores: Array(repeating: 55.0, count: 12)).band, .trungBinh)
        XCTAssertEqual(QualityRecord(scores: [45, 45, 60]).band, .kem)
        XCTAssertNil(QualityRecord(scores: []).band)
    }

    func testTheYearsRecordCountsTheBranchsScoredRegularMeetingsOfThatYear() {
        var meetings = (1...7).map { month -> Minutes in
            var meeting = RulesFixture.meeting("kdc-21", "2024-\(month < 10 ? "0" : "")\(month)-05")
            meeting.qualityScore = 95
            return meeting
        }
        var thematic = RulesFixture.meeting("kdc-21", "2024-08-20", .chuyenDe)
        thematic.qualityScore = 40
        var otherBranch = RulesFixture.meeting("kdc-12", "2024-08-05")
        otherBranch.qualityScore = 40
        var otherYear = RulesFixture.meeting("kdc-21", "2023-08-05")
        otherYear.qualityScore = 40
        meetings += [thematic, otherBranch, otherYear, RulesFixture.meeting("kdc-21", "2024-09-05")]
        let record = QualityRecord(branchID: "kdc-21", year: 2024, minutes: meetings)
        XCTAssertEqual(record.scoredMeetings, 7)
        XCTAssertEqual(record.bandCounts, [.tot: 7])
        XCTAssertEqual(record.band, .tot)
    }
}
