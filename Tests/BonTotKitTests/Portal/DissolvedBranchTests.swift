import BonTotKit
import Foundation
import XCTest

/// A branch dissolved, or merged into another (`dissolved:`, `merged_into:`), as villages and
/// agencies are merged: its pages keep its history and say what became of it, it is held to
/// no meeting after its last month, and it counts no more in the committee's figures; minutes
/// dated after it are a warning; a `merged_into` that names no branch, or comes without its
/// day, is an error on its field.
final class DissolvedBranchTests: SiteCopyTestCase {
    private let dongTam = "content/branches/dong-tam.yaml"

    private func build(_ extra: String, file: String? = nil, changes: [String: String?] = [:]) throws -> BuiltSite {
        let original = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/" + (file ?? dongTam)), encoding: .utf8)
        var all = changes
        all[file ?? dongTam] = original + extra
        let site = try BuiltSite.build("portal", changes: all)
        keep(site.root)
        return site
    }

    private func messages(_ site: BuiltSite) -> [String] { site.report.diagnostics.sorted.map(\.description) }

    func testAMergedBranchKeepsItsPageSaysWhatBecameOfItAndIsNotCountedAnyMore() throws {
        let site = try build("dissolved: 2024-09-01\nmerged_into: ap-bac\n")
        XCTAssertTrue(site.report.succeeded, messages(site).joined(separator: "\n"))
        XCTAssertEqual(messages(site).filter { $0.contains("dong-tam") }, [])

        let profile = site.page("chi-bo/dong-tam/index.html")
        XCTAssertTrue(profile.contains("<meta name=\"description\" content=\"Chi bộ đã sáp nhập vào Chi bộ ấp Ấp Bắc từ ngày 01 tháng 9 "
                                       + "năm 2024; trang này lưu lại hoạt động của chi bộ đến thời điểm đó."), profile)
        // The branch it went into is a link, for the reader who wants its news.
        XCTAssertTrue(profile.contains("<p class=\"notice ended\" role=\"note\">Chi bộ đã sáp nhập vào "
                                       + "<a href=\"../../chi-bo/ap-bac/index.html\">Chi bộ ấp Ấp Bắc</a> từ ngày 01 tháng 9 năm 2024; "
                                       + "trang này lưu lại hoạt động của chi bộ đến thời điểm đó.</p>"), profile)
        XCTAssertTrue(site.page("chi-bo/ap-bac/index.html").contains(
            "<li><a href=\"../../chi-bo/dong-tam/index.html\">Chi bộ ấp Đồng Tâm</a> đã sáp nhập vào chi bộ từ ngày 01 tháng 9 năm 2024</li>"),
            "the branch it went into lists it")
        XCTAssertFalse(site.page("chi-bo/binh-minh/index.html").contains("merged-branches"))
        XCTAssertTrue(profile.contains("<dt>Ngày sáp nhập</dt><dd>ngày 01 tháng 9 năm 2024</dd>"), profile)

        let directory = site.page("chi-bo/index.html")
        XCTAssertTrue(directory.contains("có 04 chi bộ trực thuộc"), directory)
        let ended = try XCTUnwrap(directory.range(of: "Chi bộ đã giải thể, sáp nhập"), directory)
        let listed = try XCTUnwrap(directory.range(of: "chi-bo/dong-tam/index.html"))
        XCTAssertGreaterThan(listed.lowerBound, ended.lowerBound, "listed after the heading of the dissolved")
        XCTAssertEqual(directory.components(separatedBy: "chi-bo/dong-tam/index.html").count, 2, "listed once")

        XCTAssertTrue(site.page("index.html").contains("<span class=\"value\">04</span> <span class=\"label\">chi bộ trực thuộc</span>"),
                      "the home page counts 04 branches")

        // August is its last month: it missed that one; September it was no more.
        XCTAssertTrue(site.page("sinh-hoat/2024/08/index.html").contains("Đồng Tâm"))
        let september = site.page("sinh-hoat/2024/09/index.html")
        XCTAssertFalse(september.contains("Đồng Tâm"), september)
        XCTAssertTrue(september.contains("02/04 chi bộ chưa sinh hoạt thường kỳ"), september)
    }

