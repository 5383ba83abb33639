import BonTotKit
import Foundation
import XCTest

/// The fixture district `Tests/Fixtures/sites/district`: Đảng bộ huyện Giồng Riềng with one chi
/// bộ trực thuộc and three units in its own folder, `xa-a` (Bình Minh), `xa-b` (Ấp Bắc) and
/// `xa-c` (Long Thạnh), each a complete site.
enum DistrictFixture {
    static let name = "district"

    /// A copy of the district for `test` (removed when it ends), with `changes` written over it
    /// (path → text; nil removes the file), built into its `output/`.
    static func build(for test: XCTestCase, changes: [String: String?] = [:]) throws -> (site: IncrementalSite, report: BuildReport) {
        let site = try prepare(for: test, changes: changes)
        return (site, site.build())
    }

    /// A copy of the district for `test`, changed as `changes` says, not built.
    static func prepare(for test: XCTestCase, changes: [String: String?] = [:]) throws -> IncrementalSite {
        let site = try IncrementalSite.make(name, for: test)
        for (path, text) in changes {
            if let text {
                try site.write(path, text)
            } else {
                try FileManager.default.removeItem(at: site.url(path))
            }
        }
        return site
    }

    /// The text of an output file of `site`; fails the test when it is missing.
    static func page(_ site: IncrementalSite, _ path: String, output: URL? = nil,
                     file: StaticString = #filePath, line: UInt = #line) -> String {
        let url = (output ?? site.output).appending(path: path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("missing output file \(path)", file: file, line: line)
            return ""
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Builds each unit of `site` alone as a CI job would (`--unit ID`, into `runner-<unit>`
    /// beside the site, with `pdfEngine` when given), and gathers their `don-vi/<unit>/` folders
    /// into `gathered`, ready for `--units-from`; fails the test when a unit does not build.
    @discardableResult
    static func gatherUnits(of site: IncrementalSite, pdfEngine: String? = nil,
                            file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        let gathered = site.sibling("gathered")
        for unit in ["xa-a", "xa-b", "xa-c"] {
            let runner = site.sibling("runner-\(unit)")
            let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: runner, pdf: pdfEngine != nil,
                                                        pdfEngine: pdfEngine, unit: unit))
            XCTAssertTrue(report.succeeded, report.problems, file: file, line: line)
            let folder = Router().unit(unit).path(.home)
            try FileManager.default.createDirectory(at: gathered.appending(path: folder).deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: runner.appending(path: folder), to: gathered.appending(path: folder))
        }
        return gathered
    }

    /// `xa-a/content/branches/ap-2.yaml` (Bình Minh's Chi bộ ấp Hai) merged into Chi bộ ấp Một
    /// (`ap-1`) on `day` (`2024-07-01`).
    static let mergedApHaiFile = "xa-a/content/branches/ap-2.yaml"
    static func mergedApHai(on day: String) -> String {
        """
        name: Chi bộ ấp Hai
        kind: khu-dan-cu
        secretary: Bí thư Hai
        members: { official: 35, probationary: 1 }
        households: 450
        dissolved: \(day)
        merged_into: ap-1

        """
    }

    /// A regular meeting of the district's own chi bộ trực thuộc (Cơ quan Huyện ủy) in September
    /// 2024, and the path of its file: the district's fixture has no minutes of its own.
    static let ownMinutesFile = "content/minutes/2024/co-quan-huyen-uy-2024-09.md"
    static let ownMinutes = """
        ---
        branch: co-quan-huyen-uy
        date: 2024-09-10
        kind: thuong-ky
        topic: Quán triệt nghị quyết
        chair: Bí thư
        attendance: { present: 10, expected: 11, excused: 1, unexcused: 0 }
        ---
        Chi bộ sinh hoạt thường kỳ.

        """

    /// `site.yaml` of the district with `extra` lines added to its `units:` list (from line 9 on),
    /// and `thirdUnit` as the entry of `xa-c` (line 8).
    static func siteYAML(thirdUnit: String = "- { id: xa-c, path: ./xa-c/ }", adding extra: String = "") -> String {
        """
        title: Cổng thông tin Đảng bộ huyện Giồng Riềng
        organization: Đảng bộ huyện Giồng Riềng
        parent: Đảng bộ tỉnh Kiên Giang
        place: Giồng Riềng
        units:
          - { id: xa-a, path: xa-a }
          - { id: xa-b, path: xa-b }
          \(thirdUnit)
        \(extra)
        """
    }
}
