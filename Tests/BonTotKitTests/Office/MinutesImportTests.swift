@testable import BonTotKit
import Foundation
import XCTest

/// `bontot import minutes`: Word minutes written by python-docx and by LibreOffice import to the
/// same front matter; a .VnTime document comes out in Unicode; nothing is overwritten; what could
/// not be found is a warning on the line to fill; damaged documents are clear errors.
final class MinutesImportTests: DocumentsSiteTestCase {

    private let expectedFrontMatter = """
        ---
        branch: ap-1
        date: 2024-10-05
        kind: thuong-ky
        # topic:
        chair: Nguyễn Văn Hùng
        recorder: Trần Thị Mai
        start: "19:30"
        end: "21:15"
        attendance: { present: 25, expected: 28, excused: 2, unexcused: 1 }
        absent:
          - { name: Lê Văn Tám, reason: ốm }
          - { name: Phạm Thị Hoa, reason: đi công tác }
          - { name: Hoàng Văn Nam }
        speakers: 7
        guests:
          - Nguyễn Thị Thanh Yên — Bí thư Đảng ủy xã
        resolutions:
          - { text: Hoàn thành cải tạo điểm đen rác thải ngõ 15 trước ngày 30/10/2024, due: 2024-10-30 }
          - { text: "Nạo vét kênh nội đồng, thời hạn: 15/11/2024", due: 2024-11-15 }
          - Vận động 100% hộ gia đình ký cam kết không xả rác
        ---

        """

    private func run(_ name: String, dryRun: Bool = false, kind: MeetingKind? = nil, branch: String = "ap-1",
                     allowDuplicates: Bool = false) -> MinutesImport.Report {
        MinutesImport.run(OfficeFixtures.folder.appending(path: name), source: name, siteRoot: root, branch: branch,
                          kind: kind, dryRun: dryRun, allowDuplicates: allowDuplicates)
    }

    private func written(_ path: String) throws -> String {
        try String(contentsOf: root.appending(path: path), encoding: .utf8)
    }

    private func frontMatter(_ text: String) -> String {
        let parts = text.components(separatedBy: "\n---\n")
        return parts[0] + "\n---\n"
    }

    func testAPythonDocxMinutesFillsTheFrontMatterAndPassesTheCheck() throws {
        let report = run("bien-ban-python-docx.docx")
        let path = "content/minutes/2024/ap-1-2024-10.md"
        XCTAssertEqual(report.outcomes.map(\.path), [path])
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [
            "\(path):5: warning: chưa tìm thấy 'topic' trong biên bản (chuyên đề / nội dung trọng tâm); hãy điền rồi bỏ dấu '#' đầu dòng / 'topic' not found in the document: fill it in",
        ])
        let text = try written(path)
        XCTAssertEqual(frontMatter(text), expectedFrontMatter)

        let loaded = SiteLoader.load(root: root)
        XCTAssertEqual(loaded.diagnostics.errorCount, 0, loaded.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        let minutes = try XCTUnwrap(loaded.site?.minutes.first { $0.slug == "ap-1-2024-10" })
        XCTAssertEqual(minutes.attendance?.present, 25)
        XCTAssertEqual(minutes.absent.map(\.name), ["Lê Văn Tám", "Phạm Thị Hoa", "Hoàng Văn Nam"])
        XCTAssertEqual(minutes.resolutions.compactMap(\.due).map(\.description), ["2024-10-30", "2024-11-15"])
    }

    func testTheBodyKeepsHeadingsListsBoldItalicAndTables() throws {
        _ = run("bien-ban-python-docx.docx")
        let body = try written("content/minutes/2024/ap-1-2024-10.md").components(separatedBy: "\n---\n")[1]
        XCTAssertTrue(body.hasPrefix("""
            ĐẢNG BỘ XÃ HÒA THUẬN

            ĐẢNG CỘNG SẢN VIỆT NAM

            CHI BỘ ẤP 1

            Hòa Thuận, ngày 05 tháng 10 năm 2024

            ## BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2024

            """), "the Party header's layout table gives paragraphs:\n\(body)")
        XCTAssertTrue(body.hasSuffix("\n\nTHƯ KÝ\n\nCHỦ TRÌ\n\nTrần Thị Mai\n\nNguyễn Văn Hùng\n"), body)
        for expected in [
            "\n## III. NGHỊ QUYẾT\n\n- Hoàn thành cải tạo điểm đen rác thải ngõ 15 trước ngày 30/10/2024.\n- Nạo vét kênh nội đồng",
            "\n### Đánh giá kết quả thực hiện nghị quyết tháng 9\n",
            "**Đồng chí Bí thư báo cáo:** chi bộ đã hoàn thành 5/6 chỉ tiêu; *riêng việc thu gom rác tại ngõ 15 còn chậm.*",
            "- STT: 1; Chỉ tiêu: Thu gom rác; Kết quả: Chưa đạt\n- STT: 2; Chỉ tiêu: Nạo vét kênh; Kết quả: Đạt",
        ] {
            XCTAssertTrue(body.contains(expected), "missing:\n\(expected)\nin:\n\(body)")
        }
    }

