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

    /// In `templates/` the theme takes any file that is not hidden as an asset, an editor's
    /// leftover too: there it is still watched.
    func testALeftoverInTemplatesIsStillWatched() throws {
        let root = try district()
        let before = PortalFiles(root: root)
        try FileManager.default.createDirectory(at: root.appending(path: "xa-b/templates"), withIntermediateDirectories: true)
        try Data("body {}".utf8).write(to: root.appending(path: "xa-b/templates/style.css~"))
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
