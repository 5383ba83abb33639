import BonTotKit
import Foundation
import XCTest

/// A site's theme file named with the same letters as another typed another way (Unikey's
/// "Unicode tổ hợp" and "Unicode dựng sẵn", or a theme unzipped from a Mac): before, the theme
/// kept one of the two and the build said nothing; now an error names both, and nothing is built.
final class ThemeFileSpellingTests: XCTestCase {
    private static let precomposed = TypedTwoWays.precomposed
    private static let decomposed = TypedTwoWays.decomposed

    func testTwoThemeFilesNamedAlikeButSpeltWithOtherMarksAreAnErrorNamingBoth() throws {
        let root = try BuiltSite.prepare("portal", changes: [:])
        try TypedTwoWays.write("PNG dựng sẵn", at: "templates/" + Self.precomposed, in: root)
        try TypedTwoWays.write("PNG tổ hợp", at: "templates/" + Self.decomposed, in: root)
        let partial = "partials/tiêu-đề.mustache"
        try TypedTwoWays.write("<p>{{title}}</p>\n", at: "templates/" + partial.precomposedStringWithCanonicalMapping, in: root)
        try TypedTwoWays.write("<h2>{{title}}</h2>\n", at: "templates/" + partial.decomposedStringWithCanonicalMapping, in: root)
        let names = try FileManager.default.contentsOfDirectory(atPath: root.appending(path: "templates").path)
        XCTAssertEqual(names.filter { $0.hasSuffix(".png") }.count, 2, "two files on disk")

        let built = BuiltSite.rebuild(root: root)
        XCTAssertFalse(built.report.succeeded)
        let problems = built.report.diagnostics.entries
        for (name, kept) in [(Self.decomposed, Self.precomposed),
                             (partial.decomposedStringWithCanonicalMapping, partial.precomposedStringWithCanonicalMapping)] {
            let found = problems.filter { Array($0.location.file.utf8) == Array(("templates/" + name).utf8) }
            XCTAssertEqual(found.count, 1, "\(problems)")
            XCTAssertEqual(found.first?.severity, .error)
            let expected = "tên tệp giống 'templates/\(kept)' nhưng gõ dấu kiểu khác (Unicode tổ hợp / dựng sẵn): giao diện chỉ "
                + "dùng được một trong hai tệp, không biết là tệp nào; hãy xoá tệp thừa hoặc đổi tên một tệp (và tên ghi "
                + "trong các mẫu) / the same name as 'templates/\(kept)' spelt with other Unicode marks: the theme keeps "
                + "only one of the two files; remove or rename one"
            // Byte for byte: the message names the other file as the folder spells it, precomposed.
            XCTAssertEqual(Array(found.first?.message.utf8 ?? "".utf8), Array(expected.utf8), found.first?.message ?? "")
        }
        XCTAssertEqual(problems.count, 2, "\(problems)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: built.output.path), "nothing built")
    }

    func testOneThemeFileNamedWithDecomposedLettersIsTaken() throws {
        let root = try BuiltSite.prepare("portal", changes: [:])
        try TypedTwoWays.write("PNG tổ hợp", at: "templates/" + Self.decomposed, in: root)
        try TypedTwoWays.write("PNG", at: "templates/logo.png", in: root)
        let built = BuiltSite.rebuild(root: root)
        XCTAssertTrue(built.report.succeeded, built.report.problems)
    }

    /// A commune's theme checked with the district's (`LoadedPortal.templateProblems`): the
    /// error names the file from the district, as its clerk runs bontot.
    func testACommunesThemeFilesNamedAlikeAreToldFromTheDistrict() throws {
        // Written one by one: a dictionary of changes would take the two names for one key.
        let site = try DistrictFixture.prepare(for: self)
        try TypedTwoWays.write("PNG", at: "xa-b/templates/" + Self.precomposed, in: site.root)
        try TypedTwoWays.write("PNG", at: "xa-b/templates/" + Self.decomposed, in: site.root)
        let report = site.build()
        XCTAssertFalse(report.succeeded)
        XCTAssertEqual(report.diagnostics.entries.filter { $0.message.contains("Unicode tổ hợp") }
                           .map { Array($0.location.file.utf8) },
                       [Array(("xa-b/templates/" + Self.decomposed).utf8)])
    }
}
