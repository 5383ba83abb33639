@testable import BonTotKit
import XCTest

/// The last wordings of the attendance `import minutes` read wrong (SPEC §1 `attendance:`,
/// `absent:`, `chair:`, §8): a name and its reason joined by ":" lost both; a sentence about who
/// the absent were ("trong đó có 01 đồng chí chi ủy viên") was written as their reason;
/// "Với sự có mặt của 26/28 đảng viên" read no attendance; "lý do: ốm" left the absent
/// unexcused; the chair and recorder named in a "Thành phần:" line were not found.
final class AttendanceWordingTests: XCTestCase {
    private let opening = ["BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026", "Thời gian: 19 giờ 30, ngày 08/10/2026"]

    /// The facts of minutes with `lines` under the opening.
    private func facts(_ lines: [String]) -> MinutesFacts {
        MinutesFacts(lines: opening + lines, resolutionItems: [])
    }

    /// The names with their reasons, then excused/unexcused ("-" where unsaid), of `lines`, the
    /// attendance line "Có mặt: 26/28 đồng chí" put above them when they have none.
    private func absent(_ lines: String...) -> String {
        AttendanceLineReading.absent(of: facts(withPresence(lines)))
    }

    private func withPresence(_ lines: [String]) -> [String] {
        lines.first?.lowercased().contains("có mặt") == true ? lines : ["Có mặt: 26/28 đồng chí"] + lines
    }

    /// The front matter written of `lines` (as `absent`).
    private func frontMatter(_ lines: String...) -> String {
        MinutesFrontMatterWriter(facts: facts(withPresence(lines)), branch: "ap-1", kind: .thuongKy,
                                 date: CalendarDate(year: 2026, month: 10, day: 8)!).text
    }

    /// The reasons written without a name, of `lines` (as `absent`).
    private func unnamed(_ lines: String...) -> [String] {
        facts(withPresence(lines)).reasonsWithoutNames
    }

    /// Reading a reason where there is none says nothing, and never stops the import.
    func testAReasonReadWhereThereIsNoneSaysNothing() {
        let clause = AttendanceClause("Vắng 02 đồng chí")
        XCTAssertEqual(clause.readReason(at: 0, count: nil, inherited: 2, within: 0..<3),
                       AttendanceClause.ReasonGroup(excused: false, count: nil, names: [], unnamedReason: nil, counted: false, end: 1))
        XCTAssertEqual(clause.readReason(at: 7, count: 2, inherited: nil, within: 0..<3).end, 8, "past the clause")
    }

