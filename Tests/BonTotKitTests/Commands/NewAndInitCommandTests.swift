import BonTotKit
import Foundation
import XCTest

/// `bontot init`, `bontot new` and `bontot --version` run as a user runs them: what they write
/// passes `bontot check`, builds, and is never written over an existing file.
final class NewAndInitCommandTests: FolderTestCase {
    /// `bontot check` passes, strictly unless `warnings` (parts of the warnings expected) are given.
    private func check(_ site: URL, warnings: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try BontotProcess.run(["check", "--site", site.path] + (warnings.isEmpty ? ["--strict"] : []))
        XCTAssertEqual(result.status, 0, "bontot check failed:\n\(result.errors)", file: file, line: line)
        XCTAssertTrue(result.output.contains("0 lỗi, \(warnings.count) cảnh báo"), result.output, file: file, line: line)
        for warning in warnings {
            XCTAssertTrue((result.output + result.errors).contains(warning), "missing warning \(warning)", file: file, line: line)
        }
    }

    func testInitWritesASampleSiteThatChecksAndBuilds() throws {
        let site = folder.appending(path: "trang-moi")
        let result = try BontotProcess.run(["init", site.path])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.contains("bontot serve"), "init says what to do next")
        try check(site)
        let loaded = SiteLoader.load(root: site)
        XCTAssertEqual(loaded.site?.branches.count, 2)
        XCTAssertEqual(loaded.site?.evaluations.count, 1)
        XCTAssertEqual(loaded.site?.minutes.count, 3)
        XCTAssertEqual(loaded.site?.stories.count, 1)
        let build = try BontotProcess.run(["build", "--site", site.path])
        XCTAssertEqual(build.status, 0, build.errors)
        let output = site.appending(path: "output")
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appending(path: Router().file(.feed)).path),
                      "the sample has an absolute base_url, so its feed is written")
        let feed = try String(contentsOf: output.appending(path: Router().file(.feed)), encoding: .utf8)
        XCTAssertTrue(feed.contains("Một đảng viên, mười hộ dân"))
        // The sample's story shows a clerk how to link a meeting: by its minutes' file.
        let story = try String(contentsOf: output.appending(path: Router().file(.story("mot-dang-vien-muoi-ho-dan"))), encoding: .utf8)
        XCTAssertTrue(story.contains("href=\"\(Router().link(from: .story("mot-dang-vien-muoi-ho-dan"), to: .minutes("khu-dan-cu-so-1-2025-01")))\""),
                      "the sample story links its meeting's page")
    }

    func testInitRefusesAFolderThatHoldsFiles() throws {
        let site = folder.appending(path: "co-san")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try "giữ nguyên".write(to: site.appending(path: "ghi-chu.txt"), atomically: true, encoding: .utf8)
        let result = try BontotProcess.run(["init", site.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("đã có tệp"), result.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: site.path), ["ghi-chu.txt"])
    }

    /// `bontot init "Xã Long Thạnh"` typed on a Windows keyboard (precomposed) beside the folder
    /// of that name a Mac copied (decomposed) wrote a look-alike twin folder beside it: Linux takes
    /// the two spellings for two names. It now finds the folder as the disk spells it, and refuses
    /// it for holding files, writing nothing.
    func testInitFindsTheFolderAMacNamedAndRefusesItForHoldingFiles() throws {
        let typed = "Xã Long Thạnh"
        let copied = folder.appending(path: typed.decomposedStringWithCanonicalMapping)
        try FileManager.default.createDirectory(at: copied, withIntermediateDirectories: true)
        try "giữ nguyên".write(to: copied.appending(path: "ghi-chu.txt"), atomically: true, encoding: .utf8)
        let result = try BontotProcess.run(["init", typed.precomposedStringWithCanonicalMapping], in: folder)
        XCTAssertEqual(result.status, 1, result.output)
        XCTAssertTrue(result.errors.contains("đã có tệp"), result.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).map { Array($0.unicodeScalars) },
                       [Array(typed.decomposedStringWithCanonicalMapping.unicodeScalars)], "no look-alike twin folder")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: copied.path), ["ghi-chu.txt"])
    }

    /// The empty folder a Mac named (decomposed) is the one `init` fills, and the `cd` it shows
    /// names that folder as the disk spells it: the shell would not open it by the letters typed.
    func testInitFillsTheEmptyFolderAMacNamedAndShowsItsSpelling() throws {
        let typed = "Xã Long Thạnh"
        let copied = folder.appending(path: typed.decomposedStringWithCanonicalMapping)
        try FileManager.default.createDirectory(at: copied, withIntermediateDirectories: true)
        let result = try BontotProcess.run(["init", typed.precomposedStringWithCanonicalMapping], in: folder)
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).count, 1, "no look-alike twin folder")
        XCTAssertTrue(FileManager.default.fileExists(atPath: copied.appending(path: "site.yaml").path))
        // Compared letter code by letter code: Swift takes "ã" and "a\u{303}" for one string.
        let cd = result.output.split(separator: "\n").first { $0.hasPrefix("  cd ") }.map { Array($0.dropFirst(2).unicodeScalars) }
        XCTAssertEqual(cd, Array(ShellLine.text(["cd", copied.path]).unicodeScalars), result.output)
    }

    func testNewFilesLandInTheirFoldersPassCheckAndAreNeverOverwritten() throws {
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        let commands: [([String], String)] = [
            (["new", "minutes", "--branch", "khu-dan-cu-so-1", "--date", "2025-03-04"], "content/minutes/2025/khu-dan-cu-so-1-2025-03.md"),
            (["new", "minutes", "--branch", "khu-dan-cu-so-1", "--date", "2025-03-20", "--kind", "chuyen-de"],
             "content/minutes/2025/khu-dan-cu-so-1-2025-03-chuyen-de.md"),
            (["new", "story", "--title", "Bí thư: trẻ & xông pha", "--date", "2025-03-01"], "content/stories/bi-thu-tre-xong-pha.md"),
            (["new", "branch", "--name", "Chi bộ Công an xã", "--kind", "cong-an"], "content/branches/chi-bo-cong-an-xa.yaml"),
        ]
        for (arguments, path) in commands {
            let result = try BontotProcess.run(arguments + ["--site", site.path])
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.errors)")
            XCTAssertEqual(result.output, "Đã tạo \(site.path)/\(path)\n", "named from where bontot runs")
            XCTAssertTrue(FileManager.default.fileExists(atPath: site.appending(path: path).path), path)
        }
        // The new branch has no score yet in the sample's evaluation, and the new minutes and the
        // new story are not filled in yet: said, not errors.
        try check(site, warnings: ["chưa có điểm của chi bộ 'chi-bo-cong-an-xa'",
                                   "khu-dan-cu-so-1-2025-03.md:25: warning: biên bản còn nội dung mẫu chưa điền",
                                   "khu-dan-cu-so-1-2025-03-chuyen-de.md:25: warning: biên bản còn nội dung mẫu chưa điền",
                                   "bi-thu-tre-xong-pha.md:14: warning: bài viết còn nội dung mẫu chưa điền"])
        let loaded = SiteLoader.load(root: site)
        XCTAssertEqual(loaded.site?.stories.first { $0.slug == "bi-thu-tre-xong-pha" }?.title, "Bí thư: trẻ & xông pha")
        XCTAssertEqual(loaded.site?.minutes.first { $0.slug == "khu-dan-cu-so-1-2025-03-chuyen-de" }?.kind, .chuyenDe)
        XCTAssertEqual(loaded.site?.branch(id: "chi-bo-cong-an-xa")?.kind, .congAn)

        let minutes = site.appending(path: commands[0].1)
        try "đã sửa".write(to: minutes, atomically: true, encoding: .utf8)
        let again = try BontotProcess.run(commands[0].0 + ["--site", site.path])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.errors.contains("không ghi đè"), again.errors)
        XCTAssertEqual(try String(contentsOf: minutes, encoding: .utf8), "đã sửa")
    }

    /// Minutes left as `bontot new minutes` wrote them are a meeting (SPEC §1: one file, one
    /// meeting), so the month counts as held; `check` warns, on the line of the placeholder left
    /// and naming the fields left out, until the office has typed the record over it.
    func testUnfilledMinutesAreWarnedAboutOnThePlaceholderLineAndStillCountAsHeld() throws {
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        let path = "content/minutes/2025/khu-dan-cu-so-1-2025-11.md"
        let new = try BontotProcess.run(["new", "minutes", "--branch", "khu-dan-cu-so-1", "--date", "2025-11-05", "--site", site.path])
        XCTAssertEqual(new.status, 0, new.errors)
        let file = site.appending(path: path)
        let skeleton = try String(contentsOf: file, encoding: .utf8)
        let lines = skeleton.components(separatedBy: "\n")
        let proceedings = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Ghi diễn biến") }) + 1
        let conclusion = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Ghi kết luận") }) + 1
        try check(site, warnings: [
            "\(path):\(proceedings): warning: biên bản còn nội dung mẫu chưa điền: 'Ghi diễn biến buổi sinh hoạt và ý kiến "
                + "phát biểu tại đây.'; chưa ghi chủ đề ('topic'), người chủ trì ('chair'), số dự họp ('attendance'); "
                + "cuộc họp vẫn được tính là đã sinh hoạt",
        ])
        let build = try BontotProcess.run(["build", "--site", site.path])
        XCTAssertEqual(build.status, 0, build.errors)
        let profile = try String(contentsOf: site.appending(path: "output/chi-bo/khu-dan-cu-so-1/index.html"), encoding: .utf8)
        XCTAssertTrue(PortalPageText.text(profile).contains("Tháng 11 năm 2025 1 0 — Đã sinh hoạt thường kỳ"), "the meeting counts")

        // The proceedings typed, the conclusion not yet: the warning moves to its line.
        let typed = skeleton
            .replacingOccurrences(of: "# chair: Họ tên người chủ trì", with: "chair: Nguyễn Văn Hùng")
            .replacingOccurrences(of: "Ghi diễn biến buổi sinh hoạt và ý kiến phát biểu tại đây.",
                                  with: "Đồng chí Bí thư quán triệt nhiệm vụ tháng 11.")
        try typed.write(to: file, atomically: true, encoding: .utf8)
        try check(site, warnings: [
            "\(path):\(conclusion): warning: biên bản còn nội dung mẫu chưa điền: 'Ghi kết luận của đồng chí chủ trì tại đây.'; "
                + "chưa ghi chủ đề ('topic'), số dự họp ('attendance'); cuộc họp",
        ])
        try typed.replacingOccurrences(of: "Ghi kết luận của đồng chí chủ trì tại đây.", with: "Thống nhất kế hoạch tháng 12.")
            .write(to: file, atomically: true, encoding: .utf8)
        try check(site)
    }

    /// Every field of SPEC §1 is in the skeleton, as a value or as a commented hint.
    func testSkeletonsNameEveryField() {
        let minutes = Skeleton.minutes(branch: "a", date: CalendarDate(iso: "2025-01-02")!, kind: .thuongKy)
        for field in ["branch", "date", "kind", "topic", "format", "chair", "recorder", "start", "end", "attendance",
                      "absent", "speakers", "guests", "resolutions", "quality"] {
            XCTAssertTrue(minutes.contains("\n\(field):") || minutes.contains("\n# \(field):"), field)
        }
        let story = Skeleton.story(title: "T", date: CalendarDate(iso: "2025-01-02")!)
        for field in ["title", "kind", "person", "branch", "date", "tags", "image", "image_alt", "summary", "slug"] {
            XCTAssertTrue(story.contains("\n\(field):") || story.contains("\n# \(field):"), field)
        }
        let branch = Skeleton.branch(name: "N", kind: .khac)
        for field in ["name", "kind", "parent", "cluster", "secretary", "deputies", "committee", "members", "exempt",
                      "households", "assigned", "founded", "minutes_since", "dissolved", "merged_into", "address", "summary",
                      "member_ratings", "awards", "photo", "photo_alt"] {
            XCTAssertTrue(branch.contains("\n\(field):") || branch.contains("\n# \(field):"), field)
        }
    }

    /// A name pasted with spaces doubled or around it is written with single spaces, as the
    /// clerk will type it again in the score workbook; `check` then has nothing to say of it.
    func testANewBranchsNameIsWrittenWithItsSpacesCollapsed() throws {
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        let new = try BontotProcess.run(["new", "branch", "--name", "  Chi bộ thôn  Đông Hòa ", "--site", site.path])
        XCTAssertEqual(new.output, "Đã tạo \(site.path)/content/branches/chi-bo-thon-dong-hoa.yaml\n", new.errors)
        let text = try String(contentsOf: site.appending(path: "content/branches/chi-bo-thon-dong-hoa.yaml"), encoding: .utf8)
        XCTAssertTrue(text.contains("\nname: Chi bộ thôn Đông Hòa\n"), text)
        try check(site, warnings: ["chưa có điểm của chi bộ 'chi-bo-thon-dong-hoa'"])
    }

    /// A second meeting in a month whose file exists: the refusal gives the command to paste,
    /// with --kind, and that command writes the file it names.
    func testASecondMeetingOfTheMonthIsShownTheCommandThatWritesIt() throws {
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        let regular = ["new", "minutes", "--branch", "khu-dan-cu-so-1", "--date", "2026-11-20", "--site", site.path]
        XCTAssertEqual(try BontotProcess.run(regular).status, 0)
        let again = try BontotProcess.run(regular)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.errors.hasPrefix("lỗi: \(site.path)/content/minutes/2026/khu-dan-cu-so-1-2026-11.md đã có; không ghi đè"),
                      again.errors)
        XCTAssertTrue(again.errors.contains("hãy sửa tệp đã có"), again.errors)
        let command = "bontot new minutes --branch khu-dan-cu-so-1 --date 2026-11-20 --kind chuyen-de --site \(site.path)"
        XCTAssertTrue(again.errors.contains("--kind (chuyen-de, cap-uy, bat-thuong), ví dụ:\n    \(command)\n"), again.errors)
        XCTAssertTrue(again.errors.contains("lệnh này tạo \(site.path)/content/minutes/2026/khu-dan-cu-so-1-2026-11-chuyen-de.md"),
                      again.errors)

        let pasted = try BontotProcess.run(Array(command.split(separator: " ").dropFirst().map(String.init)))
        XCTAssertEqual(pasted.status, 0, pasted.errors)
        XCTAssertEqual(pasted.output, "Đã tạo \(site.path)/content/minutes/2026/khu-dan-cu-so-1-2026-11-chuyen-de.md\n")
        let thematic = try BontotProcess.run(Array(command.split(separator: " ").dropFirst().map(String.init)))
        XCTAssertTrue(thematic.errors.contains("--kind (cap-uy, bat-thuong), ví dụ:"), "the next free kind: \(thematic.errors)")
        for kind in ["cap-uy", "bat-thuong"] {
            XCTAssertEqual(try BontotProcess.run(regular + ["--kind", kind]).status, 0)
        }
        let full = try BontotProcess.run(regular)
        XCTAssertEqual(full.status, 1)
        XCTAssertTrue(full.errors.contains("đã có biên bản của mọi loại buổi sinh hoạt; nếu cần ghi thêm, hãy sửa tệp đã có"), full.errors)
        XCTAssertFalse(full.errors.contains("--kind"), full.errors)
    }

    func testMinutesOfABranchMergedByTheirDayAreRefusedWithTheCommandForTheNewBranch() throws {
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        let branchFile = site.appending(path: "content/branches/khu-dan-cu-so-1.yaml")
        let original = try String(contentsOf: branchFile, encoding: .utf8)
        try (original + "dissolved: 2025-07-01\nmerged_into: truong-tieu-hoc\n").write(to: branchFile, atomically: true, encoding: .utf8)

        let after = try BontotProcess.run(["new", "minutes", "--branch", "khu-dan-cu-so-1", "--date", "2025-07-01", "--kind", "chuyen-de",
                                           "--site", site.path])
        XCTAssertEqual(after.status, 1)
        XCTAssertEqual(after.errors, """
            lỗi: Chi bộ khu dân cư số 1 ('khu-dan-cu-so-1') đã sáp nhập vào 'truong-tieu-hoc' từ ngày 01 tháng 7 năm 2025; \
            biên bản họp ngày 01 tháng 7 năm 2025 là của chi bộ mới, hãy ghi --branch truong-tieu-hoc (nếu ngày sáp nhập sai, \
            hãy sửa 'dissolved' ở \(site.path)/content/branches/khu-dan-cu-so-1.yaml) / the branch was merged into 'truong-tieu-hoc' before the meeting
              Biên bản của chi bộ mới:
                bontot new minutes --branch truong-tieu-hoc --date 2025-07-01 --kind chuyen-de --site \(site.path)

            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appending(path: "content/minutes/2025/khu-dan-cu-so-1-2025-07-chuyen-de.md").path))
        let before = try BontotProcess.run(["new", "minutes", "--branch", "khu-dan-cu-so-1", "--date", "2025-06-30", "--site", site.path])
        XCTAssertEqual(before.status, 0, "a meeting before the day is the old branch's: \(before.errors)")

        try (original + "dissolved: 2025-07-01\n").write(to: branchFile, atomically: true, encoding: .utf8)
        let dissolved = try BontotProcess.run(["new", "minutes", "--branch", "khu-dan-cu-so-1", "--date", "2025-08-05", "--site", site.path])
        XCTAssertEqual(dissolved.status, 1)
        XCTAssertTrue(dissolved.errors.hasPrefix("lỗi: Chi bộ khu dân cư số 1 ('khu-dan-cu-so-1') đã giải thể từ ngày 01 tháng 7 năm 2025, "
                                                 + "không còn vào ngày họp (ngày 05 tháng 8 năm 2025)"), dissolved.errors)
    }

    /// Merged into a branch itself merged before the meeting: the command for the branch the
    /// chain leads to, which writes the file, not for one that would be refused in turn; the
    /// refusal names the first merger and the last branch, true of a chain of any length.
    func testMinutesAfterTwoMergersAreRefusedWithTheCommandForTheBranchTheChainLeadsTo() throws {
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        for (name, id) in [("Chi bộ ấp Mới", "ap-moi"), ("Chi bộ ấp Hợp Nhất", "ap-hop-nhat")] {
            let made = try BontotProcess.run(["new", "branch", "--name", name, "--id", id, "--site", site.path])
            XCTAssertEqual(made.status, 0, made.errors)
        }
        for (id, day, into) in [("khu-dan-cu-so-1", "2025-06-01", "truong-tieu-hoc"), ("truong-tieu-hoc", "2025-07-01", "ap-moi"),
                                ("ap-moi", "2025-08-01", "ap-hop-nhat")] {
            let file = site.appending(path: "content/branches/\(id).yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            try (text + "dissolved: \(day)\nmerged_into: \(into)\n").write(to: file, atomically: true, encoding: .utf8)
        }

        // Two mergers by 5 July: ap-moi, which existed then.
        let july = try BontotProcess.run(["new", "minutes", "--branch", "khu-dan-cu-so-1", "--date", "2025-07-05", "--site", site.path])
        XCTAssertEqual(july.status, 1)
        XCTAssertTrue(july.errors.contains("đã sáp nhập vào 'truong-tieu-hoc' từ ngày 01 tháng 6 năm 2025 (chi bộ này sau đó được sáp nhập "
                                           + "tiếp, nay thuộc 'ap-moi'); biên bản họp ngày 05 tháng 7 năm 2025 là của chi bộ mới, hãy ghi --branch ap-moi"),
                      july.errors)
        XCTAssertTrue(july.errors.contains("/ the branch was merged into 'truong-tieu-hoc', since merged on into 'ap-moi', before the meeting"),
                      july.errors)
        XCTAssertTrue(july.errors.hasSuffix("    bontot new minutes --branch ap-moi --date 2025-07-05 --site \(site.path)\n"), july.errors)
        // Three by 5 August: the last, not the second, which no longer existed either.
        let august = try BontotProcess.run(["new", "minutes", "--branch", "khu-dan-cu-so-1", "--date", "2025-08-05", "--site", site.path])
        XCTAssertEqual(august.status, 1)
        XCTAssertTrue(august.errors.contains("đã sáp nhập vào 'truong-tieu-hoc' từ ngày 01 tháng 6 năm 2025 (chi bộ này sau đó được sáp nhập "
                                             + "tiếp, nay thuộc 'ap-hop-nhat')"), august.errors)
        XCTAssertFalse(august.errors.contains("'ap-moi'"), "a branch the chain passed through is not offered: \(august.errors)")
        XCTAssertTrue(august.errors.hasSuffix("    bontot new minutes --branch ap-hop-nhat --date 2025-08-05 --site \(site.path)\n"),
                      august.errors)
        // In June the branch it went into still existed: that one's command.
        let june = try BontotProcess.run(["new", "minutes", "--branch", "khu-dan-cu-so-1", "--date", "2025-06-05", "--site", site.path])
        XCTAssertTrue(june.errors.hasSuffix("    bontot new minutes --branch truong-tieu-hoc --date 2025-06-05 --site \(site.path)\n"), june.errors)
    }

    /// `bontot new minutes --branch BRANCH` for March 2025 in a new sample site (`trang`).
    private func newMinutesInASample(branch: String) throws -> (status: Int32, output: String, errors: String) {
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        return try BontotProcess.run(["new", "minutes", "--branch", branch, "--date", "2025-03-04", "--site", site.path])
    }

    func testAMinutesFileForAnUnknownBranchIsRefusedWithASuggestion() throws {
        let result = try newMinutesInASample(branch: "khu-dan-cu-so1")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("có phải 'khu-dan-cu-so-1'?"), result.errors)
    }

    /// The branch's name given for its id, as the clerk reads it on the minutes ('Chi bộ khu dân
    /// cư số 1'): it was refused with the list of ids and no hint, a name being far from an id.
    func testAMinutesFileForABranchGivenByItsNameSuggestsTheId() throws {
        let site = folder.appending(path: "trang")
        let result = try newMinutesInASample(branch: "Chi bộ khu dân cư số 1")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.errors, "lỗi: không có chi bộ 'Chi bộ khu dân cư số 1' trong \(site.path)/content/branches/ "
                       + "(có phải 'khu-dan-cu-so-1'? / did you mean 'khu-dan-cu-so-1'?) / unknown branch 'Chi bộ khu dân cư số 1'\n")
    }

    /// A branch id nothing is close to (the clerk wrote `kdc-so-2` where the site says
    /// `khu-dan-cu-so-1`): the ids there are listed, and nothing is said about the month's
    /// meetings, which the refusal has nothing to do with.
    func testAMinutesFileForAnUnknownBranchListsTheBranchesAndSaysNothingOfTheMonth() throws {
        let site = folder.appending(path: "trang")
        let result = try newMinutesInASample(branch: "kdc-so-2")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.errors, "lỗi: không có chi bộ 'kdc-so-2' trong \(site.path)/content/branches/ / unknown branch 'kdc-so-2'\n"
                       + "  Các mã chi bộ có trong \(site.path)/content/branches/: khu-dan-cu-so-1, truong-tieu-hoc\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appending(path: "content/minutes/2025/kdc-so-2-2025-03.md").path))
    }

    /// A name with no letter to make an id of was said "mã chi bộ '' không hợp lệ"; an id in
    /// capitals was refused without the id it folds to.
    func testABranchIdThatCannotBeMadeOrIsInCapitalsSaysWhatToWrite() throws {
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        let nameless = try BontotProcess.run(["new", "branch", "--name", "!!!", "--site", site.path])
        XCTAssertEqual(nameless.status, 1)
        XCTAssertEqual(nameless.errors, "lỗi: tên '!!!' không có chữ nào để làm mã chi bộ; hãy ghi mã bằng --id, ví dụ --id chi-bo-so-3 "
                       + "/ the name gives no branch id\n")
        let capitals = try BontotProcess.run(["new", "branch", "--name", "Chi bộ A", "--id", "Chi-Bo-A", "--site", site.path])
        XCTAssertEqual(capitals.status, 1)
        XCTAssertEqual(capitals.errors, "lỗi: mã chi bộ 'Chi-Bo-A' không hợp lệ: chỉ dùng a-z, 0-9 và dấu - (gợi ý: 'chi-bo-a') "
                       + "/ invalid branch id\n")
    }

    /// `bontot init "Trang xã"`: the next step to type keeps the folder's name in quotes, or the
    /// shell would read two words.
    func testInitShowsAFolderWithSpacesInQuotes() throws {
        let result = try BontotProcess.run(["init", "Trang xã mới"], in: folder)
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.contains("\n  cd \"Trang xã mới\"\n"), result.output)
    }

    func testVersionAndVietnameseHelpWithExamples() throws {
        let version = try BontotProcess.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertEqual(version.output, BonTotVersion.current + "\n")
        for command in [["--help"], ["serve", "--help"], ["new", "--help"], ["new", "minutes", "--help"], ["init", "--help"],
                        ["build", "--help"], ["check", "--help"]] {
            let help = try BontotProcess.run(command)
            XCTAssertEqual(help.status, 0, "\(command)")
            XCTAssertTrue(help.output.contains("Ví dụ:"), "\(command) shows examples")
        }
    }
}
