@testable import BonTotKit
import Foundation
import XCTest

/// `output` made a symbolic link to the folder a web server serves or a USB stick holds
/// (`ln -s /var/www/html/dang-bo output`): the build swapped the link itself away, put the new
/// site where the link was, on this disk, and left the folder it pointed to with the old site.
/// It now builds into that folder, the link kept; a link to nothing there is refused.
final class OutputLinkTests: XCTestCase {
    private func isLink(_ url: URL) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil
    }

    /// The one error of `report`, a build refused for its `--output`, asserted to be one.
    private static func outputError(_ report: BuildReport, file: StaticString = #filePath, line: UInt = #line) -> String {
        XCTAssertFalse(report.succeeded, file: file, line: line)
        let errors = report.diagnostics.sorted.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.location), [.option("--output")], report.problems, file: file, line: line)
        return errors.first?.message ?? ""
    }

    func testALinkedOutputIsBuiltIntoTheFolderItPointsTo() throws {
        let site = try IncrementalSite.make(for: self)
        let served = site.sibling("www/dang-bo")
        try FileManager.default.createDirectory(at: served, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.output.path, withDestinationPath: "../www/dang-bo")

        for (old, name) in [("Ấp Bắc", "Ấp Bắc mới"), ("Ấp Bắc mới", "Ấp Bắc mới nữa")] {
            try site.replace(old, with: name, in: "content/branches/ap-bac.yaml")
            let report = site.build()
            XCTAssertTrue(report.succeeded, report.problems)
            XCTAssertTrue(isLink(site.output), "the link is kept")
            XCTAssertTrue(OutputTree(served).text("chi-bo/ap-bac/index.html")?.contains(name) == true, "the served folder holds the new site")
        }
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains(".output.bontot-") }
        XCTAssertEqual(beside, [], "nothing of bontot's beside the link")
        XCTAssertTrue(FileManager.default.fileExists(atPath: StagingFolder.spare(of: served).path), "the spare lies beside the served folder, on its disk")
    }

    func testALinkToAMissingFolderIsRefusedAndMakesNone() throws {
        let site = try IncrementalSite.make(for: self)
        let stick = site.sibling("usb")
        try FileManager.default.createSymbolicLink(atPath: site.output.path, withDestinationPath: stick.appending(path: "web").path)

        let report = site.build()
        XCTAssertFalse(report.succeeded)
        let errors = report.diagnostics.sorted.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.location), [.option("--output")], report.problems)
        XCTAssertTrue(report.problems.contains("là liên kết (shortcut) tới '\(stick.path)/web', nơi không có thư mục nào"), report.problems)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stick.path), "no folder made where the stick goes")
        XCTAssertTrue(isLink(site.output), "the link is kept")
    }

    /// `output -> b`, `b -> output`: the system follows such a loop of links to no folder, and
    /// the build said the output linked to a missing folder, naming one in the loop.
    func testALoopOfLinksIsSaidToBeOneNamingTheLinks() throws {
        let site = try IncrementalSite.make(for: self)
        let other = site.sibling("b")
        try FileManager.default.createSymbolicLink(atPath: site.output.path, withDestinationPath: other.path)
        try FileManager.default.createSymbolicLink(atPath: other.path, withDestinationPath: site.output.path)

        let message = Self.outputError(site.build())
        XCTAssertTrue(message.contains("thư mục kết quả '\(site.output.path)' là liên kết (shortcut) trỏ vòng: các liên kết trỏ lẫn nhau "
                                       + "('\(site.output.path)' → '\(other.path)' → '\(site.output.path)') mà không dẫn tới thư mục nào"),
                      message)
        XCTAssertTrue(message.contains("/ the output is a loop of symbolic links"), message)
        XCTAssertFalse(message.contains("nơi không có thư mục nào"), "no missing folder: \(message)")
        XCTAssertTrue(isLink(site.output) && isLink(other), "the links are kept")
    }

    /// `output -> a`, `a -> b`, `b -> a`: the output's own link may be right, the loop is `a` and
    /// `b`; the error said the output was links pointing to each other, with no link to mend named.
    func testALoopFurtherAlongTheOutputsLinksNamesTheLinksThatLoop() throws {
        let site = try IncrementalSite.make(for: self)
        let (first, second) = (site.sibling("a"), site.sibling("b"))
        try FileManager.default.createSymbolicLink(atPath: site.output.path, withDestinationPath: first.path)
        try FileManager.default.createSymbolicLink(atPath: first.path, withDestinationPath: second.path)
        try FileManager.default.createSymbolicLink(atPath: second.path, withDestinationPath: first.path)

        let message = Self.outputError(site.build())
        XCTAssertTrue(message.contains("thư mục kết quả '\(site.output.path)' là liên kết dẫn tới '\(first.path)', mà '\(first.path)' là "
                                       + "liên kết trỏ vòng: các liên kết trỏ lẫn nhau ('\(first.path)' → '\(second.path)' → "
                                       + "'\(first.path)') mà không dẫn tới thư mục nào; hãy sửa liên kết '\(first.path)' hoặc "
                                       + "'\(second.path)' cho trỏ tới thư mục thật"), message)
        XCTAssertTrue(message.contains("/ the output is a link into a loop of symbolic links"), message)
        XCTAssertTrue(isLink(site.output) && isLink(first) && isLink(second), "the links are kept")
    }

    /// `--output x/www` with `x -> c`, `c -> a`, `a -> b`, `b -> a`: the folder above the output
    /// leads into the loop, it was said to be the link to mend, and the loop's links were not.
    func testAFolderAboveTheOutputLeadingIntoALoopNamesTheLinksThatLoop() throws {
        let site = try IncrementalSite.make(for: self)
        let (above, between, first, second) = (site.sibling("x"), site.sibling("c"), site.sibling("a"), site.sibling("b"))
        for (link, destination) in [(above, between), (between, first), (first, second), (second, first)] {
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: destination.path)
        }

        let report = site.build(output: above.appending(path: "www"))
        XCTAssertFalse(report.succeeded)
        let message = report.diagnostics.sorted.first { $0.severity == .error }?.message ?? ""
        XCTAssertTrue(message.contains("thư mục kết quả '\(above.path)/www' nằm trong '\(above.path)' là liên kết dẫn tới '\(first.path)' "
                                       + "('\(above.path)' → '\(between.path)' → '\(first.path)'), mà '\(first.path)' là liên kết trỏ "
                                       + "vòng: các liên kết trỏ lẫn nhau ('\(first.path)' → '\(second.path)' → '\(first.path)') mà "
                                       + "không dẫn tới thư mục nào; hãy sửa liên kết '\(first.path)' hoặc '\(second.path)'"), message)
        XCTAssertFalse(message.contains("hãy sửa liên kết '\(above.path)'"), message)
    }

    /// `output -> output` (`ln -s` typed in the wrong folder): one link, said to point to itself,
    /// not to be links pointing to each other.
    func testALinkToItselfIsSaidToBeOne() throws {
        let site = try IncrementalSite.make(for: self)
        try FileManager.default.createSymbolicLink(atPath: site.output.path, withDestinationPath: "output")

        let report = site.build()
        XCTAssertFalse(report.succeeded)
        let message = report.diagnostics.sorted.first { $0.severity == .error }?.message ?? ""
        XCTAssertTrue(message.contains("thư mục kết quả '\(site.output.path)' là liên kết (shortcut) trỏ vòng: liên kết trỏ về chính nó "
                                       + "('\(site.output.path)' → '\(site.output.path)') mà không dẫn tới thư mục nào"), message)
        XCTAssertFalse(message.contains("trỏ lẫn nhau"), message)
        XCTAssertTrue(isLink(site.output), "the link is kept")
    }

    /// `--output lp/www` with `lp -> lp`: the output is no link itself, a folder above it loops,
    /// and the error gave only the system's English "Too many levels of symbolic links", then
    /// 'links pointing to each other' (of a link to itself) at a folder 'www', with no hop named.
    func testAFolderAboveTheOutputLinkedInALoopIsSaidToBeOne() throws {
        let site = try IncrementalSite.make(for: self)
        let loop = site.sibling("lp")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)

        let report = site.build(output: loop.appending(path: "www"))
        XCTAssertFalse(report.succeeded)
        let errors = report.diagnostics.sorted.filter { $0.severity == .error }
        XCTAssertEqual(errors.count, 1, report.problems)
        let message = errors.first?.message ?? ""
        XCTAssertTrue(message.contains("thư mục kết quả '\(loop.path)/www' nằm trong '\(loop.path)' là liên kết trỏ vòng: liên kết "
                                       + "trỏ về chính nó ('\(loop.path)' → '\(loop.path)') mà không dẫn tới thư mục nào; hãy sửa "
                                       + "liên kết '\(loop.path)' cho trỏ tới thư mục thật"), message)
        XCTAssertEqual(errors.first?.location, .option("--output"), report.problems)
        XCTAssertTrue(isLink(loop), "the link is kept")
    }

    /// `output -> lp/www` with `lp -> lp`: the output's own link may be right, the loop lies
    /// further along its path, and the error said the output was links pointing to each other
    /// without naming `lp`, the one link to mend.
    func testALoopAlongTheOutputLinksPathIsNamed() throws {
        let site = try IncrementalSite.make(for: self)
        let loop = site.sibling("lp")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        let destination = loop.appending(path: "www")
        try FileManager.default.createSymbolicLink(atPath: site.output.path, withDestinationPath: destination.path)

        let report = site.build()
        XCTAssertFalse(report.succeeded)
        let errors = report.diagnostics.sorted.filter { $0.severity == .error }
        XCTAssertEqual(errors.count, 1, report.problems)
        let message = errors.first?.message ?? ""
        XCTAssertTrue(message.contains("thư mục kết quả '\(site.output.path)' là liên kết (shortcut) tới '\(destination.path)', nhưng "
                                       + "đường dẫn đó đi qua '\(loop.path)' là liên kết trỏ vòng: liên kết trỏ về chính nó "
                                       + "('\(loop.path)' → '\(loop.path)') mà không dẫn tới thư mục nào; hãy sửa liên kết "
                                       + "'\(loop.path)'"), message)
        XCTAssertTrue(isLink(site.output) && isLink(loop), "the links are kept")
    }

    /// `portal -> real/portal` holding `output -> ../www`: the system takes `..` from `real/`,
    /// where the site really lies, and finds no `real/www`; the `www` beside the path given is
    /// not where the link points (it was built, and the link left pointing to nothing).
    func testARelativeLinkReachedThroughALinkIsFollowedAsTheSystemDoes() throws {
        let site = try IncrementalSite.make(for: self)
        let real = site.sibling("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: site.root, to: real.appending(path: "portal"))
        try FileManager.default.createSymbolicLink(at: site.root, withDestinationURL: real.appending(path: "portal"))
        try FileManager.default.createDirectory(at: site.sibling("www"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: real.appending(path: "portal/output").path, withDestinationPath: "../www")

        let report = site.build(output: site.output)
        XCTAssertFalse(report.succeeded)
        XCTAssertTrue(report.problems.contains("nơi không có thư mục nào"), report.problems)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: site.sibling("www").path), [], "no site where the link does not point")

        try FileManager.default.createDirectory(at: real.appending(path: "www"), withIntermediateDirectories: true)
        XCTAssertTrue(site.build(output: site.output).succeeded)
        XCTAssertNotNil(OutputTree(real.appending(path: "www")).text("chi-bo/ap-bac/index.html"), "the folder the link points to holds the site")
        XCTAssertTrue(isLink(real.appending(path: "portal/output")), "the link is kept")
    }
}
