import BonTotKit
import Foundation
import XCTest

/// A fixture site copied into a temporary folder that lives as long as the test: built again
/// and again into its `output/`, edited file by file in between, as an editor works on it.
/// The folder is removed when the test ends.
struct IncrementalSite {
    /// The folder holding the copy (and any other folder the test makes beside it).
    let folder: URL
    /// The site itself: `<folder>/<fixture>`.
    let root: URL

    /// The pages of the `portal` fixture that draw on the whole site: an incremental build
    /// renders them again when any file's front matter changes, or a file is added, removed or
    /// renamed; not when only a body changes.
    static let portalWholeSitePages: Set<String> = [
        "index.html", "chi-bo/index.html", "xep-hang/index.html", "xep-hang/2023/index.html", "xep-hang/2024/index.html",
        "luu-tru/index.html", "luu-tru/2023/index.html", "luu-tru/2024/index.html", "sinh-hoat/index.html",
        "guong-dien-hinh/index.html", "guong-dien-hinh/chu-de/dan-van-kheo/index.html",
        "guong-dien-hinh/chu-de/phong-chong-thien-tai/index.html", "ban-tin/index.html", "tim-kiem/index.html",
    ]

    /// The default output: `<site>/output`.
    var output: URL { root.appending(path: "output") }

    /// Copies `Tests/Fixtures/sites/<fixture>` for `test`, which removes it when it ends.
    static func make(_ fixture: String = "portal", for test: XCTestCase) throws -> IncrementalSite {
        let folder = try TemporaryFolder.make("bontot-incremental")
        test.addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appending(path: fixture)
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: fixture), to: root)
        return IncrementalSite(folder: folder, root: root)
    }

    /// Builds the site, incrementally unless `clean`, into `output` (default `<site>/output`).
    @discardableResult
    func build(clean: Bool = false, output: URL? = nil) -> BuildReport {
        SiteBuilder.build(BuildOptions(siteRoot: root, output: output, clean: clean))
    }

    /// A folder beside the site, for a second output or a second copy (not created).
    func sibling(_ name: String) -> URL {
        folder.appending(path: name)
    }

    /// A copy of the site's inputs as they are now (without its output and cache), beside it.
    func copyOfInputs(named name: String) throws -> IncrementalSite {
        let copy = folder.appending(path: name)
        try FileManager.default.copyItem(at: root, to: copy)
        for generated in ["output", ".bontot-cache"] {
            try? FileManager.default.removeItem(at: copy.appending(path: generated))
        }
        return IncrementalSite(folder: folder, root: copy)
    }

    /// A clean build of a copy of the site's inputs as they are now (`copyOfInputs`), into
    /// `clean-output-<name>` beside it: what a rebuild of the site must equal.
    func cleanBuildOfACopy(named name: String) throws -> (report: BuildReport, output: URL) {
        let output = sibling("clean-output-" + name)
        return (try copyOfInputs(named: "clean-" + name).build(clean: true, output: output), output)
    }

    // MARK: Editing

    func url(_ path: String) -> URL { root.appending(path: path) }

    /// The text of an input file.
    func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    /// Writes an input file, making its folder.
    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url(path))
    }

    /// Replaces `old`, which must occur in the file, with `new`.
    func replace(_ old: String, with new: String, in path: String,
                 file: StaticString = #filePath, line: UInt = #line) throws {
        let text = try read(path)
        XCTAssertTrue(text.contains(old), "\(path) does not hold '\(old)': the fixture changed", file: file, line: line)
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: url(path))
    }

    func move(_ path: String, to destination: String) throws {
        try FileManager.default.moveItem(at: url(path), to: url(destination))
    }

    /// The files of a folder of the site (`content/stories`), names only, sorted.
    func files(in path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url(path).path).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The built-in theme's template `name` (`minutes`), as the repository's `templates/` holds it.
    static func builtInTemplate(_ name: String) throws -> String {
        let repository = BuiltSite.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: repository.appending(path: "templates/\(name).mustache"), encoding: .utf8)
    }
}

extension BuildReport {
    /// The diagnostics, one per line, for failure messages.
    var problems: String {
        diagnostics.sorted.map(\.description).joined(separator: "\n")
    }
}
