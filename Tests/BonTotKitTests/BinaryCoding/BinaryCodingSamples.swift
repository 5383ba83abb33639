import BonTotKit
import Foundation
import XCTest

/// Model values for the binary coding tests: each type with every optional set, and with none.
enum BinaryCodingSamples {
    static let source = SourceLocation(file: "content/minutes/2024/2024-09-05-khu-pho-3.md", line: 7)
    static let day = CalendarDate(year: 2024, month: 9, day: 5)!

    /// The fixture site, loaded as a build loads it.
    static func portal() throws -> LoadedSite {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Fixtures/sites/portal")
        let loaded = SiteLoader.load(root: root)
        XCTAssertNotNil(loaded.site, "the portal fixture loads: \(loaded.diagnostics.sorted)")
        return loaded
    }

    /// Minutes with every optional field set and every list filled.
    static var fullMinutes: Minutes {
        var minutes = Minutes(slug: "2024-09-05-khu-pho-3", branchID: "khu-pho-3", date: day, kind: .chuyenDe,
                              format: .ketHop, source: source)
        minutes.topic = "Học tập chuyên đề năm 2024: “Xây dựng Đảng trong sạch, vững mạnh”"
        minutes.chair = "Nguyễn Thị Hằng"
        minutes.dateLine = source.line + 1
        minutes.attendanceLine = source.line + 5
        minutes.recorder = "Trần Văn Đức"
        minutes.start = TimeOfDay("19:30")
        minutes.end = TimeOfDay("21:05")
        minutes.attendance = Attendance(present: 18, expected: 21, excused: 2, unexcused: 1)
        minutes.absent = [Absentee(name: "Lê Văn Bình", reason: "Ốm, có đơn xin phép"), Absentee(name: "Phạm Thị Hoa")]
        minutes.speakers = 7
        minutes.guests = ["Đồng chí Bí thư Đảng ủy phường", "Trưởng khu phố"]
        minutes.resolutions = [Resolution(text: "Hoàn thành vệ sinh môi trường trước 30/9", due: CalendarDate(year: 2024, month: 9, day: 30)),
                               Resolution(text: "Vận động đóng góp quỹ khuyến học")]
        minutes.qualityScore = 87.5
        minutes.body = "## Nội dung\n\nChi bộ đã thảo luận sôi nổi về việc **nâng cao chất lượng sinh hoạt**.\n\n- Ý kiến 1\n- Ý kiến 2\n"
        return minutes
    }

    /// Minutes with no optional field set and empty lists.
    static var bareMinutes: Minutes {
        Minutes(slug: "a", branchID: "b", date: day, kind: .thuongKy, source: SourceLocation(file: "x.md"))
    }

    static var fullBranch: Branch {
        var branch = Branch(id: "khu-pho-3", name: "Chi bộ Khu phố 3", kind: .khuDanCu,
                            source: SourceLocation(file: "content/branches/khu-pho-3.md"))
        branch.parent = "dang-uy-phuong"
        branch.cluster = "cum-khu-dan-cu"
        branch.secretary = "Nguyễn Thị Hằng"
        branch.deputies = ["Trần Văn Đức"]
        branch.committee = ["Lê Văn Bình", "Phạm Thị Hoa"]
        branch.members = MemberCount(official: 40, probationary: 3)
        branch.exempt = 5
        branch.households = 612
        branch.assigned = HouseholdAssignment(members: 30, households: 600, max: 25, min: 15)
        branch.founded = CalendarDate(year: 1976, month: 2, day: 3)
        branch.foundedSource = SourceLocation(file: "content/branches/khu-pho-3.md", line: 13)
        branch.dissolved = CalendarDate(year: 2025, month: 7, day: 1)
        branch.dissolvedSource = SourceLocation(file: "content/branches/khu-pho-3.md", line: 14)
        branch.minutesSince = YearMonth(year: 2025, month: 3)
        branch.minutesSinceSource = SourceLocation(file: "content/branches/khu-pho-3.md", line: 15)
        branch.mergedInto = "khu-pho-4"
        branch.mergedIntoSource = SourceLocation(file: "content/branches/khu-pho-3.md", line: 15)
        branch.address = "Số 12, đường Lê Lợi"
        branch.summary = "Chi bộ vững mạnh nhiều năm liền."
        branch.memberRatings = [2023: ["xuat-sac": 5, "tot": 30, "hoan-thanh": 8], 2024: ["tot": 38]]
        branch.awards = [Award(year: 2023, title: "Chi bộ trong sạch, vững mạnh tiêu biểu", by: "Quận ủy", reason: "5 năm liền"),
                         Award(year: 2021, title: "Giấy khen")]
        branch.photo = "media/khu-pho-3.jpg"
        branch.photoAlt = "Nhà văn hóa Khu phố 3, băng rôn “Chi bộ 4 tốt”"
        branch.introduction = "Giới thiệu *chi bộ*."
        return branch
    }

    static var bareBranch: Branch {
        Branch(id: "x", name: "", kind: .khac, source: SourceLocation(file: "b.yaml"))
    }