    func testALibreOfficeDocumentGivesTheSameFrontMatter() throws {
        let report = run("bien-ban-libreoffice.docx")
        let path = try XCTUnwrap(report.outcomes.first?.path)
        XCTAssertEqual(frontMatter(try written(path)), expectedFrontMatter)
        XCTAssertEqual(report.diagnostics.errorCount, 0)
    }

    /// A Word minutes of 05/10/2024 beside the month's file holding the meeting of 28/10 (a
    /// second regular meeting): named with its day, as `bontot new minutes` names it, not '-2'
    /// (the name of another file of the same meeting).
    func testAnotherMeetingOfTheMonthIsNamedWithItsDay() throws {
        let month = root.appending(path: "content/minutes/2024/ap-1-2024-10.md")
        try FileManager.default.createDirectory(at: month.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "---\nbranch: ap-1\ndate: 2024-10-28\nkind: thuong-ky\n---\nHọp bù.\n".write(to: month, atomically: true, encoding: .utf8)
        let report = run("bien-ban-python-docx.docx")
        XCTAssertEqual(report.outcomes.map(\.path), ["content/minutes/2024/ap-1-2024-10-05.md"], report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
    }

    func testNothingIsOverwrittenAndAThematicMeetingIsNamedSo() throws {
        let first = run("bien-ban-python-docx.docx")
        let before = try written("content/minutes/2024/ap-1-2024-10.md")
        let second = run("bien-ban-libreoffice.docx", allowDuplicates: true)
        XCTAssertEqual(first.outcomes.map(\.path), ["content/minutes/2024/ap-1-2024-10.md"])
        XCTAssertEqual(second.outcomes.map(\.path), ["content/minutes/2024/ap-1-2024-10-2.md"])
        XCTAssertEqual(try written("content/minutes/2024/ap-1-2024-10.md"), before)
        let thematic = run("bien-ban-python-docx.docx", kind: .chuyenDe)
        XCTAssertEqual(thematic.outcomes.map(\.path), ["content/minutes/2024/ap-1-2024-10-chuyen-de.md"])
        XCTAssertTrue(try written("content/minutes/2024/ap-1-2024-10-chuyen-de.md").contains("\nkind: chuyen-de\n"))
    }

    func testADryRunWritesNothing() throws {
        let report = run("bien-ban-python-docx.docx", dryRun: true)
        XCTAssertEqual(report.outcomes.first.flatMap(\.text).map(frontMatter), expectedFrontMatter)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appending(path: "content/minutes/2024/ap-1-2024-10.md").path))
    }

    func testAMinutesInVnTimeAndVNIFontsComesOutInUnicode() throws {
        let report = run("bien-ban-vntime.docx")
        let outcome = try XCTUnwrap(report.outcomes.first)
        XCTAssertEqual(outcome.convertedEncodings, ["TCVN3 (ABC)", "VNI"])
        let text = try written(try XCTUnwrap(outcome.path))
        XCTAssertTrue(text.hasSuffix("""
            ---
            **BIÊN BẢN SINH HOẠT CHI BỘ**

            Thời gian: 19 giờ 30 phút, ngày 05 tháng 10 năm 2024.

            Đảng bộ xã Hòa Thuận, chi bộ ấp 1: đảng viên thảo luận Nghị quyết tháng 10.

            Chủ trì: đồng chí Nguyễn Văn Hùng.

            Thư ký: đồng chí Trần Thị Mai.

            """), text)
        XCTAssertTrue(text.contains("\nchair: Nguyễn Văn Hùng\nrecorder: Trần Thị Mai\nstart: \"19:30\"\n"), text)
        XCTAssertEqual(report.diagnostics.sorted.map { "\($0.location.line) \($0.field ?? "")" },
                       ["5 topic", "9 end", "10 attendance", "11 resolutions"])
    }

