@testable import BonTotKit
import Foundation
import XCTest

/// A district's own story about a branch of one of its units, named as the district knows it
/// (`branch: <unit>/<branch>`, SPEC §7): every page of the district that lists the story names
/// the branch with its unit and links it to its profile inside the unit's portal; a merged
/// branch is marked as a district branch is; the unit's own pages are untouched; a unit or a
/// branch the district does not have is an error at the story's `branch:` line.
final class DistrictStoryUnitBranchTests: XCTestCase {
    static let storyFile = "content/stories/guong-sang-ap-bac.md"
    static let slug = "guong-sang-ap-bac"

    /// The district's story naming `branch` (line 4 of its file).
    static func story(branch: String) -> String {
        """
        ---
        title: Gương sáng Ấp Bắc
        kind: tap-the
        branch: \(branch)
        date: 2024-09-10
        tags: [dân vận khéo]
        summary: Chi bộ vận động nhân dân làm đường giao thông nông thôn.
        ---
        Chi bộ vận động nhân dân hiến đất làm đường.
        """
    }

    /// The link from the district's page at `route` to the profile of the unit `unit`'s branch `id`.
    private func link(from route: Route, to id: String, of unit: String) -> String {
        Router().link(from: route, to: .branch(id), in: Router().unit(unit))
    }