    /// "đồng chí Nguyễn Văn An: ốm": the name, then its reason after a colon.
    func testANameAndItsReasonJoinedByAColon() {
        let both = "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác) | 2/0"
        for line in ["Vắng: 02 đồng chí (có lý do) (đồng chí Nguyễn Văn An: ốm; đồng chí Trần Thị Bình: đi công tác)",
                     "Vắng: 02 đồng chí (có lý do): đồng chí Nguyễn Văn An: ốm; đồng chí Trần Thị Bình: đi công tác.",
                     "Vắng 02 đồng chí có lý do: đồng chí Nguyễn Văn An: ốm, đồng chí Trần Thị Bình: đi công tác.",
                     "Vắng 02 đồng chí (có lý do: đ/c Nguyễn Văn An: ốm; đ/c Trần Thị Bình: đi công tác)."] {
            XCTAssertEqual(absent(line), both, line)
            XCTAssertEqual(absent("Có mặt: 26/28 đồng chí. " + line), both, line)
            XCTAssertFalse(frontMatter(line).contains("không ghi tên"), frontMatter(line))
        }
        let uncounted = "Vắng có lý do: đồng chí Nguyễn Văn An: ốm; đồng chí Trần Thị Bình: đi công tác"
        XCTAssertEqual(absent(uncounted), absent("Vắng có lý do: đồng chí Nguyễn Văn An – ốm; đồng chí Trần Thị Bình – đi công tác"),
                       "as with a dash")
        // No count of the absent: the unexcused stay unsaid; on the line below "Có mặt" or on its own.
        XCTAssertEqual(absent(uncounted), "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác) | 2/-")
        XCTAssertEqual(absent("Có mặt: 26/28 đồng chí. " + uncounted), "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác) | 2/-")
        XCTAssertFalse(frontMatter(uncounted).contains("không ghi tên"), frontMatter(uncounted))
        XCTAssertTrue(frontMatter(uncounted).contains("""
            absent:
              - { name: Nguyễn Văn An, reason: ốm }
              - { name: Trần Thị Bình, reason: đi công tác }

            """), frontMatter(uncounted))
        // With names parted by commas, what has no title and no reason of its own goes on the reason before it.
        XCTAssertEqual(absent("Vắng có lý do: đồng chí Trần Quốc Bảo: đi công tác tại TP. Hồ Chí Minh, Bình Dương; vắng không lý do: "
                              + "đồng chí Bùi Văn Hải."),
                       "Trần Quốc Bảo (đi công tác tại TP. Hồ Chí Minh, Bình Dương), Bùi Văn Hải | 1/1")
        XCTAssertEqual(facts(withPresence(["Vắng 02 đồng chí: đồng chí Nguyễn Văn An (ốm), Trần Thị Bình."])).absent.map(\.name),
                       ["Nguyễn Văn An", "Trần Thị Bình"], "a reason in brackets ends there")
        // The unexcused named so have no reason.
        XCTAssertEqual(absent("Vắng 03 đồng chí (có lý do: đồng chí Nguyễn Văn An: ốm, đồng chí Trần Thị Bình: đi công tác; "
                              + "không lý do: đồng chí Hoàng Văn Năm)."),
                       "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác), Hoàng Văn Năm | 2/1")
    }

    /// A reason without a name is written in the comment only when it reads as a reason: not a
    /// figure, a title, or words about who the absent were.
    func testOnlyAReasonIsWrittenAsAReasonWithoutAName() {
        for line in ["Vắng 02 đồng chí có lý do, cụ thể là ốm và đi công tác.", "Vắng 02 đồng chí (có lý do: cụ thể là ốm và đi công tác)."] {
            XCTAssertEqual(unnamed(line), ["ốm và đi công tác"], line)
            XCTAssertEqual(absent(line), " | 2/0", line)
            XCTAssertTrue(frontMatter(line).contains("   # lý do vắng (không ghi tên): ốm và đi công tác\n"), frontMatter(line))
        }
        for line in ["Vắng 02 đồng chí có lý do, trong đó có 01 đồng chí chi ủy viên.",
                     "Vắng 02 đồng chí (có lý do: trong đó có 01 đồng chí chi ủy viên).",
                     "Vắng 02 đồng chí (có lý do: trong số đó có đồng chí Bí thư chi bộ).",
                     "Vắng 02 đồng chí (có lý do: gồm đ/c chi ủy viên và đ/c tổ trưởng)."] {
            XCTAssertEqual(unnamed(line), [], line)
            XCTAssertEqual(absent(line), " | 2/0", line)
            XCTAssertFalse(frontMatter(line).contains("không ghi tên"), frontMatter(line))
        }
        XCTAssertEqual(unnamed("Vắng 02 đồng chí (có lý do: đi học lớp trung cấp chính trị)."), ["đi học lớp trung cấp chính trị"])
        XCTAssertEqual(unnamed("Vắng 01 đồng chí (có lý do: ốm)."), ["ốm"])
    }

    /// "Với sự có mặt của 26/28 đảng viên": present 26 of 28 expected.
    func testTheAttendanceAfterCua() {
        func figures(_ line: String) -> String { AttendanceLineReading.presentOfExpected(facts([line])) }
        assertReadings([
            "Với sự có mặt của 26/28 đảng viên.": "26/28",
            "Hội nghị diễn ra với sự tham dự của 26/28 đồng chí.": "26/28",
            "Với sự có mặt của 26 đồng chí/28 đồng chí đảng viên chi bộ.": "26/28",
        ], by: figures)
        XCTAssertEqual(absent("Với sự có mặt của 26/28 đảng viên, vắng 02 đồng chí có lý do."), " | 2/0")
        XCTAssertEqual(figures("Với sự tham dự của 01 đồng chí đại diện Đảng ủy phường."), "-/-", "a guest")
        XCTAssertEqual(figures("Với sự có mặt của đồng chí Võ Văn Lâm – Đảng ủy viên."), "-/-")
        XCTAssertEqual(figures("Chi bộ sinh hoạt với sự tham gia của 25/28 đảng viên."), "25/28")
    }

