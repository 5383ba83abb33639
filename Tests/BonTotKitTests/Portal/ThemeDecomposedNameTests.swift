import BonTotKit
import Foundation
import XCTest

/// A site's theme asset named decomposed (NFD, as a Mac or a zip tool leaves `ảnh-nền.png`) is
/// published under those bytes, and a template typing its name on a Windows keyboard (NFC)
/// links a file the web server does not find: a warning at the file says to rename it
/// precomposed, unless the site's templates and stylesheets that name it all type it the same
/// decomposed way. The output's paths stay as they were.
final class ThemeDecomposedNameTests: XCTestCase {
    private static let precomposed = TypedTwoWays.precomposed
    private static let decomposed = TypedTwoWays.decomposed

    /// A copy of the portal fixture, removed when the test ends.
    private func site() throws -> URL {
        let root = try BuiltSite.prepare("portal", changes: [:])
        addTeardownBlock { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        return root
    }

    /// A partial of the site's own naming `name` (its bytes as given) in a picture's address.
    private func partial(naming name: String) -> String {
        "<img class=\"nen\" src=\"{{root}}assets/\(name)\" alt=\"\">\n"
    }

    /// The warnings about a name typed decomposed.
    private func warnings(_ built: BuiltSite) -> [Diagnostic] {
        built.report.diagnostics.entries.filter { $0.message.hasPrefix("tên tệp gõ dấu kiểu tổ hợp") }
    }

    /// The warning's message, when `typedOtherwise` (files from the site) type the name another way.
    private static func message(typedOtherwise: String? = nil) -> String {
        "tên tệp gõ dấu kiểu tổ hợp (Unicode tổ hợp, như máy Mac hay công cụ nén đặt tên) và được đăng lên đúng như vậy; "
            + "mẫu nào gõ tên này bằng bàn phím Windows (dựng sẵn) sẽ trỏ tới tệp mà máy chủ web không tìm thấy"
            + (typedOtherwise.map { "; \($0) đã gõ tên này kiểu khác, nên đang trỏ tới tệp không có" } ?? "")
            + "; hãy đổi tên sang dựng sẵn (NFC), chẳng hạn gõ lại tên tệp trên máy Windows, và sửa tên ghi trong các mẫu "
            + "/ the file name is typed decomposed (NFD, as a Mac or a zip tool names files) and published so: a template "
            + "typing it on a Windows keyboard (NFC) links a file the web server does not find"
            + (typedOtherwise.map { "; \($0) already types it otherwise" } ?? "")
            + "; rename it precomposed (NFC) and where the templates name it"
    }

    func testATemplateTypingTheNamePrecomposedIsToldAtTheFile() throws {
        let root = try site()
        try TypedTwoWays.write("PNG tổ hợp", at: "templates/" + Self.decomposed, in: root)
        try TypedTwoWays.write(partial(naming: Self.precomposed), at: "templates/partials/anh-nen.mustache", in: root)

        let built = BuiltSite.rebuild(root: root)
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        let found = warnings(built)
        XCTAssertEqual(found.count, 1, "once for the file: \(found)")
        XCTAssertEqual(found.first?.severity, .warning)
        XCTAssertEqual(found.first.map { Array($0.location.file.utf8) }, Array(("templates/" + Self.decomposed).utf8))
        XCTAssertEqual(found.first?.message, Self.message(typedOtherwise: "templates/partials/anh-nen.mustache"))
        // The output's path is the file's, as before: byte for byte decomposed.
        let published = try FileManager.default.contentsOfDirectory(atPath: built.output.appending(path: "assets").path)
        XCTAssertEqual(published.filter { $0.hasSuffix(".png") }.map { Array($0.utf8) }, [Array(Self.decomposed.utf8)])
    }

    func testAFileNoTemplateNamesIsToldAtTheFile() throws {
        let root = try site()
        try TypedTwoWays.write("PNG tổ hợp", at: "templates/" + Self.decomposed, in: root)
        let found = warnings(BuiltSite.rebuild(root: root))
        XCTAssertEqual(found.map(\.message), [Self.message()])
    }

    func testEveryTemplateTypingTheNameAsTheFileIsNamedIsNoWarning() throws {
        let root = try site()
        try TypedTwoWays.write("PNG tổ hợp", at: "templates/" + Self.decomposed, in: root)
        try TypedTwoWays.write(partial(naming: Self.decomposed), at: "templates/partials/anh-nen.mustache", in: root)
        try TypedTwoWays.write(".nen { background: url(\"\(Self.decomposed)\"); }\n", at: "templates/nen.css", in: root)
        let built = BuiltSite.rebuild(root: root)
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        XCTAssertEqual(warnings(built), [])
    }

    func testAStylesheetTypingTheNamePrecomposedIsNamed() throws {
        let root = try site()
        try TypedTwoWays.write("PNG tổ hợp", at: "templates/" + Self.decomposed, in: root)
        try TypedTwoWays.write(partial(naming: Self.decomposed), at: "templates/partials/anh-nen.mustache", in: root)
        try TypedTwoWays.write(".nen { background: url(\"\(Self.precomposed)\"); }\n", at: "templates/nen.css", in: root)
        XCTAssertEqual(warnings(BuiltSite.rebuild(root: root)).map(\.message), [Self.message(typedOtherwise: "templates/nen.css")])
    }

    /// A folder named decomposed: the templates name its files through it.
    func testAFolderNamedDecomposedIsToldAtEachFileUnlessTypedAlike() throws {
        let folder = "hình-ảnh".decomposedStringWithCanonicalMapping
        let root = try site()
        try TypedTwoWays.write("PNG", at: "templates/\(folder)/logo.png", in: root)
        try TypedTwoWays.write(partial(naming: "\(folder)/logo.png"), at: "templates/partials/logo.mustache", in: root)
        XCTAssertEqual(warnings(BuiltSite.rebuild(root: root)), [], "typed alike")

        try TypedTwoWays.write(partial(naming: "hình-ảnh/logo.png".precomposedStringWithCanonicalMapping),
                  at: "templates/partials/logo.mustache", in: root)
        let found = warnings(BuiltSite.rebuild(root: root))
        XCTAssertEqual(found.map { Array($0.location.file.utf8) }, [Array("templates/\(folder)/logo.png".utf8)])
    }

    /// Named precomposed, as Windows names it, or twice (the error of `ThemeFileSpellingTests`): no warning.
    func testAPrecomposedNameOrATwinIsNoWarning() throws {
        let root = try site()
        try TypedTwoWays.write("PNG dựng sẵn", at: "templates/" + Self.precomposed, in: root)
        XCTAssertEqual(warnings(BuiltSite.rebuild(root: root)), [])
        try TypedTwoWays.write("PNG tổ hợp", at: "templates/" + Self.decomposed, in: root)
        let built = BuiltSite.rebuild(root: root)
        XCTAssertEqual(warnings(built), [])
        XCTAssertEqual(built.report.diagnostics.entries.filter { $0.severity == .error }.count, 1, built.report.problems)
    }
}