    func testTheStoryNamesTheUnitsBranchWithItsUnitAndLinksItsProfileInEveryList() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [Self.storyFile: Self.story(branch: "xa-b/ap-bac-1")])
        XCTAssertTrue(report.succeeded, report.problems)
        let name = "Chi bộ ấp Bắc Một (Đảng bộ xã Ấp Bắc)"
        let tag = Route.storyTag(Slug.fold("dân vận khéo"))
        for route in [Route.story(Self.slug), .storyIndex, tag, .bulletin(YearMonth(year: 2024, month: 9))] {
            let page = DistrictFixture.page(site, Router().file(route))
            let href = link(from: route, to: "ap-bac-1", of: "xa-b")
            XCTAssertTrue(page.contains("<a href=\"\(href)\">\(name)</a>"), "\(route): \(page)")
            let target = site.output.appending(path: Router().path(route)).appending(path: href).standardizedFileURL
            XCTAssertTrue(FileManager.default.fileExists(atPath: target.path), "\(route): \(href) leads to the branch's profile")
        }
        XCTAssertEqual(link(from: .story(Self.slug), to: "ap-bac-1", of: "xa-b"), "../../don-vi/xa-b/chi-bo/ap-bac-1/index.html")
        let home = DistrictFixture.page(site, Router().file(.home))
        XCTAssertTrue(PortalPageText.text(home).contains("Gương sáng Ấp Bắc"), "the home page lists the story")
        XCTAssertTrue(home.contains(name), "and names its branch with its unit")
        XCTAssertTrue(DistrictFixture.page(site, Router().file(.archive(2024))).contains(name), "so does the year's archive")
        let index = DistrictFixture.page(site, Router().file(.searchIndex("guong")))
        XCTAssertTrue(index.contains("\"10/09/2024 · \(name)\""), "the search entry names the branch: \(index)")
        XCTAssertFalse(DistrictFixture.page(site, Router().unit("xa-b").file(.branch("ap-bac-1"))).contains("Gương sáng Ấp Bắc"),
                       "the unit's own profile of the branch stays as the unit builds it alone")
    }

    func testAStoryAboutAUnitsMergedBranchIsMarkedAsOneAboutADistrictBranch() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            Self.storyFile: Self.story(branch: "xa-a/ap-2"),
            DistrictFixture.mergedApHaiFile: DistrictFixture.mergedApHai(on: "2024-07-01"),
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        let story = DistrictFixture.page(site, Router().file(.story(Self.slug)))
        let successor = link(from: .story(Self.slug), to: "ap-1", of: "xa-a")
        XCTAssertTrue(story.contains("Chi bộ đã sáp nhập vào <a href=\"\(successor)\">Chi bộ ấp Một</a> từ ngày 01 tháng 7 năm 2024."),
                      story)
        XCTAssertTrue(story.contains("<a href=\"\(link(from: .story(Self.slug), to: "ap-2", of: "xa-a"))\">Chi bộ ấp Hai (Đảng bộ xã Bình Minh)</a></p>"),
                      "the line under the title says it: the name is not marked again")
        let list = DistrictFixture.page(site, Router().file(.storyIndex))
        XCTAssertTrue(list.contains("Chi bộ ấp Hai (Đảng bộ xã Bình Minh)</a> <span class=\"ended-mark\">(đã sáp nhập vào "
                                    + "<a href=\"\(link(from: .storyIndex, to: "ap-1", of: "xa-a"))\">Chi bộ ấp Một</a>)</span>"), list)
    }

    func testAnUnknownUnitOrBranchOfAUnitIsAnErrorAtTheStorysBranchLine() throws {
        let cases: [(String, String)] = [
            ("xa-d/ap-bac-1", "bài viết ghi đơn vị không tồn tại 'xa-d' (trong 'xa-d/ap-bac-1'): đơn vị phải là một mục của 'units' "
                + "trong site.yaml / unknown unit 'xa-d' in branch 'xa-d/ap-bac-1' (có phải 'xa-a'? / did you mean 'xa-a'?)"),
            ("xa-b/ap-bac-9", "bài viết ghi chi bộ không tồn tại 'xa-b/ap-bac-9': đơn vị 'xa-b' (xa-b/) không có chi bộ 'ap-bac-9' "
                + "/ unknown branch 'xa-b/ap-bac-9' (có phải 'xa-b/ap-bac-1'? / did you mean 'xa-b/ap-bac-1'?)"),
            ("ap-bac-1", "bài viết ghi chi bộ không trực thuộc trang này 'ap-bac-1'; 'ap-bac-1' là chi bộ của đơn vị 'xa-b' (xa-b/): "
                + "bài viết của trang này ghi chi bộ của đơn vị theo dạng '<đơn vị>/<chi bộ>', hãy ghi branch: xa-b/ap-bac-1 "
                + "/ unknown branch 'ap-bac-1'"),
            // The wrong commune picked: the branch's own unit is named, not a look-alike in the one written.
            ("xa-a/ap-bac-1", "bài viết ghi chi bộ không tồn tại 'xa-a/ap-bac-1': đơn vị 'xa-a' (xa-a/) không có chi bộ 'ap-bac-1'; "
                + "'ap-bac-1' là chi bộ của đơn vị 'xa-b' (xa-b/), hãy ghi branch: xa-b/ap-bac-1 / unknown branch 'xa-a/ap-bac-1' "
                + "(a branch of the unit 'xa-b' (xa-b/): write branch: xa-b/ap-bac-1)"),
        ]
        for (branch, message) in cases {
            let (site, report) = try DistrictFixture.build(for: self, changes: [Self.storyFile: Self.story(branch: branch)])
            XCTAssertFalse(report.succeeded, branch)
            assertDiagnostics(report.diagnostics, [.error(Self.storyFile, 4, message)])
            XCTAssertTrue(report.diagnostics.entries.allSatisfy { $0.field == "branch" }, branch)
            XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path), "nothing is written")
        }
    }

    /// Every commune has its school, its clinic, under the same id: a story naming its own
    /// commune's branch by an id renamed since ('ap-bac-1' now 'ap-bac-1a' in xa-a) was told to
    /// name the other commune's branch of that id alone, the wrong fix. The look-alike in the
    /// unit written now comes first, the other unit's branch after it.
    func testALookAlikeInTheUnitWrittenComesBeforeTheOtherUnitsBranch() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            Self.storyFile: Self.story(branch: "xa-a/ap-bac-1"),
            "xa-a/content/branches/ap-bac-1a.yaml": Self.hamlet(named: "Chi bộ ấp Bắc Một"),
        ])
        XCTAssertFalse(report.succeeded)
        let errors = report.diagnostics.entries.filter { $0.severity == .error }.map(\.description)
        XCTAssertEqual(errors, [
            "\(Self.storyFile):4: error: bài viết ghi chi bộ không tồn tại 'xa-a/ap-bac-1': đơn vị 'xa-a' (xa-a/) không có chi bộ 'ap-bac-1'; "
                + "có phải branch: xa-a/ap-bac-1a? Nếu là chi bộ 'ap-bac-1' của đơn vị 'xa-b' (xa-b/), hãy ghi branch: xa-b/ap-bac-1 "
                + "/ unknown branch 'xa-a/ap-bac-1' (did you mean branch: xa-a/ap-bac-1a? If it is the branch of the unit 'xa-b' (xa-b/), "
                + "write branch: xa-b/ap-bac-1)"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path), "nothing is written")
    }

    /// The look-alike comes first only as a rename: the id written begins it ('ap-bac-1a' above).
    /// A story's 'xa-a/ap-bac-1' where xa-a has the next hamlet, 'ap-bac-2', and xa-b has
    /// 'ap-bac-1' itself, the wrong commune picked, was told 'ap-bac-2' first: now the commune
    /// with the very id comes first, the look-alike after it.
    func testTheOtherUnitsVeryIdComesBeforeALookAlikeThatIsNoRename() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            Self.storyFile: Self.story(branch: "xa-a/ap-bac-1"),
            "xa-a/content/branches/ap-bac-2.yaml": Self.hamlet(named: "Chi bộ ấp Bắc Hai"),
        ])
        XCTAssertFalse(report.succeeded)
        let errors = report.diagnostics.entries.filter { $0.severity == .error }.map(\.description)
        XCTAssertEqual(errors, [
            "\(Self.storyFile):4: error: bài viết ghi chi bộ không tồn tại 'xa-a/ap-bac-1': đơn vị 'xa-a' (xa-a/) không có chi bộ 'ap-bac-1'; "
                + "'ap-bac-1' là chi bộ của đơn vị 'xa-b' (xa-b/), hãy ghi branch: xa-b/ap-bac-1; nếu là chi bộ của đơn vị 'xa-a', "
                + "có phải branch: xa-a/ap-bac-2? / unknown branch 'xa-a/ap-bac-1' (a branch of the unit 'xa-b' (xa-b/): "
                + "write branch: xa-b/ap-bac-1; if it is a branch of the unit 'xa-a', did you mean branch: xa-a/ap-bac-2?)"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path), "nothing is written")
    }

    /// A rename ties with the next hamlet by edit distance: for a story's 'xa-a/ap-bac-2' where
    /// xa-a has 'ap-bac-1' and 'ap-bac-2a' (its 'ap-bac-2' renamed) and xa-b has 'ap-bac-2', the
    /// tie went to 'ap-bac-1' by the alphabet, hiding the rename behind the other commune. The ids
    /// of the commune written that begin with the id written are looked at first.
    func testARenameComesFirstThoughALookAlikeThatIsNoRenameIsAsNear() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            Self.storyFile: Self.story(branch: "xa-a/ap-bac-2"),
            "xa-a/content/branches/ap-bac-1.yaml": Self.hamlet(named: "Chi bộ ấp Bắc Một"),
            "xa-a/content/branches/ap-bac-2a.yaml": Self.hamlet(named: "Chi bộ ấp Bắc Hai"),
            "xa-b/content/branches/ap-bac-2.yaml": Self.hamlet(named: "Chi bộ ấp Bắc Hai"),
        ])
        XCTAssertFalse(report.succeeded)
        let errors = report.diagnostics.entries.filter { $0.severity == .error }.map(\.description)
        XCTAssertEqual(errors, [
            "\(Self.storyFile):4: error: bài viết ghi chi bộ không tồn tại 'xa-a/ap-bac-2': đơn vị 'xa-a' (xa-a/) không có chi bộ 'ap-bac-2'; "
                + "có phải branch: xa-a/ap-bac-2a? Nếu là chi bộ 'ap-bac-2' của đơn vị 'xa-b' (xa-b/), hãy ghi branch: xa-b/ap-bac-2 "
                + "/ unknown branch 'xa-a/ap-bac-2' (did you mean branch: xa-a/ap-bac-2a? If it is the branch of the unit 'xa-b' (xa-b/), "
                + "write branch: xa-b/ap-bac-2)"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path), "nothing is written")
    }

    /// A unit's branch file renamed to a longer id, too far from the old one for a look-alike
    /// ('ap-bac.yaml' now 'ap-bac-cu-moi.yaml'), the district's story naming the old id: it was
    /// told only that the unit has no such branch (or, when another commune has the old id, to
    /// name that commune's), where the district's own story is told the new id, as the site's
    /// own files are (`RenamedBranch`): one rule for both.
    func testAStoryNamingAUnitsBranchByTheIdItHadBeforeAFarRenameIsToldTheNewId() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            Self.storyFile: Self.story(branch: "xa-c/ap-bac"),
            "xa-c/content/branches/ap-bac-cu-moi.yaml": Self.hamlet(named: "Chi bộ ấp Ấp Bắc"),
        ])
        XCTAssertFalse(report.succeeded)
        XCTAssertEqual(report.diagnostics.entries.filter { $0.severity == .error }.map(\.description), [
            "\(Self.storyFile):4: error: bài viết ghi chi bộ không tồn tại 'xa-c/ap-bac': đơn vị 'xa-c' (xa-c/) không có chi bộ 'ap-bac' "
                + "/ unknown branch 'xa-c/ap-bac'; có phải 'Chi bộ ấp Ấp Bắc' (xa-c/content/branches/ap-bac-cu-moi.yaml)? "
                + "mã của chi bộ này nay là 'ap-bac-cu-moi': hãy ghi branch: xa-c/ap-bac-cu-moi / did you mean 'Chi bộ ấp Ấp Bắc' "
                + "(xa-c/content/branches/ap-bac-cu-moi.yaml)? its id is now 'ap-bac-cu-moi': write branch: xa-c/ap-bac-cu-moi"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path), "nothing is written")

        // Another commune has the old id: the rename comes first, as a near one does.
        let (_, other) = try DistrictFixture.build(for: self, changes: [
            Self.storyFile: Self.story(branch: "xa-a/ap-bac-1"),
            "xa-a/content/branches/ap-bac-1-cu-moi.yaml": Self.hamlet(named: "Chi bộ ấp Bắc Một"),
        ])
        XCTAssertEqual(other.diagnostics.entries.filter { $0.severity == .error }.map(\.description), [
            "\(Self.storyFile):4: error: bài viết ghi chi bộ không tồn tại 'xa-a/ap-bac-1': đơn vị 'xa-a' (xa-a/) không có chi bộ 'ap-bac-1'; "
                + "có phải branch: xa-a/ap-bac-1-cu-moi? Nếu là chi bộ 'ap-bac-1' của đơn vị 'xa-b' (xa-b/), hãy ghi branch: xa-b/ap-bac-1 "
                + "/ unknown branch 'xa-a/ap-bac-1' (did you mean branch: xa-a/ap-bac-1-cu-moi? If it is the branch of the unit 'xa-b' "
                + "(xa-b/), write branch: xa-b/ap-bac-1)"])
    }

    /// A district's `site.yaml` that cannot be read (a bracket left open while editing its
    /// `units:`) is the one error: its story naming a unit's branch is not told, besides, that the
    /// branch does not exist, since which units the district lists is not known until it is mended.
    func testAStoryNamingAUnitsBranchIsNotToldUnknownWhileSiteYAMLCannotBeRead() throws {
        let broken = DistrictFixture.siteYAML().replacingOccurrences(of: "units:", with: "units: [")
        let (_, report) = try DistrictFixture.build(for: self, changes: [
            "site.yaml": broken, Self.storyFile: Self.story(branch: "xa-b/ap-bac-1"),
        ])
        XCTAssertFalse(report.succeeded)
        let errors = report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
        XCTAssertEqual(errors.count, 1, "\(errors)")
        XCTAssertTrue(errors.first?.hasPrefix("site.yaml:") == true, "\(errors)")
    }

    /// A unit and its branch written as a Windows user types a path (`xa-b\ap-bac-1`) are told
    /// the line to write with `/`; a backslash whose `/` form names no branch is told what that
    /// form lacks.
    func testAUnitsBranchWrittenWithABackslashIsToldTheLineToWrite() throws {
        let cases: [(String, String)] = [
            (#"xa-b\ap-bac-1"#, #"bài viết ghi chi bộ không tồn tại 'xa-b\ap-bac-1': đơn vị và chi bộ cách nhau bằng dấu '/', "#
                + #"hãy ghi branch: xa-b/ap-bac-1 / unknown branch 'xa-b\ap-bac-1' (the unit and its branch are separated by '/': "#
                + "write branch: xa-b/ap-bac-1)"),
            (#"xa-b\ap-bac-9"#, "bài viết ghi chi bộ không tồn tại 'xa-b/ap-bac-9': đơn vị 'xa-b' (xa-b/) không có chi bộ 'ap-bac-9' "
                + "/ unknown branch 'xa-b/ap-bac-9' (có phải 'xa-b/ap-bac-1'? / did you mean 'xa-b/ap-bac-1'?)"),
        ]
        for (branch, message) in cases {
            let (site, report) = try DistrictFixture.build(for: self, changes: [Self.storyFile: Self.story(branch: branch)])
            XCTAssertFalse(report.succeeded, branch)
            XCTAssertEqual(report.diagnostics.sorted.map(\.description), ["\(Self.storyFile):4: error: \(message)"])
            XCTAssertEqual(report.diagnostics.entries.map(\.field), ["branch"])
            XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path), "nothing is written")
        }
        // The district's minutes naming the unit's branch so are told whose branch it is, as with '/'.
        let minutes = "---\nkind: thuong-ky\ndate: 2024-09-10\nbranch: xa-b\\ap-bac-1\n---\nNội dung.\n"
        let (_, report) = try DistrictFixture.build(for: self, changes: ["content/minutes/2024/ap-bac-2024-09.md": minutes])
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [
            #"content/minutes/2024/ap-bac-2024-09.md:4: error: biên bản ghi chi bộ không trực thuộc trang này 'xa-b\ap-bac-1'; "#
                + "'ap-bac-1' là chi bộ của đơn vị 'xa-b' (xa-b/): tệp của trang này chỉ ghi được chi bộ trực thuộc của chính nó, "
                + #"hãy đặt tệp vào thư mục của đơn vị đó / unknown branch 'xa-b\ap-bac-1' (a branch of the unit 'xa-b': "#
                + "put the file in the unit's folder)",
        ])
    }

    func testRenamingTheUnitsBranchRerendersTheDistrictsStoryAsACleanBuildDoes() throws {
        let outcome = try assertIncrementalEqualsClean(DistrictFixture.name, prepare: { site in
            try site.write(Self.storyFile, Self.story(branch: "xa-b/ap-bac-1"))
        }, edit: { site in
            try site.replace("name: Chi bộ ấp Bắc Một", with: "name: Chi bộ ấp Bắc Nhất", in: "xa-b/content/branches/ap-bac-1.yaml")
        })
        let story = outcome.after.text(Router().file(.story(Self.slug))) ?? ""
        XCTAssertTrue(story.contains("Chi bộ ấp Bắc Nhất (Đảng bộ xã Ấp Bắc)</a>"), story)
        XCTAssertTrue(outcome.after.text(Router().file(.searchIndex("guong")))?.contains("Chi bộ ấp Bắc Nhất (Đảng bộ xã Ấp Bắc)") == true)
    }

    /// The units taken from their snapshots (nothing in them changed), the district's story
    /// edited: its page still names and links the unit's branch, known from the unit's listing.
    func testAStoryEditedWhileTheUnitsComeFromTheirSnapshotsStillLinksTheBranch() throws {
        let site = try DistrictFixture.prepare(for: self, changes: [Self.storyFile: Self.story(branch: "xa-b/ap-bac-1")])
        // Long enough for the units' files to be settled when the first build keeps their snapshots.
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        XCTAssertTrue(site.build().succeeded)
        try site.replace("làm đường giao thông nông thôn", with: "làm đường giao thông liên ấp", in: Self.storyFile)
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.reusedUnits, ["don-vi/xa-a/", "don-vi/xa-b/", "don-vi/xa-c/"])
        let story = DistrictFixture.page(site, Router().file(.story(Self.slug)))
        XCTAssertTrue(story.contains("làm đường giao thông liên ấp"), "the story page was rendered again")
        XCTAssertTrue(story.contains("<a href=\"../../don-vi/xa-b/chi-bo/ap-bac-1/index.html\">Chi bộ ấp Bắc Một (Đảng bộ xã Ấp Bắc)</a>"),
                      story)
    }

    /// A rebuild takes the story and the cross-file check's findings from the last build's cache:
    /// its unknown branch is reported again as the clean build said it, a branch of a unit with
    /// where it belongs (the error's kind kept in the cache), until the story is fixed.
    func testARebuildStillReportsTheStorysUnknownBranchUntilTheStoryIsFixed() throws {
        for branch in ["ap-bac-1", "xa-b/ap-bac-9"] {
            let site = try DistrictFixture.prepare(for: self, changes: [Self.storyFile: Self.story(branch: branch)])
            // Long enough for the files to be settled when the first build keeps them in its cache.
            Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
            let first = site.build()
            XCTAssertFalse(first.succeeded, branch)
            let errors = first.diagnostics.sorted.map(\.description)
            XCTAssertEqual(errors.count, 1, "\(errors)")
            XCTAssertEqual(first.diagnostics.entries.first?.kind, .unknownBranch(id: branch, in: .story))
            if branch == "ap-bac-1" {
                XCTAssertTrue(errors.first?.contains("'ap-bac-1' là chi bộ của đơn vị 'xa-b' (xa-b/)") == true, "\(errors)")
            }
            let again = site.build()
            XCTAssertFalse(again.succeeded, branch)
            XCTAssertEqual(again.diagnostics.sorted.map(\.description), errors, "the rebuild says what the clean build said")
            try site.replace("branch: \(branch)\n", with: "branch: xa-b/ap-bac-1\n", in: Self.storyFile)
            let fixed = site.build()
            XCTAssertTrue(fixed.succeeded, fixed.problems)
            XCTAssertEqual(fixed.diagnostics.errorCount, 0, branch)
        }
    }

    /// The cross-file check's findings are taken from the last build only while the site lists
    /// units as it did: a site that no longer lists them reports the story's `<unit>/<branch>`.
    func testTheStorysUnitBranchIsUnknownOnceTheSiteListsNoUnits() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [Self.storyFile: Self.story(branch: "xa-b/ap-bac-1")])
        XCTAssertTrue(report.succeeded, report.problems)
        try site.replace("units:\n", with: "units_old:\n", in: "site.yaml")
        let failed = site.build()
        XCTAssertFalse(failed.succeeded)
        XCTAssertTrue(failed.diagnostics.entries.contains {
            $0.location.file == Self.storyFile && $0.location.line == 4 && $0.message.contains("unknown branch 'xa-b/ap-bac-1'")
        }, failed.problems)
    }

    /// A commune's hamlet branch file named `name`, as the look-alike tests add one.
    static func hamlet(named name: String) -> String {
        """
        name: \(name)
        kind: khu-dan-cu
        secretary: Bí thư Ba
        members: { official: 20, probationary: 0 }
        households: 300
        """
    }
}
