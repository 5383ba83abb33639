import XCTest
@testable import BonTotKit

final class RankingRulesTests: XCTestCase {
    private let names = [
        "kdc-21": "Chi bộ khu dân cư số 21",
        "eo-gio": "Chi bộ thôn Eo Gió",
        "dong-tam": "Chi bộ thôn Đồng Tâm",
        "ap-bac": "Chi bộ ấp Bắc",
    ]

    func testTiesShareARankAndTheNextRankSkips() {
        let ranking = RulesFixture.ranking([
            RulesFixture.entry("kdc-21", RulesFixture.scores(total: 85)),
            RulesFixture.entry("eo-gio", RulesFixture.scores(total: 90)),
            RulesFixture.entry("ap-bac", RulesFixture.scores(total: 95)),
            RulesFixture.entry("dong-tam", RulesFixture.scores(total: 90)),
        ], names: names)
        XCTAssertEqual(ranking.rows.map(\.card.total), [95, 90, 90, 85])
        XCTAssertEqual(ranking.rows.map(\.rank), [1, 2, 2, 4])
        XCTAssertEqual(ranking.rows.map(\.branchID), ["ap-bac", "dong-tam", "eo-gio", "kdc-21"])
    }

    func testTiedNamesFollowVietnameseOrderNotIdsOrBytes() {
        let ranking = RulesFixture.ranking([
            RulesFixture.entry("b", RulesFixture.scores(total: 80)),
            RulesFixture.entry("a", RulesFixture.scores(total: 80)),
            RulesFixture.entry("c", RulesFixture.scores(total: 80)),
        ], names: ["a": "Chi bộ thôn Eo Gió", "b": "Chi bộ thôn Đồng Tâm", "c": "Chi bộ ấp Bắc"])
        XCTAssertEqual(ranking.rows.map(\.branchName),
                       ["Chi bộ ấp Bắc", "Chi bộ thôn Đồng Tâm", "Chi bộ thôn Eo Gió"])
        XCTAssertEqual(ranking.rows.map(\.rank), [1, 1, 1])
    }

    func testClusterRanksCountWithinEachCluster() {
        let ranking = RulesFixture.ranking([
            RulesFixture.entry("a", RulesFixture.scores(total: 95)),
            RulesFixture.entry("b", RulesFixture.scores(total: 92)),
            RulesFixture.entry("c", RulesFixture.scores(total: 88)),
            RulesFixture.entry("d", RulesFixture.scores(total: 88)),
            RulesFixture.entry("e", RulesFixture.scores(total: 80)),
            RulesFixture.entry("f", RulesFixture.scores(total: 75)),
        ], clusters: ["a": "cum-2", "b": "cum-1", "c": "cum-1", "d": "cum-2", "e": "cum-1"])
        XCTAssertEqual(ranking.rows.map(\.branchID), ["a", "b", "c", "d", "e", "f"])
        XCTAssertEqual(ranking.rows.map(\.rank), [1, 2, 3, 3, 5, 6])
        XCTAssertEqual(ranking.rows.map(\.clusterRank), [1, 1, 2, 2, 3, nil])
        XCTAssertEqual(ranking.clusters, ["cum-1", "cum-2"])
        XCTAssertEqual(ranking.rows(inCluster: "cum-1").map(\.branchID), ["b", "c", "e"])
    }

    /// `site.yaml` lists its clusters in the order the office numbers them; a cluster it does not
    /// list (a branch's typo, a cluster not yet named) comes after, by id.
    func testClustersFollowTheOrderSiteYamlListsThemThenTheOthersByID() {
        let ranking = RulesFixture.ranking(["a", "b", "c", "d"].map { RulesFixture.entry($0, RulesFixture.scores(total: 90)) },
                                           clusters: ["a": "cum-co-quan", "b": "cum-khu-dan-cu", "c": "cum-z", "d": "cum-a"],
                                           clusterOrder: ["cum-khu-dan-cu", "cum-truong-hoc", "cum-co-quan"])
        XCTAssertEqual(ranking.clusters, ["cum-khu-dan-cu", "cum-co-quan", "cum-a", "cum-z"])
    }

    func testLevelCountsListEveryLevelInRubricOrder() {
        let ranking = RulesFixture.ranking([
            RulesFixture.entry("a", RulesFixture.scores(total: 95)),
            RulesFixture.entry("b", RulesFixture.scores(total: 75)),
            RulesFixture.entry("c", RulesFixture.scores(total: 72), violations: 1),
            RulesFixture.entry("d", RulesFixture.scores(total: 40)),
        ])
        XCTAssertEqual(ranking.levelCounts.map(\.level.id), ["xuat-sac", "tot", "hoan-thanh", "khong-hoan-thanh"])
        XCTAssertEqual(ranking.levelCounts.map(\.count), [1, 2, 0, 1])
        XCTAssertEqual(ranking.rows.map(\.isFourGood), [true, false, false, false])
        XCTAssertEqual(ranking.fourGoodCount, 1)
    }

    func testRankingASiteUsesItsNamesAndClusters() {
        var first = Branch(id: "kdc-21", name: "Chi bộ khu dân cư số 21", kind: .khuDanCu,
                           source: SourceLocation(file: "content/branches/kdc-21.yaml"))
        first.cluster = "cum-1"
        let second = Branch(id: "kdc-3", name: "Chi bộ khu dân cư số 3", kind: .khuDanCu,
                            source: SourceLocation(file: "content/branches/kdc-3.yaml"))
        let evaluation = RulesFixture.evaluation("2024", [
            RulesFixture.entry("kdc-21", RulesFixture.scores(total: 80)),
            RulesFixture.entry("kdc-3", RulesFixture.scores(total: 80)),
        ])
        let site = Site(root: URL(fileURLWithPath: "/tmp/site"),
                        config: SiteConfig(title: "Cổng", organization: "Đảng bộ phường Vĩnh Phúc", place: "Vĩnh Phúc"),
                        rubric: RulesFixture.rubric, branches: [first, second], evaluations: [evaluation],
                        minutes: [], stories: [], editorials: [], media: [])
        let ranking = Ranking.make(evaluation: evaluation, site: site)
        XCTAssertEqual(ranking.rows.map(\.branchName), ["Chi bộ khu dân cư số 3", "Chi bộ khu dân cư số 21"])
        XCTAssertEqual(ranking.rows.map(\.clusterRank), [nil, 1])
    }
}