    /// "lý do: ốm" after the absent's count makes them excused, the reason kept in the comment.
    func testAStatedReasonMakesTheAbsentExcused() {
        for lines in [["Vắng 02 đồng chí (lý do: ốm, đi công tác)."], ["Vắng 02 đồng chí. Lý do: ốm, đi công tác."],
                      ["Vắng 02 đồng chí.", "Lý do: ốm, đi công tác."], ["Vắng 02 đồng chí, lý do vắng: ốm, đi công tác."]] {
            let facts = facts(withPresence(lines))
            XCTAssertEqual([facts.excused, facts.unexcused], [2, 0], "\(lines)")
            XCTAssertFalse(facts.reasonsUnsaid, "\(lines)")
            XCTAssertEqual(facts.reasonsWithoutNames, ["ốm, đi công tác"], "\(lines)")
        }
        XCTAssertTrue(frontMatter("Vắng 02 đồng chí (lý do: ốm, đi công tác).").contains(
            "\nattendance: { present: 26, expected: 28, excused: 2, unexcused: 0 }   # lý do vắng (không ghi tên): ốm, đi công tác\n"),
                      frontMatter("Vắng 02 đồng chí (lý do: ốm, đi công tác)."))
        // "không lý do" is no reason, said after "lý do:" or not.
        for line in ["Vắng 02 đồng chí (không lý do).", "Vắng 02 đồng chí (lý do: không lý do).", "Vắng 02 đồng chí. Lý do: không có lý do."] {
            XCTAssertEqual(absent(line), " | 0/2", line)
            XCTAssertFalse(facts(withPresence([line])).reasonsUnsaid, line)
        }
        // "lý do:" after a name and its comma is that name's reason.
        for line in ["Vắng 01 đồng chí: đồng chí Vũ Đình Trọng, lý do: đi công tác.", "vắng 01 đồng chí (đ/c Vũ Đình Trọng, lý do: đi công tác)."] {
            XCTAssertEqual(absent(line), "Vũ Đình Trọng (đi công tác) | 1/0", line)
            XCTAssertEqual(unnamed(line), [], line)
        }
        XCTAssertEqual(absent("Vắng 02 đồng chí: đồng chí Vũ Đình Trọng, lý do: ốm; đồng chí Hoàng Văn Năm, lý do: không lý do."),
                       "Vũ Đình Trọng (ốm), Hoàng Văn Năm | 1/1")
        XCTAssertEqual(absent("Vắng 02 đồng chí: đồng chí Trần Quốc Bảo, lý do: con ốm; đồng chí Bùi Văn Hải, không lý do."),
                       "Trần Quốc Bảo (con ốm), Bùi Văn Hải | 1/1")
        // "đều có lý do", "(lý do ốm)", "vì lý do …".
        for (line, reason) in [("vắng 02 đồng chí (đều có lý do: con ốm, đi làm ca).", "con ốm, đi làm ca"), ("vắng 2 đồng chí (lý do ốm).", "ốm")] {
            XCTAssertEqual(absent(line), " | 2/0", line)
            XCTAssertEqual(unnamed(line), [reason], line)
        }
        XCTAssertEqual(absent("Vắng 01 đồng chí vì lý do sức khỏe."), " | 1/0")
        XCTAssertEqual(unnamed("Vắng 01 đồng chí vì lý do sức khỏe."), ["sức khỏe"])
        // Named, then the reasons in a sentence of their own: the named are excused, the reasons kept in the comment.
        let named = "Vắng 02 đồng chí: đ/c Tôn Thất Xuân, đ/c Lê Văn Cường. Lý do: đi làm ca, nằm viện."
        XCTAssertEqual(absent(named), "Tôn Thất Xuân, Lê Văn Cường | 2/0")
        XCTAssertEqual(unnamed(named), ["đi làm ca, nằm viện"])
        // Named with their reasons after "lý do:".
        XCTAssertEqual(absent("Vắng 02 đồng chí (lý do: đồng chí Nguyễn Văn An – ốm, đồng chí Trần Thị Bình – đi công tác)."),
                       "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác) | 2/0")
    }