    func testADissolvedBranchWithoutSuccessorIsSaidDissolved() throws {
        let site = try build("dissolved: 2024-09-01\n")
        XCTAssertTrue(site.page("chi-bo/dong-tam/index.html").contains("Chi bộ đã giải thể từ ngày 01 tháng 9 năm 2024;"))
        XCTAssertTrue(site.page("chi-bo/dong-tam/index.html").contains("<dt>Ngày giải thể</dt>"))
    }

    func testMinutesDatedAfterTheMergerAreAWarningNamingTheNewBranch() throws {
        let site = try build("dissolved: 2024-09-01\nmerged_into: ap-bac\n", file: "content/branches/binh-minh.yaml")
        XCTAssertTrue(messages(site).contains {
            $0.hasPrefix("content/minutes/2024/binh-minh-2024-09.md:") && $0.contains("warning: biên bản ghi ngày")
                && $0.contains("từ ngày Chi bộ") && $0.contains("sáp nhập (ngày 01 tháng 9 năm 2024")
                && $0.contains("hãy ghi 'branch: ap-bac'") && $0.contains("ghi ở content/branches/binh-minh.yaml:8)")
        }, messages(site).joined(separator: "\n"))
    }

    /// A village merged into one that was merged in turn before the meeting: the minutes are told
    /// the branch the chain leads to, not one that no longer existed on their day.
    func testMinutesAfterTwoMergersNameTheBranchTheChainLeadsTo() throws {
        let dongTam = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/" + dongTam), encoding: .utf8)
        let site = try build("dissolved: 2024-08-01\nmerged_into: dong-tam\n", file: "content/branches/binh-minh.yaml",
                             changes: [self.dongTam: dongTam + "dissolved: 2024-09-01\nmerged_into: ap-bac\n"])
        let warning = try XCTUnwrap(messages(site).first { $0.hasPrefix("content/minutes/2024/binh-minh-2024-09.md:") },
                                    messages(site).joined(separator: "\n"))
        XCTAssertTrue(warning.contains("(nếu là buổi họp của chi bộ mới, hãy ghi 'branch: ap-bac')"), warning)
    }

    /// Each error points at the line of its field (dong-tam.yaml has 5 lines, the fields added
    /// come from line 6), not at the file's first line.
    func testAMergerIntoNoBranchOrWithoutItsDayIsAnErrorOnItsLine() throws {
        let unknown = try build("dissolved: 2024-09-01\nmerged_into: ap-bacc\n")
        XCTAssertFalse(unknown.report.succeeded)
        XCTAssertTrue(messages(unknown).contains {
            $0.hasPrefix("\(dongTam):7: error: không có chi bộ 'ap-bacc'") && $0.contains("có phải 'ap-bac'?")
        }, messages(unknown).joined(separator: "\n"))
        let undated = try build("merged_into: ap-bac\n")
        XCTAssertTrue(messages(undated).contains {
            $0.hasPrefix("\(dongTam):6: error: có 'merged_into' nhưng thiếu ngày sáp nhập")
        }, messages(undated).joined(separator: "\n"))
        let itself = try build("dissolved: 2024-09-01\nmerged_into: dong-tam\n")
        XCTAssertTrue(messages(itself).contains { $0.hasPrefix("\(dongTam):7: error: chi bộ không thể sáp nhập vào chính nó") },
                      messages(itself).joined(separator: "\n"))
        let beforeFounding = try build("founded: 2020-03-02\naddress: Ấp Đồng Tâm\ndissolved: 2019-01-01\n")
        XCTAssertTrue(messages(beforeFounding).contains {
            $0.hasPrefix("\(dongTam):8: error: ngày giải thể ngày 01 tháng 01 năm 2019 không sau ngày thành lập")
        }, messages(beforeFounding).joined(separator: "\n"))
    }

