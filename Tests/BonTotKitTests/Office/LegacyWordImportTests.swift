import BonTotKit
import Foundation
import XCTest

/// `bontot import minutes bien-ban.doc`: an old Word document (Word 97–2003) or an RTF is saved
/// as .docx by LibreOffice, when the machine has it, and imports as the same minutes saved as
/// .docx (`Tests/Fixtures/office/legacy-office/`, made by `make_libreoffice_copies.sh`; `make test`
/// installs LibreOffice); without LibreOffice, the error says how to save it as .docx or to
/// install LibreOffice.
final class LegacyWordImportTests: SiteCopyTestCase {
    private func dryRun(_ name: String, searchPath: String? = ProcessInfo.processInfo.environment["PATH"])
        throws -> (text: String?, messages: [String]) {
        let root = try ValidationSite.make("minimal")
        keep(root)
        let report = MinutesImport.run(OfficeFixtures.folder.appending(path: name), source: "bien-ban", siteRoot: root,
                                       branch: "ap-1", kind: nil, dryRun: true, libreOfficeSearchPath: searchPath)
        return (report.outcomes.first?.text, report.diagnostics.sorted.map(\.description))
    }

    func testAnOldWordDocumentOrAnRTFImportsAsTheSameMinutesSavedAsDOCX() throws {
        for (copy, original) in [("legacy-office/bien-ban-libreoffice.doc", "bien-ban-libreoffice.docx"),
                                 ("legacy-office/bien-ban-vntime.doc", "bien-ban-vntime.docx"),
                                 ("legacy-office/bien-ban-python-docx.rtf", "bien-ban-python-docx.docx")] {
            let converted = try dryRun(copy)
            let expected = try dryRun(original)
            XCTAssertNotNil(converted.text, "\(copy): \(converted.messages)")
            XCTAssertEqual(converted.text, expected.text, copy)
            XCTAssertEqual(converted.messages, expected.messages, copy)
        }
    }

    /// A .doc typed in .VnTime holds TCVN3's ư as the byte of the soft hyphen, which LibreOffice
    /// saves as Word's optional hyphen (`<w:softHyphen/>`) when it converts the .doc: "Thư ký" read
    /// "Th ký" and the recorder was not found (`make_legacy_font_documents.py`, `u_horn_doc`).
    func testTheTCVN3LetterUHornOfAnOldWordDocumentIsKept() throws {
        let imported = try dryRun("legacy-office/bien-ban-vntime-u-moc.doc")
        let text = try XCTUnwrap(imported.text, imported.messages.joined(separator: "\n"))
        XCTAssertTrue(text.contains("\nchair: Trương Văn Hùng\nrecorder: Lưu Thị Mai\n"), text)
        XCTAssertTrue(text.contains("Thư ký: đồng chí Lưu Thị Mai."), text)
        XCTAssertTrue(text.contains("sinh hoạt thường kỳ vào ngày mười lăm hằng tháng."), text)
    }

    func testWithoutLibreOfficeTheErrorSaysHowToSaveItOrWhatToInstall() throws {
        let doc = try dryRun("legacy-office/bien-ban-libreoffice.doc", searchPath: "")
        XCTAssertNil(doc.text)
        XCTAssertEqual(doc.messages, [
            "bien-ban:1: error: tệp Word 97–2003 (.doc) không đọc được; trong Word hãy lưu lại dạng \"Word Document (.docx)\", "
                + "hoặc cài LibreOffice (apt-get install libreoffice-writer-nogui) để bontot tự chuyển khi nhập "
                + "/ a Word 97-2003 .doc: save it as .docx, or install LibreOffice to have it converted",
        ])
        let rtf = try dryRun("legacy-office/bien-ban-python-docx.rtf", searchPath: "/nonexistent")
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
        try "#!/bin/sh\necho 'Warning: failed to launch javaldx' >&2\necho 'Error: Please reverify input parameters' >&2\nexit 1\n".write(to: program, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        let result = try dryRun("legacy-office/bien-ban-libreoffice.doc", searchPath: folder.path)
        XCTAssertEqual(result.messages, [
            "bien-ban:1: error: LibreOffice không chuyển được tệp sang .docx (Error: Please reverify input parameters); hãy mở tệp "
                + "bằng Word và lưu lại dạng \"Word Document (.docx)\" / LibreOffice could not convert the document: save it as .docx",
        ])
    }

    /// A .doc cut short (a copy that did not finish): LibreOffice cannot open it, and says so
    /// only among warnings of its own, with status 0.
    func testADamagedDOCIsOneClearError() throws {
        let root = try ValidationSite.make("minimal")
        keep(root)
        let file = root.deletingLastPathComponent().appending(path: "bien-ban.doc")
        try Data(try OfficeFixtures.bytes("legacy-office/bien-ban-libreoffice.doc").prefix(3000)).write(to: file)
        let report = MinutesImport.run(file, source: "bien-ban.doc", siteRoot: root, branch: "ap-1", kind: nil, dryRun: true)
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [
            "bien-ban.doc: error: LibreOffice không chuyển được tệp sang .docx (không mở được tệp: tệp hỏng, bị cắt cụt hoặc không "
                + "đúng loại); hãy mở tệp bằng Word và lưu lại dạng \"Word Document (.docx)\" / LibreOffice could not convert the "
                + "document: save it as .docx",
        ])
    }

    /// A folder of old documents starts LibreOffice once per kind of document, not once per
    /// document (each start takes seconds): here a program in its place counts its starts.
    func testAFolderOfOldDocumentsStartsLibreOfficeOnceForEachKind() throws {
        let root = keep(try ValidationSite.make("minimal"))
        let inbox = root.deletingLastPathComponent().appending(path: "luu-tru")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for (name, fixture) in [("2019-01.doc", "bien-ban-libreoffice.doc"), ("2019-02.doc", "bien-ban-vntime.doc"),
                                ("2019-03.rtf", "bien-ban-python-docx.rtf")] {
            try FileManager.default.copyItem(at: OfficeFixtures.folder.appending(path: "legacy-office/" + fixture),
                                             to: inbox.appending(path: name))
        }
        let fake = root.deletingLastPathComponent().appending(path: "bin")
        try FileManager.default.createDirectory(at: fake, withIntermediateDirectories: true)
        let starts = fake.appending(path: "starts.log")
        try "#!/bin/sh\necho start >> '\(starts.path)'\nexit 1\n".write(to: fake.appending(path: "soffice"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.appending(path: "soffice").path)
        let failed = MinutesImport.run(inbox, source: "luu-tru", siteRoot: root, branch: "ap-1", kind: nil, dryRun: true,
                                       libreOfficeSearchPath: fake.path)
        XCTAssertEqual(failed.diagnostics.errorCount, 3)
        XCTAssertEqual(try String(contentsOf: starts, encoding: .utf8), "start\nstart\n", "one start for the .doc, one for the .rtf")

        let imported = MinutesImport.run(inbox, source: "luu-tru", siteRoot: root, branch: "ap-1", kind: nil, dryRun: true,
                                         allowDuplicates: true)
        XCTAssertEqual(imported.outcomes.compactMap(\.text).count, 3, imported.diagnostics.sorted.map(\.description).joined(separator: "\n"))
    }
}