    /// "Thành phần: đồng chí A – Bí thư chi bộ chủ trì; đồng chí B – thư ký": the chair and the
    /// recorder, never a guest or one absent.
    func testTheChairAndRecorderOfACompositionLine() {
        let line = "Thành phần: đồng chí Nguyễn Văn Long – Bí thư chi bộ chủ trì; đồng chí Lê Thị Hoa – thư ký."
        XCTAssertEqual([facts([line]).chair, facts([line]).recorder], ["Nguyễn Văn Long", "Lê Thị Hoa"])
        let minutes = facts(["Thành phần dự họp: đồng chí Võ Văn Lâm – Phó Bí thư Đảng ủy phường dự và chỉ đạo; đồng chí Trần Văn Bảy – "
                             + "Bí thư chi bộ vắng (đi công tác); đồng chí Nguyễn Văn Long – Phó Bí thư chi bộ chủ trì hội nghị; "
                             + "đồng chí Lê Thị Hoa ghi biên bản.", "Có mặt: 26/28 đồng chí."])
        XCTAssertEqual([minutes.chair, minutes.recorder], ["Nguyễn Văn Long", "Lê Thị Hoa"])
        for other in ["Thành phần: đồng chí Võ Văn Lâm – Phó Bí thư Đảng ủy phường dự, chủ trì; đồng chí Lê Thị Hoa – thư ký.",
                      "Thành phần: đại biểu cấp trên đồng chí Võ Văn Lâm chủ trì; đồng chí Lê Thị Hoa – thư ký.",
                      "Thành phần: đồng chí Trần Văn Bảy – Bí thư chi bộ chủ trì, vắng mặt; đồng chí Lê Thị Hoa – thư ký."] {
            XCTAssertNil(facts([other]).chair, other)
            XCTAssertEqual(facts([other]).recorder, "Lê Thị Hoa", other)
        }
        XCTAssertEqual(facts(["Thành phần: đồng chí Nguyễn Văn Long – Bí thư chi bộ, chủ trì; đồng chí Lê Thị Hoa – đảng viên dự bị, thư ký."])
                        .recorder, "Lê Thị Hoa", "a member on probation ('dự bị') is no guest")
        let listed = facts(["Thành phần:", "- Đồng chí Võ Văn Lâm – Đảng ủy viên, dự và chỉ đạo;", "- Đồng chí Nguyễn Văn Long – Bí thư chi bộ: chủ trì;",
                            "- Đồng chí Lê Thị Hoa: thư ký."])
        XCTAssertEqual([listed.chair, listed.recorder], ["Nguyễn Văn Long", "Lê Thị Hoa"], "the list under 'Thành phần:'")
        let twoOnePart = facts(["Thành phần dự họp: các đảng viên trong chi bộ; đồng chí Huỳnh Ngọc Sang – Bí thư chi bộ chủ trì, "
                                + "đồng chí Lê Thị Hoa – Phó Bí thư ghi biên bản."])
        XCTAssertEqual([twoOnePart.chair, twoOnePart.recorder], ["Huỳnh Ngọc Sang", "Lê Thị Hoa"], "two people parted by a comma")
        // Review: the last two joined by "và" were one part ending in "thư ký", the chair written recorder.
        let joined = facts(["Thành phần: đồng chí Nguyễn Thị Thanh Yên – Đảng ủy viên dự, đồng chí Đoàn Văn Thắng – Bí thư chi bộ chủ trì "
                            + "và đồng chí Bùi Thị Thủy – thư ký."])
        XCTAssertEqual([joined.chair, joined.recorder], ["Đoàn Văn Thắng", "Bùi Thị Thủy"], "two people joined by 'và'")
        // A sentence of the opening naming them; not one of the body.
        let sentence = "Đồng chí Trần Minh Tuấn – Bí thư chi bộ chủ trì hội nghị; đồng chí Trần Văn Tài – chi ủy viên làm thư ký."
        XCTAssertEqual([facts([sentence, "Có mặt: 26/28 đồng chí."]).chair, facts([sentence]).recorder], ["Trần Minh Tuấn", "Trần Văn Tài"])
        XCTAssertEqual([facts(["Có mặt: 26/28 đồng chí.", "Nội dung sinh hoạt:", sentence]).chair], [nil], "the body's")
        let worded = facts(["Chủ trì hội nghị là đồng chí Huỳnh Ngọc Sang, Bí thư chi bộ; thư ký là đồng chí Trần Văn Tài."])
        XCTAssertEqual([worded.chair, worded.recorder], ["Huỳnh Ngọc Sang", "Trần Văn Tài"], "'… là đồng chí …'")
        XCTAssertNil(facts(["Đơn vị chủ trì là Ban điều hành khu dân cư."]).chair)
        // The labelled line says who chaired; outside a composition line, a person and "chủ trì" is no chair.
        XCTAssertEqual(facts(["Thành phần: đồng chí Nguyễn Văn Long – Bí thư chi bộ chủ trì.", "Chủ trì: đồng chí Phạm Văn Hùng"]).chair,
                       "Phạm Văn Hùng")
        XCTAssertNil(facts(["Ý kiến: đồng chí Nguyễn Văn Long – Bí thư chi bộ chủ trì đề nghị …"]).chair)
    }