    static var fullStory: Story {
        var story = Story(slug: "guong-sang", title: "Gương sáng giữa đời thường", kind: .caNhan, date: day,
                          source: SourceLocation(file: "content/stories/guong-sang.md"))
        story.person = "Bà Nguyễn Thị Út"
        story.dateLine = 6
        story.branchID = "khu-pho-3"
        story.tags = ["dân vận khéo", "khuyến học"]
        story.image = "media/ut.jpg"
        story.imageAlt = "Biểu đồ: 12 suất học bổng năm 2023, 20 suất năm 2024"
        story.summary = "Hơn 20 năm vận động khuyến học."
        story.body = "Câu chuyện…"
        return story
    }

    static var bareStory: Story {
        Story(slug: "s", title: "t", kind: .moHinh, date: day, source: SourceLocation(file: "s.md"))
    }

    static var fullEvaluation: Evaluation {
        var full = EvaluationEntry(branchID: "khu-pho-3", criterionScores: ["sinh-hoat": 27.5, "dang-vien": 18],
                                   itemScores: ["sinh-hoat": ["dinh-ky": 10, "chuyen-de": 17.5]], bonus: 2, penalty: 0.5,
                                   violations: 1, statedLevel: "tot", note: "Ghi chú",
                                   location: SourceLocation(file: "content/evaluations/2024-q3.yaml", line: 12))
        full.sheetRank = SheetStatement(value: 3, location: SourceLocation(file: "content/evaluations/2024-q3.xlsx", cell: "Sheet1!K5"))
        full.sheetFourGood = SheetStatement(value: true, location: SourceLocation(file: "content/evaluations/2024-q3.xlsx", cell: "Sheet1!M5"))
        full.hasUnreadScore = true
        return Evaluation(period: Period(year: 2024, span: .quarter(3)), title: "Đánh giá quý III/2024", entries: [
            full,
            EvaluationEntry(branchID: "truong-thcs", criterionScores: [:],
                            location: SourceLocation(file: "content/evaluations/2024-q3.yaml", line: 20)),
        ], source: SourceLocation(file: "content/evaluations/2024-q3.yaml"))
    }

    static var bareEvaluation: Evaluation {
        Evaluation(period: Period(year: 2024), entries: [], source: SourceLocation(file: "e.csv"))
    }

    static var fullEditorial: BulletinEditorial {
        BulletinEditorial(month: YearMonth(year: 2024, month: 9), title: "Bản tin tháng 9", number: 9,
                          body: "Thân bài.", source: SourceLocation(file: "content/bulletins/2024-09.md"))
    }

    static var bareEditorial: BulletinEditorial {
        BulletinEditorial(month: YearMonth(year: 2024, month: 1), body: "", source: SourceLocation(file: "b.md"))
    }

    static var fullRubric: Rubric {
        Rubric(scale: 100, criteria: [
            Criterion(id: "sinh-hoat", name: "Chất lượng sinh hoạt", max: 30,
                      items: [CriterionItem(id: "dinh-ky", name: "Định kỳ", max: 12), CriterionItem(id: "chuyen-de", name: "Chuyên đề", max: 18)]),
            Criterion(id: "dang-vien", name: "Đảng viên", max: 20),
        ], bonusMax: 5, levels: [Level(id: "tot", name: "Tốt", min: 70), Level(id: "kem", name: "Kém", min: 0)],
        fourGood: FourGoodRule(minShareEach: 0.75, minLevel: "tot", noViolations: false), excellentQuota: 0.2)
    }

    static var bareRubric: Rubric {
        Rubric(scale: 10, criteria: [], bonusMax: 0, levels: [], fourGood: FourGoodRule(), excellentQuota: nil)
    }

    static var fullConfig: SiteConfig {
        var config = SiteConfig(title: "Cổng thông tin", organization: "Đảng bộ phường Điện Biên",
                                parent: "Đảng bộ quận Ba Đình", issuer: "Ban Tuyên giáo", place: "Hà Nội",
                                baseURL: "/portal/", language: "vi", allowHTML: true)
        config.clusters = [NamedCluster(id: "cum-truong-hoc", name: "Cụm trường học"),
                           NamedCluster(id: "cum-khu-dan-cu", name: "Cụm thi đua khu dân cư")]
        return config
    }

    static var bareConfig: SiteConfig {
        SiteConfig(title: "", organization: "", place: "")
    }

    static var diagnostics: [Diagnostic] {
        [Diagnostic.error(at: source, field: "attendance.present", "Số có mặt (22) lớn hơn số phải dự (21)"),
         Diagnostic.warning(at: SourceLocation(file: "content/site.yaml"), "Thiếu tên cụm"),
         Diagnostic.error(at: source, field: "branch", kind: .unknownBranch(id: "xa-b/ap-9", in: .story), "bài viết ghi chi bộ không tồn tại"),
         Diagnostic.error(at: source, kind: .changedDuringBuild, "tệp đã thay đổi trong khi đang dựng trang")]
    }
}
