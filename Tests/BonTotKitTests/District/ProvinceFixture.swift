import BonTotKit
import Foundation
import XCTest

/// A province over districts over communes, made of the fixture district: Đảng bộ tỉnh Kiên Giang
/// (`tinh`) listing the district as its unit `giong-rieng` (`../district`, beside it), whose
/// communes `xa-a`, `xa-b` and `xa-c` are units of their own. The province's `root` is `tinh`;
/// the district's files are reached from it as `../district/…`.
enum ProvinceFixture {
    /// The district's folder as the province's diagnostics name it.
    static let districtFolder = "../district/"

    /// A copy of the province for `test` (removed when it ends), the district listed as unit
    /// `districtID`, with `files` written into the province besides its `site.yaml`, `rubric.yaml`
    /// and `unit-rubric.yaml`, and `districtChanges` over the district (path → text; nil removes
    /// the file); not built.
    static func prepare(for test: XCTestCase, districtID: String = "giong-rieng", files: [String: String] = [:],
                        districtChanges: [String: String?] = [:]) throws -> IncrementalSite {
        let district = try DistrictFixture.prepare(for: test, changes: districtChanges)
        if districtChanges["site.yaml"] == nil {
            try district.write("site.yaml", DistrictFixture.siteYAML(adding: "base_url: https://huyen.example/giong-rieng/"))
        }
        let province = IncrementalSite(folder: district.folder, root: district.sibling("tinh"))
        let own = [
            "site.yaml": siteYAML(districtID: districtID),
            "content/rubric.yaml": try district.read("content/rubric.yaml"),
            "content/unit-rubric.yaml": try district.read("content/unit-rubric.yaml"),
        ]
        for (path, text) in own.merging(files, uniquingKeysWith: { _, given in given }) {
            try province.write(path, text)
        }
        return province
    }

    /// The province's `site.yaml`, listing the district as unit `districtID`, with the line `extra`.
    static func siteYAML(districtID: String = "giong-rieng", adding extra: String = "") -> String {
        """
        title: Cổng thông tin Đảng bộ tỉnh Kiên Giang
        organization: Đảng bộ tỉnh Kiên Giang
        place: Rạch Giá
        units:
          - { id: \(districtID), path: ../district }
        \(extra)
        """
    }

    /// The province of `prepare`, built into `tinh-output` beside it.
    static func build(for test: XCTestCase, districtID: String = "giong-rieng", files: [String: String] = [:],
                      districtChanges: [String: String?] = [:]) throws -> BuiltSite {
        let province = try prepare(for: test, districtID: districtID, files: files, districtChanges: districtChanges)
        let output = province.sibling("tinh-output")
        return BuiltSite(root: province.root, output: output, report: province.build(output: output))
    }
}
