import BonTotKit
import Foundation
import XCTest

/// A fixture site copied into a temporary folder, optionally changed, and built: tests read
/// its pages as a user's browser would.
struct BuiltSite {
    let root: URL
    let output: URL
    let report: BuildReport

    /// The folder holding the fixture sites.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/sites")

    /// Copies `Tests/Fixtures/sites/<fixture>`, writes `changes` over it (path → text; nil removes
    /// the file), and builds it.
    static func build(_ fixture: String = "portal", changes: [String: String?] = [:], strict: Bool = false) throws -> BuiltSite {
        rebuild(root: try prepare(fixture, changes: changes), strict: strict)
    }

    /// Copies a fixture into a temporary folder and applies `changes` to the copy.
    static func prepare(_ fixture: String, changes: [String: String?]) throws -> URL {
        let root = try copyFixture(fixture)
        for (path, text) in changes {
            let url = root.appending(path: path)
            if let text {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            } else {
                try? FileManager.default.removeItem(at: url)
            }
        }
        return root
    }

    /// Builds the site at `root` again into its `output/`.
    static func rebuild(root: URL, strict: Bool = false) -> BuiltSite {
        let options = BuildOptions(siteRoot: root, strict: strict)
        return BuiltSite(root: root, output: options.output, report: SiteBuilder.build(options))
    }

    static func copyFixture(_ fixture: String) throws -> URL {
        let temporary = try TemporaryFolder.make()
        let root = temporary.appending(path: fixture)
        try FileManager.default.copyItem(at: fixtures.appending(path: fixture), to: root)
        return root
    }

    /// The text of an output file (`chi-bo/ap-bac/index.html`); fails the test when it is missing.
    func page(_ path: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let url = output.appending(path: path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("missing output file \(path); diagnostics: \(report.diagnostics.sorted)", file: file, line: line)
            return ""
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The bytes of an output file; fails the test when it is missing, so that two missing files
    /// never compare equal.
    func bytes(_ path: String, file: StaticString = #filePath, line: UInt = #line) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: output.appending(path: path).path) else {
            XCTFail("missing output file \(path); diagnostics: \(report.diagnostics.sorted)", file: file, line: line)
            return []
        }
        return [UInt8](data)
    }

    /// Every file of the output, relative paths, sorted.
    func outputFiles() -> [String] {
        let enumerator = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil)
        var paths: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.hasDirectoryPath { continue }
            paths.append(String(url.standardizedFileURL.path.dropFirst(output.standardizedFileURL.path.count + 1)))
        }
        return paths.sorted()
    }
}