    func testScoresOfAPeriodBeginningAfterTheMergerAreAWarningOnTheRowAndNotRanked() throws {
        // Merged on 1 January 2024: December 2023 is its last month, and 2024.csv still scores it (line 4).
        let site = try build("dissolved: 2024-01-01\nmerged_into: ap-bac\n")
        XCTAssertTrue(site.report.succeeded, messages(site).joined(separator: "\n"))
        XCTAssertTrue(messages(site).contains(
            "content/evaluations/2024.csv:4: warning: chi bộ 'dong-tam' (Chi bộ ấp Đồng Tâm) đã sáp nhập vào 'ap-bac' từ ngày 01 tháng 01 "
                + "năm 2024 (dissolved: ở \(dongTam):6), trước kỳ 2024: điểm này không được xếp hạng; nếu là điểm của chi bộ mới, "
                + "hãy ghi cho 'ap-bac'; nếu không, hãy xóa dòng này hoặc kiểm tra lại ngày sáp nhập "
                + "/ the branch was dissolved before the period began; its scores are not ranked"
        ), messages(site).joined(separator: "\n"))
        XCTAssertEqual(messages(site).filter { $0.hasPrefix("content/evaluations/2023") }, [], "2023 was still its own")

        let ranking = site.page("xep-hang/2024/index.html")
        XCTAssertFalse(ranking.contains("Đồng Tâm"), ranking)
        XCTAssertFalse(ranking.contains("chưa có điểm"), ranking)
        XCTAssertTrue(site.page("xep-hang/2023/index.html").contains("Đồng Tâm"))
        XCTAssertFalse(site.page("chi-bo/dong-tam/index.html").contains("xep-hang/2024/"), "its profile lists no 2024 ranking")
    }

    func testScoresOfAPeriodItLivedIntoAreRankedInSilence() throws {
        // Merged on 1 July 2024: it lived through half of 2024, whose scores are its own.
        let site = try build("dissolved: 2024-07-01\nmerged_into: ap-bac\n")
        XCTAssertEqual(messages(site).filter { $0.hasPrefix("content/evaluations/") }, [])
        XCTAssertTrue(site.page("xep-hang/2024/index.html").contains("Đồng Tâm"))
    }

    func testAnIncrementalRebuildTellsBothProfilesOfTheMergerAndOfTheNewBranchsName() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        try site.write(dongTam, try site.read(dongTam) + "dissolved: 2024-09-01\nmerged_into: ap-bac\n")
        XCTAssertTrue(site.build().succeeded)
        let page = { (path: String) in String(decoding: FileManager.default.contents(atPath: site.output.appending(path: path).path) ?? Data(),
                                              as: UTF8.self) }
        XCTAssertTrue(page("chi-bo/ap-bac/index.html").contains("Chi bộ ấp Đồng Tâm</a> đã sáp nhập vào chi bộ từ ngày 01 tháng 9 năm 2024"))

        let apBac = "content/branches/ap-bac.yaml"
        try site.write(apBac, try site.read(apBac).replacingOccurrences(of: "name: Chi bộ ấp Ấp Bắc", with: "name: Chi bộ khu dân cư Ấp Bắc"))
        XCTAssertTrue(site.build().succeeded)
        XCTAssertTrue(page("chi-bo/dong-tam/index.html").contains(">Chi bộ khu dân cư Ấp Bắc</a> từ ngày 01 tháng 9 năm 2024"),
                      page("chi-bo/dong-tam/index.html"))
    }

    /// A rebuild takes the branch from the decode cache, with the line of its `merged_into:`.
    func testARebuildFromTheDecodeCacheKeepsTheLineOfMergedInto() throws {
        let site = try IncrementalSite.make(for: self)
        try site.write(dongTam, try site.read(dongTam) + "dissolved: 2024-09-01\nmerged_into: ap-bacc\n")
        let expected = "\(dongTam):7: error: không có chi bộ 'ap-bacc'"
        for build in ["first", "from the cache"] {
            let report = site.build()
            XCTAssertTrue(report.diagnostics.sorted.contains { $0.description.hasPrefix(expected) }, "\(build): \(report.problems)")
        }
    }

    func testTheMergedBranchsMinutesSayUnderTheTitleIntoWhichBranch() throws {
        let site = try build("dissolved: 2024-10-01\nmerged_into: ap-bac\n", file: "content/branches/binh-minh.yaml")
        let page = site.page("sinh-hoat/binh-minh-2024-09/index.html")
        try assertMergerLineUnderTheTitle(of: page, above: "<dl class=\"facts\">")
        XCTAssertFalse(site.page("sinh-hoat/ap-bac-2024-09/index.html").contains("notice ended"), "none on another branch's minutes")
    }

    /// On a rebuild the minutes' line follows the merger, and the new name of the branch it went into.
    func testAnIncrementalRebuildPutsTheLineOnTheMinutesAndFollowsTheNewBranchsName() throws {
        try assertRebuildFollowsTheMergerAndTheNewName(of: "sinh-hoat/binh-minh-2024-09/index.html")
    }
}
