@testable import BonTotKit
import Foundation
import XCTest

/// What the preview server of a district watches: the district's files and every unit's, so
/// an edit in a unit's folder is noticed like one in the district's own.
final class PortalFilesTests: SiteCopyTestCase {
    private func district() throws -> URL {
        try copyOfFixture("district")
    }

    func testNothingChangedIsEqual() throws {
        let root = try district()
        XCTAssertEqual(PortalFiles(root: root), PortalFiles(root: root))
    }

    func testAnEditInAUnitsFolderIsNoticed() throws {
        let root = try district()
        let before = PortalFiles(root: root)
        try append("\nThêm một câu.\n", to: root.appending(path: "xa-a/content/minutes/2024/ap-1-2024-09.md"))
        XCTAssertNotEqual(PortalFiles(root: root), before)
    }

    func testATemplateAddedToAUnitIsNoticed() throws {
        let root = try district()
        let before = PortalFiles(root: root)
        try FileManager.default.createDirectory(at: root.appending(path: "xa-b/templates"), withIntermediateDirectories: true)
        try Data("<p>{{title}}</p>".utf8).write(to: root.appending(path: "xa-b/templates/minutes.mustache"))
        XCTAssertNotEqual(PortalFiles(root: root), before)
    }

    /// The theme passes over an editor's leftover in `templates/` as content folders do
    /// (`ThemeFiles.read`): saving one is no change, while a stylesheet saved beside it is.
    func testALeftoverInTemplatesIsNoChange() throws {
        let root = try district()
        try FileManager.default.createDirectory(at: root.appending(path: "xa-b/templates"), withIntermediateDirectories: true)
        let before = PortalFiles(root: root)
        for name in ["style.css~", "#layout.mustache#", "style.css.swp", "~$ghi-chu.docx", "Thumbs.db"] {
            try Data("body {}".utf8).write(to: root.appending(path: "xa-b/templates/" + name))
        }
        XCTAssertEqual(PortalFiles(root: root), before)
        try Data("body {}".utf8).write(to: root.appending(path: "xa-b/templates/style.css"))
        XCTAssertNotEqual(PortalFiles(root: root), before)
    }

    /// The theme takes no Swift source (`PassedOverName`): a `.swift` file saved in `templates/`,
    /// however deep, is no change, while one in a content folder still is (its folder warns of it).
    func testSwiftSourceInTemplatesIsNoChange() throws {
        let root = try district()
        try FileManager.default.createDirectory(at: root.appending(path: "xa-b/templates/partials"), withIntermediateDirectories: true)
        let before = PortalFiles(root: root)
        try Data("let x = 1\n".utf8).write(to: root.appending(path: "xa-b/templates/x.swift"))
        try Data("let y = 2\n".utf8).write(to: root.appending(path: "xa-b/templates/partials/y.swift"))
        XCTAssertEqual(PortalFiles(root: root), before)
        try Data("let z = 3\n".utf8).write(to: root.appending(path: "xa-b/content/z.swift"))
        XCTAssertNotEqual(PortalFiles(root: root), before)
    }

    func testAFileOutsideTheSitesIsNotWatched() throws {
        let root = try district()
        let before = PortalFiles(root: root)
        try Data("ghi chú".utf8).write(to: root.appending(path: "xa-a/ghi-chu.txt"))
        try FileManager.default.createDirectory(at: root.appending(path: "output"), withIntermediateDirectories: true)
        try Data("<html>".utf8).write(to: root.appending(path: "output/index.html"))
        XCTAssertEqual(PortalFiles(root: root), before)
    }
}