    func testADamagedDocumentIsOneClearErrorAndAFolderImportsTheRest() throws {
        let folder = root.deletingLastPathComponent().appending(path: "tu-word")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let whole = try OfficeFixtures.data("bien-ban-python-docx.docx")
        try whole.prefix(whole.count / 3).write(to: folder.appending(path: "hong.docx"))
        try whole.write(to: folder.appending(path: "thang-10.docx"))
        try Data([1, 2, 3]).write(to: folder.appending(path: "~$thang-10.docx"))
        try OfficeFixtures.data("bien-ban-vntime.docx").write(to: folder.appending(path: "vntime.docx"))

        let report = MinutesImport.run(folder, source: "tu-word", siteRoot: root, branch: "ap-1", kind: nil, dryRun: false)
        XCTAssertEqual(report.outcomes.map(\.path), ["content/minutes/2024/ap-1-2024-10.md"])
        let errors = report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
        XCTAssertEqual(errors, [
            "tu-word/hong.docx: error: tệp không phải tài liệu Office hợp lệ (tệp zip hỏng hoặc bị cắt cụt); hãy mở và lưu lại bằng Excel/Word / not a valid Office file (a damaged or truncated zip)",
            "tu-word/vntime.docx: error: biên bản của cuộc họp này (chi bộ 'ap-1', ngày 2024-10-05, sinh hoạt thường kỳ) "
                + "vừa được nhập từ 'tu-word/thang-10.docx' vào content/minutes/2024/ap-1-2024-10.md; chưa nhập tệp này, "
                + "để không đếm một cuộc họp hai lần. Nếu đúng là một cuộc họp khác, chạy lại với --allow-duplicate "
                + "/ the minutes of this meeting (branch 'ap-1', 2024-10-05, thuong-ky) was just imported from "
                + "'tu-word/thang-10.docx' into content/minutes/2024/ap-1-2024-10.md: not imported (--allow-duplicate imports it anyway, into a new file)",
        ], "two documents of one meeting in the folder: the second is not imported")

        let anyway = MinutesImport.run(folder, source: "tu-word", siteRoot: root, branch: "ap-1", kind: nil, dryRun: false,
                                       allowDuplicates: true)
        XCTAssertEqual(anyway.outcomes.map(\.path), ["content/minutes/2024/ap-1-2024-10-2.md", "content/minutes/2024/ap-1-2024-10-3.md"])
    }

    /// In a folder, an old Word .doc and a PDF were passed over in silence, and one given by name
    /// was "the package lacks the part 'word/document.xml'": each is now named, with how to save
    /// it as .docx (a LibreOffice .odt is read: `OpenDocumentMinutesTests`).
    func testDocumentsInOtherFormatsAreNamedNotSkipped() throws {
        let folder = root.deletingLastPathComponent().appending(path: "tu-writer")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try OfficeFixtures.data("bien-ban-python-docx.docx").write(to: folder.appending(path: "thang-10.docx"))
        try Data([0xD0, 0xCF, 0x11, 0xE0]).write(to: folder.appending(path: "thang-11.doc"))
        try Data("%PDF-1.4".utf8).write(to: folder.appending(path: "thang-12.pdf"))
        try Data("anh".utf8).write(to: folder.appending(path: "anh-hop.jpg"))
        // Without LibreOffice on the PATH (`LegacyWordImportTests` has it convert the .doc).
        let report = MinutesImport.run(folder, source: "tu-writer", siteRoot: root, branch: "ap-1", kind: nil, dryRun: true,
                                       libreOfficeSearchPath: "")
        XCTAssertEqual(report.outcomes.map(\.path), ["content/minutes/2024/ap-1-2024-10.md"])
        let named = report.diagnostics.sorted.filter { $0.location.file.hasPrefix("tu-writer/") }.map(\.description)
        XCTAssertEqual(named, [
            "tu-writer/thang-11.doc: error: tệp Word 97–2003 (.doc) không đọc được; trong Word hãy lưu lại dạng "
                + "\"Word Document (.docx)\", " + "hoặc cài LibreOffice (apt-get install libreoffice-writer-nogui) để bontot tự chuyển "
                + "khi nhập / a Word 97-2003 .doc: save it as .docx, or install LibreOffice to have it converted",
            "tu-writer/thang-12.pdf: warning: tệp PDF không nhập được (bản in hoặc bản quét không giữ được nội dung biên bản); "
                + "hãy nhập tệp Word gốc (.docx) / a PDF cannot be imported: import the Word original",
        ])
        let single = MinutesImport.run(folder.appending(path: "thang-11.doc"), source: "thang-11.doc", siteRoot: root, branch: "ap-1",
                                       kind: nil, dryRun: true, libreOfficeSearchPath: "")
        XCTAssertEqual(single.diagnostics.sorted.map(\.description).first?.hasPrefix("thang-11.doc: error: tệp Word 97–2003 (.doc)"), true)
    }

