import BonTotKit
import Foundation
import XCTest

/// A province over the fixture district (`DistrictFixture`) over its communes: the district is
/// a unit of the province `tinh` beside it, which lists nothing else.
enum ProvinceFixture {
    /// The fixture district, with `districtChanges` written into it, as unit `districtID` of a
    /// province beside it (`tinh`, with `files` written into it besides its `site.yaml` and
    /// `rubric.yaml`), built into `tinh-output`.
    static func build(for test: XCTestCase, districtID: String = "giong-rieng", files: [String: String] = [:],
                      districtChanges: [String: String?] = [:]) throws -> BuiltSite {
        let district = try DistrictFixture.prepare(for: test, changes: districtChanges)
        try district.write("site.yaml", DistrictFixture.siteYAML(adding: "base_url: https://huyen.example/giong-rieng/"))
        let province = district.sibling("tinh")
        let own = [
            "site.yaml": """
                title: Cổng thông tin Đảng bộ tỉnh Kiên Giang
                organization: Đảng bộ tỉnh Kiên Giang
                place: Rạch Giá
                units:
                  - { id: \(districtID), path: ../district }
                """,
            "content/rubric.yaml": try String(contentsOf: district.url("content/rubric.yaml"), encoding: .utf8),
            "content/unit-rubric.yaml": try String(contentsOf: district.url("content/unit-rubric.yaml"), encoding: .utf8),
        ]
        for (path, text) in own.merging(files, uniquingKeysWith: { first, _ in first }) {
            try FileManager.default.createDirectory(at: province.appending(path: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: province.appending(path: path))
        }
        let output = district.sibling("tinh-output")
        let report = SiteBuilder.build(BuildOptions(siteRoot: province, output: output))
        return BuiltSite(root: province, output: output, report: report)
    }
}
