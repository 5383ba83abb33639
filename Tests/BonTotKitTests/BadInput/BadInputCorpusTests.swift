import Foundation
import XCTest

/// The bad-input corpus (`Tests/Fixtures/bad/`, see `BadInputCase`): broken files as offices
/// and attackers write them. Each is run through the `bontot` executable as a user runs it:
/// `check` prints exactly the case's diagnostics and exits 1 on an error (not a signal: no
/// crash), and `build` then writes nothing; an input accepted on purpose builds.
final class BadInputCorpusTests: XCTestCase {
    func testTheCorpusHoldsAtLeastFortyCasesEachWithAnAnswer() throws {
        let cases = try BadInputCase.all()
        XCTAssertGreaterThanOrEqual(cases.count, 40)
        for badCase in cases {
            XCTAssertTrue(badCase.accepted || !badCase.expectations.isEmpty,
                          "\(badCase): neither 'accepted' nor an expected diagnostic in case.txt")
            XCTAssertFalse(badCase.accepted && badCase.expectsErrors, "\(badCase): accepted yet expects an error")
        }
    }

    func testEveryBadInputGetsItsDiagnosticAndABrokenSiteWritesNothing() throws {
        for badCase in try BadInputCase.all() {
            try run(badCase)
        }
    }

    /// The runner fails a case whose diagnostic is missing, or which prints one more: the
    /// comparison `run` uses, on what `check` printed for a real case.
    func testTheRunnerNoticesAMissingOrAnExtraDiagnostic() throws {
        let folder = try TemporaryFolder.make("bontot-bad")
        let badCase = try XCTUnwrap(BadInputCase.all().first { $0.name == "date-year-typo" })
        let root = try badCase.makeSite(in: folder)
        let printed = PrintedDiagnostic.parse(try BontotProcess.run(["check", "--site", root.path]).errors)
        XCTAssertEqual(badCase.expectations.count, 1)
        let exact = Self.compare(expected: badCase.expectations, printed: printed)
        XCTAssertTrue(exact.missing.isEmpty && exact.extra.isEmpty, "the case as written passes: \(exact)")

        let dropped = Self.compare(expected: [], printed: printed)
        XCTAssertEqual(dropped.missing.count, 0)
        XCTAssertEqual(dropped.extra.map(\.line), [3], "a printed diagnostic the case does not expect is extra")

        let elsewhere = BadInputCase.Expectation(severity: "error", file: "content/minutes/2024/ap-2-2024-10.md", line: 4, phrase: "0202")
        let bogus = Self.compare(expected: badCase.expectations + [elsewhere], printed: printed)
        XCTAssertEqual(bogus.missing.map(\.line), [4], "an expected diagnostic that is not printed is missing")
        XCTAssertEqual(bogus.extra.count, 0)

        let twice = Self.compare(expected: badCase.expectations + badCase.expectations, printed: printed)
        XCTAssertEqual(twice.missing.count, 1, "one printed line answers one expectation only")
    }

    /// The expectations no printed line answers, and the printed lines no expectation asked for;
    /// each printed line answers at most one expectation.
    static func compare(expected: [BadInputCase.Expectation], printed: [PrintedDiagnostic])
        -> (missing: [BadInputCase.Expectation], extra: [PrintedDiagnostic]) {
        var unmatched = printed
        var missing: [BadInputCase.Expectation] = []
        for expectation in expected {
            if let index = unmatched.firstIndex(where: expectation.matches) {
                unmatched.remove(at: index)
            } else {
                missing.append(expectation)
            }
        }
        return (missing, unmatched)
    }

    private func run(_ badCase: BadInputCase) throws {
        let folder = try TemporaryFolder.make("bontot-bad")
        let root = try badCase.makeSite(in: folder)
        let check = try BontotProcess.run(["check", "--site", root.path])
        XCTAssertEqual(check.status, badCase.expectsErrors ? 1 : 0, "\(badCase): check's exit status\n\(check.errors)")
        let (missing, unmatched) = Self.compare(expected: badCase.expectations, printed: PrintedDiagnostic.parse(check.errors))
        XCTAssertTrue(missing.isEmpty && unmatched.isEmpty, """
            \(badCase):
            expected but not printed:
            \(missing.map { "  \($0)" }.joined(separator: "\n"))
            printed but not expected:
            \(unmatched.map { "  \($0)" }.joined(separator: "\n"))
            """)

        let output = folder.appending(path: "output")
        let build = try BontotProcess.run(["build", "--quiet", "--site", root.path, "--output", output.path])
        if badCase.expectsErrors {
            XCTAssertEqual(build.status, 1, "\(badCase): build's exit status\n\(build.errors)")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["site"],
                           "\(badCase): a build that fails writes nothing beside the site")
            return
        }
        XCTAssertEqual(build.status, 0, "\(badCase): build's exit status\n\(build.errors)")
        let files = try outputFiles(output)
        XCTAssertFalse(files.isEmpty, "\(badCase): the build wrote no page")
        for text in badCase.absent {
            for (path, content) in files where (path.hasSuffix(".html") || path.hasSuffix(".xml")) && content.contains(text) {
                XCTFail("\(badCase): \(path) holds '\(text)'")
            }
        }
        for (path, text) in badCase.contains {
            XCTAssertTrue(files[path]?.contains(text) == true, "\(badCase): \(path) lacks '\(text)'")
        }
    }

    /// The text of every file of the output, by path.
    private func outputFiles(_ output: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        let base = output.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard !url.hasDirectoryPath, let data = FileManager.default.contents(atPath: url.path) else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = String(decoding: data, as: UTF8.self)
        }
        return files
    }
}