    // MARK: Members exempt from meetings, figures that do not add up, one meeting imported twice

    /// Imports `name`, the minutes of ap-1's meeting of November 2026, which must give no
    /// diagnostic (`why`); the text written.
    private func importedWithoutProblems(_ name: String, _ why: String) throws -> String {
        let report = run(name)
        let path = "content/minutes/2026/ap-1-2026-11.md"
        XCTAssertEqual(report.outcomes.map(\.path), [path])
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [], why)
        return try written(path)
    }

    func testMembersExemptFromMeetingsOnALineOfTheirOwnAreNotExpected() throws {
        let text = try importedWithoutProblems("bien-ban-mien-sinh-hoat.docx", "99 members − 16 exempt = 83 = 78 present + 05 absent")
        XCTAssertTrue(text.contains("\nattendance: { present: 78, expected: 83, excused: 4, unexcused: 1 }\n"), text)
        let loaded = SiteLoader.load(root: root)
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [])
        XCTAssertEqual(loaded.site?.minutes.first { $0.slug == "ap-1-2026-11" }?.attendance,
                       Attendance(present: 78, expected: 83, excused: 4, unexcused: 1))
    }

    func testFiguresInATableByLabelFillTheAttendanceAndReadAsLabelAndFigure() throws {
        let text = try importedWithoutProblems("bien-ban-bang-so-lieu.docx", "every figure is in the table")
        XCTAssertTrue(text.contains("\nattendance: { present: 36, expected: 40, excused: 3, unexcused: 1 }\n"), text)
        XCTAssertTrue(text.contains("\n- Tổng số đảng viên: 40\n- Có mặt: 36\n- Vắng: 04\n"), text)
        XCTAssertFalse(text.contains("Tổng số đảng viên: Có mặt"), "the first row is no header: \(text)")
    }

    func testFiguresThatDoNotAddUpAreOneWarningNamingTheDocument() throws {
        let path = "content/minutes/2026/ap-1-2026-11.md"
        let warning = "\(path):10: warning: số liệu dự họp trong biên bản 'bien-ban-so-lieu-lech.docx' không khớp: "
            + "có mặt 60 + vắng 5 = 65, khác số phải dự 83 (tổng số đảng viên 99 − miễn sinh hoạt 16); "
            + "hãy đối chiếu với biên bản rồi sửa dòng này / the attendance figures of 'bien-ban-so-lieu-lech.docx' "
            + "do not add up: present 60 + absent 5 = 65, not the 83 expected (99 members − 16 exempt): check them against the document"
        let dryRun = run("bien-ban-so-lieu-lech.docx", dryRun: true)
        XCTAssertEqual(dryRun.diagnostics.sorted.map(\.description), [warning])

        let report = run("bien-ban-so-lieu-lech.docx")
        XCTAssertEqual(report.outcomes.map(\.path), [path])
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [warning],
                       "the check of the written file says it once, in the document's terms")
        XCTAssertEqual(report.diagnostics.sorted.map(\.field), ["attendance"])
        let lines = try written(path).components(separatedBy: "\n")
        XCTAssertEqual(lines[9], "attendance: { present: 60, expected: 83, excused: 4, unexcused: 1 }")
        XCTAssertEqual(SiteLoader.load(root: root).diagnostics.sorted.map(\.location.description), ["\(path):10"],
                       "and bontot check keeps warning until the clerk corrects it")
    }

    func testTheSameMeetingImportedTwiceIsRefusedNamingTheFileThatRecordsIt() throws {
        let path = "content/minutes/2026/ap-1-2026-11.md"
        XCTAssertEqual(run("bien-ban-mien-sinh-hoat.docx").outcomes.map(\.path), [path])
        let before = try written(path)

        for dryRun in [true, false] {
            let again = run("bien-ban-mien-sinh-hoat.docx", dryRun: dryRun)
            XCTAssertEqual(again.outcomes.map(\.path), [])
            XCTAssertEqual(again.diagnostics.errorCount, 1)
            XCTAssertEqual(again.diagnostics.sorted.map(\.description), [
                "bien-ban-mien-sinh-hoat.docx: error: biên bản của cuộc họp này (chi bộ 'ap-1', ngày 2026-11-05, sinh hoạt thường kỳ) "
                    + "đã có trong \(path); chưa nhập tệp này, để không đếm một cuộc họp hai lần. Nếu đúng là một cuộc họp khác, "
                    + "chạy lại với --allow-duplicate / the minutes of this meeting (branch 'ap-1', 2026-11-05, thuong-ky) "
                    + "is already in \(path): not imported (--allow-duplicate imports it anyway, into a new file)",
            ])
            XCTAssertEqual(again.diagnostics.sorted.map(\.field), ["date"])
        }
        let folder = root.appending(path: "content/minutes/2026")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["ap-1-2026-11.md"])
        XCTAssertEqual(try written(path), before)

        XCTAssertEqual(run("bien-ban-mien-sinh-hoat.docx", kind: .chuyenDe).outcomes.map(\.path),
                       ["content/minutes/2026/ap-1-2026-11-chuyen-de.md"], "another kind of meeting on that day")
        let anyway = run("bien-ban-mien-sinh-hoat.docx", allowDuplicates: true)
        XCTAssertEqual(anyway.outcomes.map(\.path), ["content/minutes/2026/ap-1-2026-11-2.md"])
        XCTAssertEqual(try written(path), before, "still never overwrites")
        XCTAssertEqual(anyway.diagnostics.sorted.map(\.location.description),
                       ["content/minutes/2026/ap-1-2026-11-2.md:2"], "the check of what it wrote warns of the two files")
        XCTAssertTrue(anyway.diagnostics.sorted[0].message.contains("content/minutes/2026/ap-1-2026-11-2.md, \(path)"))
    }

    func testAMeetingTypedByHandInAFileWithErrorsStillBlocksTheImport() throws {
        let path = "content/minutes/2026/bien-ban-thang-11.md"
        let handTyped = root.appending(path: path)
        try FileManager.default.createDirectory(at: handTyped.deletingLastPathComponent(), withIntermediateDirectories: true)
        try """
            ---
            branch: " ap-1 "
            date: "2026-11-05"
            kind: thuong-ky
            attendance: { present: nhiều, expected: 28 }
            ---
            Gõ tay, chưa xong.
            """.write(to: handTyped, atomically: true, encoding: .utf8)

        let again = run("bien-ban-mien-sinh-hoat.docx")
        XCTAssertEqual(again.outcomes.map(\.path), [], "the site does not check, and the meeting is still recorded")
        XCTAssertEqual(again.diagnostics.errorCount, 1)
        XCTAssertTrue(again.diagnostics.sorted.first?.message.contains("đã có trong \(path)") == true,
                      again.diagnostics.sorted.map(\.description).joined(separator: "\n"))
    }

    /// The number, time and date in a text box beside the title (a LibreOffice text frame,
    /// saved as a drawing and again as VML) were dropped: "no meeting date found: not imported".
    func testTextInATextBoxIsReadOnce() throws {
        let report = run("bien-ban-hop-van-ban.docx", dryRun: true)
        XCTAssertEqual(report.diagnostics.errorCount, 0, report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        let text = try XCTUnwrap(report.outcomes.first?.text)
        XCTAssertTrue(text.contains("date: 2024-10-05\n"), text)
        XCTAssertTrue(text.contains("start: \"19:30\"\n"), text)
        XCTAssertTrue(text.contains("attendance: { present: 25, expected: 28, excused: 3, unexcused: 0 }\n"), text)
        XCTAssertEqual(text.components(separatedBy: "Số: 09-BB/CB").count, 2, "the box once, not its VML copy too:\n\(text)")
        XCTAssertTrue(text.contains("THÁNG 10\n\nSố: 09-BB/CB\n\nThời gian: 19 giờ 30 phút"), text)
    }

    /// A draft edited with Track Changes on: a sentence moved ("Chủ trì: …" moved down) was lost
    /// in its new place, so `chair` was left to fill; deleted words and the old place of moved
    /// text stay out, inserted words are in.
    func testTextMovedWithChangesTrackedIsReadAtItsNewPlace() throws {
        let report = run("bien-ban-theo-doi-thay-doi.docx", dryRun: true)
        let text = try XCTUnwrap(report.outcomes.first?.text, report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(text.contains("chair: Nguyễn Văn Hùng\n"), text)
        XCTAssertEqual(text.components(separatedBy: "Chủ trì: đồng chí Nguyễn Văn Hùng").count, 2, text)
        XCTAssertTrue(text.contains("(có lý do: 03).\n\nChủ trì: đồng chí Nguyễn Văn Hùng, Bí thư chi bộ.\n\nChi bộ thống nhất thông qua nghị quyết."), text)
    }

    func testAnUnknownBranchIsNamedWithASuggestion() {
        let report = run("bien-ban-python-docx.docx", branch: "ap-l")
        XCTAssertEqual(report.outcomes.count, 0)
        XCTAssertEqual(report.diagnostics.sorted.map(\.message).first?.contains("không có chi bộ 'ap-l'"), true)
        XCTAssertEqual(report.diagnostics.sorted.map(\.message).first?.contains("'ap-1'"), true)
    }

    /// The branch's id before its file was renamed to a longer one (`truong-thcs`, the file now
    /// `truong-thcs-hoa-thuan.md`) was told only "unknown branch", with the ids, where a site file
    /// naming it is told the branch's new id: `--branch` is told it too, by the same rule
    /// (`RenamedBranch`), and nothing is written.
    func testABranchsIdBeforeItsFileWasRenamedIsToldTheNewId() throws {
        let branches = root.appending(path: "content/branches")
        try FileManager.default.moveItem(at: branches.appending(path: "truong-thcs.md"),
                                         to: branches.appending(path: "truong-thcs-hoa-thuan.md"))
        let report = run("bien-ban-python-docx.docx", branch: "truong-thcs")
        XCTAssertEqual(report.outcomes.count, 0)
        XCTAssertEqual(report.diagnostics.sorted.map(\.message), [
            "không có chi bộ 'truong-thcs' trong content/branches/ / unknown branch 'truong-thcs'; có phải 'Chi bộ Trường THCS Hòa "
                + "Thuận' (content/branches/truong-thcs-hoa-thuan.md)? mã của chi bộ này nay là 'truong-thcs-hoa-thuan': hãy chạy "
                + "lại với --branch truong-thcs-hoa-thuan / did you mean 'Chi bộ Trường THCS Hòa Thuận' "
                + "(content/branches/truong-thcs-hoa-thuan.md)? its id is now 'truong-thcs-hoa-thuan': run again with --branch "
                + "truong-thcs-hoa-thuan",
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appending(path: "content/minutes/2024/truong-thcs-2024-10.md").path))
    }

    /// `--branch nope` said only that the branch is unknown: nothing is close to it, so the ids
    /// the site has are listed, and on a large site the nearest few with where the rest are.
    func testAnUnknownBranchNothingIsCloseToListsTheIdsToChooseFrom() {
        let report = run("bien-ban-python-docx.docx", branch: "nope")
        XCTAssertEqual(report.outcomes.count, 0)
        XCTAssertEqual(report.diagnostics.sorted.map(\.message), [
            "không có chi bộ 'nope' trong content/branches/ / unknown branch 'nope'\n"
                + "  Các mã chi bộ có trong content/branches/: ap-1, ap-2, cong-an-xa, truong-thcs",
        ])
        let many = (1...40).map { "kdc-so-\($0)" } + ["kdc-doc-mieu", "kdc-dong-tam"]
        XCTAssertEqual(UnknownBranch.message("doc-mieu", known: many),
                       "không có chi bộ 'doc-mieu' trong content/branches/ / unknown branch 'doc-mieu'\n"
                           + "  Các mã gần nhất: kdc-doc-mieu, kdc-so-1, kdc-so-2, kdc-so-3, kdc-so-4; "
                           + "xem đủ 42 mã chi bộ trong content/branches/ (tên tệp, bỏ đuôi .yaml, .md)")
    }
}
