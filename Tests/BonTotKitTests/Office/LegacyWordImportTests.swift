import BonTotKit
import Foundation
import XCTest

/// `bontot import minutes bien-ban.doc`: an old Word document (Word 97–2003) or an RTF is saved
/// as .docx by LibreOffice, when the machine has it, and imports as the same minutes saved as
/// .docx (`Tests/Fixtures/office/legacy-word/`, made by `make_libreoffice_copies.sh`; `make test`
/// installs LibreOffice); without LibreOffice, the error says how to save it as .docx or to
/// install LibreOffice.
final class LegacyWordImportTests: XCTestCase {
    private var roots: [URL] = []

    override func tearDown() {
        for root in roots { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        roots = []
        super.tearDown()
    }

    private func dryRun(_ name: String, searchPath: String? = ProcessInfo.processInfo.environment["PATH"])
        throws -> (text: String?, messages: [String]) {
        let root = try ValidationSite.make("minimal")
        roots.append(root)
        let report = MinutesImport.run(OfficeFixtures.folder.appending(path: name), source: "bien-ban", siteRoot: root,
                                       branch: "ap-1", kind: nil, dryRun: true, libreOfficeSearchPath: searchPath)
        return (report.outcomes.first?.text, report.diagnostics.sorted.map(\.description))
    }

    func testAnOldWordDocumentOrAnRTFImportsAsTheSameMinutesSavedAsDOCX() throws {
        for (copy, original) in [("legacy-word/bien-ban-libreoffice.doc", "bien-ban-libreoffice.docx"),
                                 ("legacy-word/bien-ban-vntime.doc", "bien-ban-vntime.docx"),
                                 ("legacy-word/bien-ban-python-docx.rtf", "bien-ban-python-docx.docx")] {
            let converted = try dryRun(copy)
            let expected = try dryRun(original)
            XCTAssertNotNil(converted.text, "\(copy): \(converted.messages)")
            XCTAssertEqual(converted.text, expected.text, copy)
            XCTAssertEqual(converted.messages, expected.messages, copy)
        }
    }

    func testWithoutLibreOfficeTheErrorSaysHowToSaveItOrWhatToInstall() throws {
        let doc = try dryRun("legacy-word/bien-ban-libreoffice.doc", searchPath: "")
        XCTAssertNil(doc.text)
        XCTAssertEqual(doc.messages, [
            "bien-ban:1: error: tệp Word 97–2003 (.doc) không đọc được; trong Word hãy lưu lại dạng \"Word Document (.docx)\", "
                + "hoặc cài LibreOffice (apt-get install libreoffice-writer-nogui) để bontot tự chuyển khi nhập "
                + "/ a Word 97-2003 .doc: save it as .docx, or install LibreOffice to have it converted",
        ])
        let rtf = try dryRun("legacy-word/bien-ban-python-docx.rtf", searchPath: "/nonexistent")
        XCTAssertEqual(rtf.messages.count, 1)
        XCTAssertTrue(rtf.messages[0].hasPrefix("bien-ban:1: error: tệp RTF không đọc được"), rtf.messages[0])
    }

    /// A program that fails in LibreOffice's place (a broken installation) is one error naming
    /// what it said, not a crash nor a silent skip.
    func testALibreOfficeThatFailsIsOneClearError() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "bontot-fake-soffice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = folder.appending(path: "soffice")
        try "#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n".write(to: program, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        let result = try dryRun("legacy-word/bien-ban-libreoffice.doc", searchPath: folder.path)
        XCTAssertEqual(result.messages, [
            "bien-ban:1: error: LibreOffice không chuyển được tệp sang .docx (Error: source file could not be loaded); hãy mở tệp "
                + "bằng Word và lưu lại dạng \"Word Document (.docx)\" / LibreOffice could not convert the document: save it as .docx",
        ])
    }
}
