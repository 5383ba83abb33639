@testable import BonTotKit
import Foundation
import XCTest

/// The decode cache's context is taken from the very texts of the rubric and the former scales
/// that the build decodes with, each read once: a scale saved as a build starts can no longer
/// store evaluations decoded against one scale under the context of another.
final class DecodeCacheContextReadOnceTests: XCTestCase {
    /// A scale saved just after the reader read it (as the cache opens): the build decodes with
    /// the scale it read, and the cache opens under that scale's context, not the saved one's.
    func testAScaleSavedAsTheBuildStartsDoesNotSlipIntoTheCacheContext() throws {
        let site = try IncrementalSite.make("former-rubric", for: self)
        let before = try site.read("content/rubric.yaml")
        let saved = before.replacingOccurrences(of: "min: 70 }", with: "min: 75 }")
        XCTAssertNotEqual(saved, before, "the fixture's scale has a level at 70")
        var contextOpened: UInt64?
        var rubricOpened: String?
        let sink = DiagnosticSink()
        let read = SiteReader.read(root: site.root, sink: sink, opening: { sources in
            contextOpened = SiteLoader.decodeContext(sources)
            rubricOpened = sources.rubric?.text
            // The clerk saves the scale while the cache opens.
            try? site.write("content/rubric.yaml", saved)
            return { nil }
        })
        XCTAssertEqual(sink.log.errorCount, 0, "\(sink.log.sorted)")
        XCTAssertEqual(rubricOpened, before, "the cache opens from the scale as the reader read it")
        XCTAssertEqual(read.rubric?.text, before, "the site is decoded with that same scale: rubric.yaml is read once")
        XCTAssertEqual(read.formerRubrics.map(\.path), ["content/rubrics/2020.yaml"])
        XCTAssertEqual(contextOpened, SiteLoader.decodeContext(read), "the context is the one of the scale decoded with")

        let next = SiteReader.read(root: site.root, sink: DiagnosticSink())
        XCTAssertEqual(next.rubric?.text, saved)
        XCTAssertNotEqual(SiteLoader.decodeContext(next), contextOpened, "the next build sees the saved scale: a changed scale changes the context")
    }

    /// The context follows the texts it is given, not what lies on disk: here an empty folder.
    func testTheContextIsTakenFromTheTextsReadNotFromDisk() throws {
        let empty = try TemporaryFolder.make("bontot-decode-context")
        addTeardownBlock { try? FileManager.default.removeItem(at: empty) }
        func sources(rubric: String, former: String) -> SiteSources {
            var sources = SiteSources(root: empty)
            sources.rubric = SourceText(path: "content/rubric.yaml", text: rubric)
            sources.formerRubrics = [SourceText(path: "content/rubrics/2020.yaml", text: former)]
            return sources
        }
        let scale = "levels:\n  - { id: tot, min: 70 }\n", formerScale = "levels:\n  - { id: tot, min: 80 }\n"
        let context = SiteLoader.decodeContext(sources(rubric: scale, former: formerScale))
        XCTAssertEqual(SiteLoader.decodeContext(sources(rubric: scale, former: formerScale)), context, "the same texts keep the cache")
        XCTAssertNotEqual(SiteLoader.decodeContext(sources(rubric: scale.replacingOccurrences(of: "70", with: "75"), former: formerScale)),
                          context, "a changed scale throws the cache away")
        XCTAssertNotEqual(SiteLoader.decodeContext(sources(rubric: scale, former: formerScale.replacingOccurrences(of: "80", with: "85"))),
                          context, "a changed former scale throws the cache away")
        var renamed = sources(rubric: scale, former: formerScale)
        renamed.formerRubrics[0].path = "content/rubrics/2019.yaml"
        XCTAssertNotEqual(SiteLoader.decodeContext(renamed), context, "a former scale of other years throws the cache away")
    }
}