    /// The present, expected and exempt read over the tokens of a line, as the absent are: each
    /// wording a regex read before reads the same.
    func testTheFiguresAreReadOverTheTokens() {
        func figures(_ line: String) -> String {
            let figures = AttendanceFigures(line)
            func text(_ number: Int??) -> String { number.map { $0.map(String.init) ?? "?" } ?? "-" }
            func pair(_ found: (present: Int?, expected: Int?)?) -> String {
                found.map { "\($0.present.map(String.init) ?? "?")/\($0.expected.map(String.init) ?? "-")" } ?? "-"
            }
            return [text(figures.present), text(figures.presentWorded), pair(figures.presentCountFirst), pair(figures.presentOfExpected),
                    pair(figures.presentOf), text(figures.expected), text(figures.exempt), text(figures.exemptAfterCount)].joined(separator: " ")
        }
        assertReadings([
            "Có mặt: 25/28 đồng chí": "25 - - 25/28 - - - -",
            "Đảng viên dự họp: 25 đồng chí / 28 đồng chí": "25 25 - 25/28 - - - -",
            "có mặt đầy đủ (28/28)": "28 - - 28/28 - - - -",
            "Chi bộ có 28 đảng viên, 25/28 đ/c có mặt": "- - 25/28 - - - - -",
            "Với sự có mặt của 26 đồng chí/28 đồng chí": "- - - - 26/28 - - -",
            "với sự tham dự của 26 đồng chí": "- - - - 26/- - - -",
            "Số đảng viên phải dự: 28; miễn công tác và sinh hoạt đảng: 02": "- - - - - 28 2 -",
            "03 đ/c được miễn SH; triệu tập 30": "- - - - - 30 - 3",
        ], by: figures)
        XCTAssertEqual(figures("Đại biểu có mặt: 02 đồng chí"), "2 - - - - - - -", "a label's words are read as words")
        XCTAssertEqual(figures("Có mặt: 99999999999999999999999"), "- - - - - - - -", "a figure no committee has is no figure")
        XCTAssertEqual(figures("Có mặt đầy 25/28; miễn sinh hoạt đảng viên: 2"), "- - - - - - - -")
    }
}
